package org.helpdesk.web.mail;

import java.util.Locale;
import org.helpdesk.channel.MailKind;
import org.helpdesk.channel.MailTemplate;
import org.helpdesk.channel.MailTemplates;
import org.helpdesk.shared.NotFoundException;

/**
 * A template as addressed in a URL, {@code {kind}/{lang}}. Unlike {@link MailTemplates#get}, which falls back to
 * English for a customer's unknown language, an address naming a kind or language that does not exist is a 404:
 * an admin must not edit the English text believing it is another.
 */
final class TemplateAddress {

    private TemplateAddress() {}

    static MailTemplate get(MailTemplates templates, String kind, String lang) {
        MailKind known = MailKind.parse(kind).orElseThrow(() -> new NotFoundException("mail template", kind));
        String language = lang.strip().toLowerCase(Locale.ROOT);
        if (!MailTemplates.LANGUAGES.contains(language)) {
            throw new NotFoundException("mail template language", lang);
        }
        return templates.get(known, language);
    }
}
