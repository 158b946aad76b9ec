package org.helpdesk.web.ticket;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Makes the HTML of a customer's e-mail safe to show to agents: text formatting, lists, tables and links survive;
 * scripts, styles, event handlers, forms, frames and images (remote images tell the sender the mail was read) do not.
 * Links open outside the app and pass no referrer.
 */
@Component("mailHtml")
public class MailHtml {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(false);

    public String safe(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }
}
