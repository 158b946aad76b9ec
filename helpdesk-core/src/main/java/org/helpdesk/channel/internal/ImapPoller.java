package org.helpdesk.channel.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.helpdesk.channel.ChannelProperties;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.shared.PeriodicWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls the enabled mailboxes over IMAP for unread mail. A message is fetched without marking it read, stored (or
 * recognised as already stored), and only then flagged as seen, so a crash in between fetches it again instead of
 * losing it; the unique Message-ID keeps the second copy out.
 */
@Component
public class ImapPoller extends PeriodicWorker {

    private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);
    private static final int PER_POLL = 100;
    private static final String TIMEOUT_MS = "20000";

    private final MailboxStore mailboxes;
    private final InboundStore inbound;
    private final ChannelProperties.Mail settings;
    private final Clock clock;

    ImapPoller(MailboxStore mailboxes, InboundStore inbound, ChannelProperties properties, Clock clock) {
        super("mail-imap", Duration.ofSeconds(1), properties.mail().pollInterval());
        this.mailboxes = mailboxes;
        this.inbound = inbound;
        this.settings = properties.mail();
        this.clock = clock;
    }

    /** Polls every enabled mailbox once; returns how many new mails were stored. */
    public int pollAll() {
        int stored = 0;
        for (Mailbox box : mailboxes.enabled()) {
            stored += pollQuietly(box);
        }
        return stored;
    }

    /** Polls one mailbox and records the outcome on it; returns how many new mails were stored. */
    public int pollQuietly(Mailbox box) {
        try {
            int stored = poll(box);
            mailboxes.polled(box.id(), clock.instant(), null);
            return stored;
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Mailbox {} ({}:{}) could not be read: {}", box.name(), box.host(), box.port(), e.toString());
            mailboxes.polled(box.id(), clock.instant(), describe(e));
            return 0;
        }
    }

    /** Connects, logs in and opens the folder: what an admin's "test connection" does. Returns the unread count. */
    public int check(Mailbox box) throws MessagingException {
        try (Store store = connect(box);
                Folder folder = store.getFolder(box.folder())) {
            folder.open(Folder.READ_ONLY);
            return folder.getUnreadMessageCount();
        }
    }

    private int poll(Mailbox box) throws MessagingException, IOException {
        int stored = 0;
        try (Store store = connect(box);
                Folder folder = store.getFolder(box.folder())) {
            folder.open(Folder.READ_WRITE);
            Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            for (int i = 0; i < Math.min(unread.length, PER_POLL); i++) {
                Message message = unread[i];
                ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
                message.writeTo(raw);
                if (inbound.store(box.id(), raw.toByteArray())) {
                    stored++;
                }
                message.setFlag(Flags.Flag.SEEN, true);
            }
        }
        return stored;
    }

    private Store connect(Mailbox box) throws MessagingException {
        String protocol = box.security() == Mailbox.MailSecurity.SSL ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        // Large mails come in 1 MB pieces rather than the default 16 KB: a 10 MB mail in 10 round trips, not 640.
        props.put("mail." + protocol + ".fetchsize", "1048576");
        // Fetching must not mark a mail read: only storing it does.
        props.put("mail." + protocol + ".peek", "true");
        if (box.security() == Mailbox.MailSecurity.STARTTLS) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        if (box.security() != Mailbox.MailSecurity.NONE) {
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect(box.host(), box.port(), box.username(), mailboxes.password(box.id()));
        return store;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    @Override
    protected void round() {
        pollAll();
    }
}
