package org.helpdesk.web.devstack;

import java.util.List;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.channel.MailboxDraft;
import org.helpdesk.channel.Mailboxes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The local run's e-mail: connects the mailbox {@value #ADDRESS} on the dev stack's mail server to the desk (again at
 * every start, since the server's port and password are new) and says how to use it. Mail sent there over SMTP
 * opens tickets; the answers land in the customers' mailboxes on the same server.
 */
@Component
@ConditionalOnProperty(name = EmbeddedDevStack.MODE, havingValue = "local")
class LocalMailbox {

    static final String ADDRESS = "support@helpdesk.local";
    static final String PASSWORD = "helpdesk.devstack.mail.support-password";
    static final String IMAP_PORT = "helpdesk.devstack.mail.imap-port";
    private static final String NAME = "Local support inbox";

    private final Mailboxes mailboxes;
    private final Environment environment;

    LocalMailbox(Mailboxes mailboxes, Environment environment) {
        this.mailboxes = mailboxes;
        this.environment = environment;
    }

    @EventListener
    @Order(200) // after the demo accounts are printed
    void onReady(ApplicationReadyEvent event) {
        String password = environment.getRequiredProperty(PASSWORD);
        int imap = environment.getRequiredProperty(IMAP_PORT, Integer.class);
        MailboxDraft draft =
                new MailboxDraft(NAME, ADDRESS, "127.0.0.1", imap, "NONE", ADDRESS, password, null, null, null, true);
        List<Mailbox> known =
                mailboxes.all().stream().filter(m -> m.name().equals(NAME)).toList();
        if (known.isEmpty()) {
            mailboxes.create(draft);
        } else {
            Mailbox box = known.get(0);
            mailboxes.update(box.id(), box.version(), draft);
        }
        String smtp = environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port");
        System.out.println(
                "  E-mail: send mail to " + ADDRESS + " through SMTP " + smtp + " (no login) to open a ticket;");
        System.out.println("  the desk's answers are readable over IMAP 127.0.0.1:" + imap
                + " with the customer's address as login and password.");
        System.out.println();
    }
}
