package org.helpdesk.infra.devstack;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;

/**
 * A real SMTP and IMAP server (GreenMail, in this JVM) bound to 127.0.0.1 without TLS: mail sent to it over SMTP lands
 * in per-address mailboxes that IMAP reads. Any address receives mail; {@link #addUser} sets a login for reading.
 */
public interface MailServer {

    String host();

    int smtpPort();

    int imapPort();

    /** Creates (or keeps) the mailbox {@code address}, readable over IMAP with {@code login}/{@code password}. */
    void addUser(String address, String login, String password);

    /** Every message received over SMTP so far, across all mailboxes. */
    List<MimeMessage> received();

    /** Waits until at least {@code count} messages were received in total; false if the time ran out. */
    boolean awaitReceived(int count, Duration timeout);

    /** Stops SMTP and IMAP (a mail server outage); the ports stay reserved for {@link #start()}. */
    void stop();

    /** Starts the servers again on the same ports, empty. */
    void start();

    boolean isRunning();
}
