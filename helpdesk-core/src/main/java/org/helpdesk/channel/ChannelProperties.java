package org.helpdesk.channel;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the customer channels ({@code helpdesk.channels.*}).
 *
 * @param publicBaseUrl the address customers reach the app at; status links start with it
 * @param linkSecret signs status links and seals mailbox passwords; generated and kept in the database if unset
 * @param mail outgoing and incoming e-mail
 * @param form the public complaint form
 */
@ConfigurationProperties("helpdesk.channels")
public record ChannelProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @Nullable String linkSecret,
        @DefaultValue Mail mail,
        @DefaultValue Form form) {

    /**
     * @param from the sender of every mail the desk sends (also the address replies come back to)
     * @param fromName the name shown beside it
     * @param sendInterval pause between rounds of the outbox worker
     * @param retryMax the longest wait between two attempts to send one mail (it is never given up)
     * @param pollInterval pause between two IMAP polls of a mailbox
     * @param maxMessageSize a larger incoming mail is kept but not turned into a ticket
     * @param senderLimit mails from one address within {@code senderWindow} above which the rest are held as a loop
     * @param senderWindow see {@code senderLimit}
     * @param notifications which notifications go to customers
     */
    public record Mail(
            @DefaultValue("support@helpdesk.local") String from,
            @DefaultValue("Helpdesk") String fromName,
            @DefaultValue("2s") Duration sendInterval,
            @DefaultValue("15m") Duration retryMax,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("25MB") DataSize maxMessageSize,
            @DefaultValue("20") int senderLimit,
            @DefaultValue("1h") Duration senderWindow,
            @DefaultValue Notify notifications) {}

    /** Which notifications are sent; each can be switched off. */
    public record Notify(
            @DefaultValue("true") boolean received,
            @DefaultValue("true") boolean replied,
            @DefaultValue("true") boolean resolved) {}

    /**
     * @param minFillTime a form sent back faster than this was filled in by a robot
     * @param maxFillTime a form older than this is shown again (its anti-spam stamp expired)
     * @param attachmentsMax files a customer may attach to one complaint
     */
    public record Form(
            @DefaultValue("3s") Duration minFillTime,
            @DefaultValue("2h") Duration maxFillTime,
            @DefaultValue("5") int attachmentsMax) {}
}
