package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.helpdesk.channel.InboundMail;
import org.helpdesk.channel.MailLog;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.channel.MailboxDraft;
import org.helpdesk.channel.Mailboxes;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.MailServer;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.AuthorType;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.ticket.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * E-mail in and out against a real SMTP/IMAP server (the dev stack's GreenMail): customers write to a polled
 * mailbox, the desk answers over SMTP with threading headers, and replies find their ticket again.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class MailChannelIT {

    @Autowired
    MockMvc mvc;

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailLog mailLog;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    MailServer server = DevStack.shared().mail();
    String support;
    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        support = "support-" + tag + "@helpdesk.test";
        server.addUser(support, support, "secret-" + tag);
        mailbox = mailboxes.create(new MailboxDraft(
                "Support " + tag,
                support,
                server.host(),
                server.imapPort(),
                "NONE",
                support,
                "secret-" + tag,
                null,
                null,
                null,
                true));
    }

    @Test
    void aNewMailOpensATicketAndTheCustomerGetsAThreadedAcknowledgement() throws Exception {
        String customer = customer();
        String id = send(mail(customer, "Заказ не доставлен", "Здравствуйте, мой заказ 123 так и не пришёл.", null));

        Ticket ticket = ticketFor(id);
        assertThat(ticket.classification().channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.customerEmail()).isEqualTo(customer);
        assertThat(ticket.customerName()).isEqualTo("Иван Петров");
        assertThat(ticket.subject()).isEqualTo("Заказ не доставлен");
        assertThat(ticket.description()).contains("мой заказ 123");
        assertThat(ticket.classification().language()).isEqualTo("ru");

        MimeMessage ack = awaitMailTo(customer, m -> true);
        assertThat(ack.getSubject()).contains("[" + ticket.reference() + "]").contains("Мы получили");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo(id);
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ack.getFrom()[0].toString()).contains(support);
        assertThat(text(ack)).contains("/status/" + ticket.reference() + "/");
    }

    @Test
    void aReplyIsAppendedToItsTicketAndReopensItWhenResolved() throws Exception {
        String customer = customer();
        String first = send(mail(customer, "Broken kettle", "The kettle I bought leaks.", null));
        Ticket ticket = ticketFor(first);

        tickets.post(
                ticket.reference(), new MessageDraft("Please send us a photo.", null, null), List.of(), "anna.agent");
        MimeMessage reply = awaitMailTo(customer, m -> text(m).contains("Please send us a photo."));
        assertThat(reply.getSubject()).contains("[" + ticket.reference() + "]");
        assertThat(reply.getHeader("Auto-Submitted", null))
                .as("a person's answer")
                .isNull();
        assertThat(reply.getHeader("References", null)).contains(first);
        tickets.changeStatus(
                ticket.reference(),
                new StatusChange(tickets.get(ticket.reference()).version(), "RESOLVED", null),
                "anna.agent");
        assertThat(tickets.get(ticket.reference()).status()).isEqualTo(TicketStatus.RESOLVED);
        MimeMessage resolved = awaitMailTo(customer, m -> subject(m).contains("has been resolved"));
        assertThat(resolved.getHeader("References", null)).contains(first);
        MimeMessage survey = awaitMailTo(customer, m -> subject(m).contains("How did we do?"));
        assertThat(text(survey)).contains("/survey/").contains("/status/" + ticket.reference() + "/");

        // The customer answers the agent's mail; the subject no longer names the ticket.
        MimeMessage answer =
                mail(customer, "Re: photo", "Here it is.\n\nOn Monday Anna wrote:\n> Please send us a photo.", null);
        answer.setHeader("In-Reply-To", reply.getMessageID());
        String answerId = send(answer);

        InboundMail stored = processed(answerId);
        assertThat(stored.outcome()).isEqualTo("REOPENED");
        assertThat(stored.ticketReference()).isEqualTo(ticket.reference());
        Ticket after = tickets.get(ticket.reference());
        assertThat(after.status()).isEqualTo(TicketStatus.OPEN);
        List<org.helpdesk.ticket.Message> messages = tickets.messages(after.id(), false);
        org.helpdesk.ticket.Message last = messages.get(messages.size() - 1);
        assertThat(last.authorType()).isEqualTo(AuthorType.CUSTOMER);
        assertThat(last.body()).as("the quoted conversation is left out").isEqualTo("Here it is.");

        // A reply naming the ticket in the subject only, from a stranger, is a new ticket, not a message on it.
        String stranger = send(mail(customer(), "Re: [" + ticket.reference() + "] photo", "Let me in.", null));
        assertThat(processed(stranger).ticketReference()).isNotEqualTo(ticket.reference());
        // From the customer it finds the ticket.
        String byToken = send(mail(customer, "Re: [" + ticket.reference() + "] one more", "Another photo.", null));
        assertThat(processed(byToken).ticketReference()).isEqualTo(ticket.reference());
    }

    @Test
    void autorespondersBouncesAndLoopsOpenNoTicketsAndGetNoAnswer() throws Exception {
        String customer = customer();
        MimeMessage outOfOffice = mail(customer, "Out of office", "I am away until Monday.", null);
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        InboundMail auto = processed(send(outOfOffice));
        assertThat(auto.status()).isEqualTo("IGNORED");
        assertThat(auto.outcome()).isEqualTo("AUTO_REPLY");
        assertThat(auto.ticketReference()).isNull();

        MimeMessage russianAuto = mail(customer, "Автоматический ответ: заказ", "Я в отпуске.", null);
        assertThat(processed(send(russianAuto)).outcome()).isEqualTo("AUTO_REPLY");

        MimeMessage bounce =
                mail("mailer-daemon@mx.example.com", "Undelivered Mail Returned to Sender", "550 no such user", null);
        assertThat(processed(send(bounce)).outcome()).isEqualTo("BOUNCE");

        // Our own mail coming back (a forward to the support address): recognised by the loop header.
        MimeMessage echo = mail(customer, "[HD-1] We have received your request", "...", null);
        echo.setHeader("X-Helpdesk-Loop", support);
        assertThat(processed(send(echo)).outcome()).isEqualTo("LOOP");

        // Mail from a mailbox of ours.
        assertThat(processed(send(mail(support, "Hello", "to myself", null))).outcome())
                .isEqualTo("LOOP");

        int before = server.received().size();
        Thread.sleep(1500); // two rounds of the outbox worker
        assertThat(server.received().stream()
                        .filter(m -> to(m).equals(customer))
                        .count())
                .as("nothing answered the robots")
                .isZero();
        assertThat(server.received()).hasSize(before);
    }

    @Test
    void theSameMessageIdIsStoredOnce() throws Exception {
        String customer = customer();
        MimeMessage original = mail(customer, "Invoice wrong", "The invoice shows the wrong amount.", null);
        String id = send(original);
        Ticket ticket = ticketFor(id);
        // The same mail delivered again (a client resending, a second mailbox on the alias).
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        original.writeTo(raw);
        Transport.send(new Mail(session(), raw.toByteArray()));
        mailboxes.pollNow(mailbox.id());
        mailLog.processWaiting();
        assertThat(jdbc.sql("select count(*) from inbound_mail where message_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from ticket t join customer c on c.id = t.customer_id where c.email = ?")
                        .param(customer)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(tickets.messages(ticket.id(), true)).isEmpty();
    }

    @Test
    void htmlMailIsKeptAsSentAndScriptsNeverReachTheText() throws Exception {
        String customer = customer();
        String html = "<html><body><p>Hello,</p><p>the <b>screen</b> is broken.</p>"
                + "<script>alert('x')</script><img src=x onerror=alert(1)></body></html>";
        String id = send(mail(customer, "Screen", null, html));
        Ticket ticket = ticketFor(id);
        assertThat(ticket.description())
                .contains("Hello,")
                .contains("the screen is broken.")
                .doesNotContain("alert");
        assertThat(tickets.descriptionHtml(ticket.id()))
                .hasValueSatisfying(h -> assertThat(h).contains("<b>screen</b>"));
    }

    @Test
    void anOversizeAttachmentIsLeftOutWithANoteAndTheRestKept() throws Exception {
        String customer = customer();
        MimeMessage message = new Mail(session());
        message.setFrom(new InternetAddress(customer));
        message.setRecipients(Message.RecipientType.TO, support);
        message.setSubject("Photos of the damage");
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Two photos attached.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(file("small.png", "image/png", new byte[2048]));
        parts.addBodyPart(file("huge.png", "image/png", new byte[9 * 1024 * 1024]));
        message.setContent(parts);
        String id = send(message);

        Ticket ticket = ticketFor(id);
        List<Attachment> files = tickets.attachments(ticket.id());
        assertThat(files).extracting(Attachment::filename).containsExactly("small.png");
        List<org.helpdesk.ticket.Message> notes = tickets.messages(ticket.id(), true).stream()
                .filter(m -> m.visibility() == Visibility.INTERNAL)
                .toList();
        assertThat(notes)
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("huge.png").contains("larger than"));
    }

    @Test
    void mailWaitsOutAnSmtpOutageAndIsSentAfterwards() throws Exception {
        String customer = customer();
        server.stop();
        Ticket ticket;
        try {
            ticket = tickets.open(
                    new org.helpdesk.ticket.TicketDraft("Outage test", "Do you get this?", customer, null),
                    "anna.agent");
            Thread.sleep(1500); // the worker tries and fails at least once
            Long attempts = jdbc.sql("select max(attempts) from mail_outbox where ticket_id = ? and status = 'PENDING'")
                    .param(ticket.id().value())
                    .query(Long.class)
                    .single();
            assertThat(attempts).as("tried while the server was down").isPositive();
        } finally {
            server.start();
            server.addUser(support, support, "unused");
        }
        MimeMessage ack = awaitMailTo(customer, m -> true);
        assertThat(ack.getSubject()).contains(ticket.reference());
        assertThat(jdbc.sql("select status from mail_outbox where ticket_id = ?")
                        .param(ticket.id().value())
                        .query(String.class)
                        .list())
                .containsOnly("SENT");
    }

    @Test
    void aSurveyDueWhileSmtpIsDownIsQueuedRetriedAndSentOnceAfterwards() throws Exception {
        String customer = customer();
        Ticket ticket = tickets.open(
                new org.helpdesk.ticket.TicketDraft("Survey outage test", "Please fix it", customer, null),
                "anna.agent");
        awaitMailTo(customer, m -> true); // the acknowledgement, before the outage
        server.stop();
        try {
            tickets.changeStatus(
                    ticket.reference(),
                    new StatusChange(tickets.get(ticket.reference()).version(), "RESOLVED", null),
                    "anna.agent");
            await(
                    () -> jdbc.sql("""
                                    select count(*) from mail_outbox
                                     where ticket_id = ? and kind = 'SURVEY' and status = 'PENDING' and attempts >= 2""")
                                    .param(ticket.id().value())
                                    .query(Long.class)
                                    .single()
                            > 0,
                    "the survey mail tried twice while the server was down");
        } finally {
            server.start();
            server.addUser(support, support, "unused");
        }
        MimeMessage survey = awaitMailTo(customer, m -> text(m).contains("/survey/"));
        assertThat(text(survey)).contains("/status/" + ticket.reference() + "/");
        assertThat(jdbc.sql("select status from mail_outbox where ticket_id = ? and kind = 'SURVEY'")
                        .param(ticket.id().value())
                        .query(String.class)
                        .list())
                .as("one survey mail, sent")
                .containsExactly("SENT");
        Thread.sleep(1500); // a second copy would be sent within the outbox's next rounds
        assertThat(server.received().stream()
                        .filter(m -> to(m).equals(customer))
                        .filter(m -> text(m).contains("/survey/")))
                .as("survey mails the customer received")
                .hasSize(1);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private static String customer() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private MimeMessage mail(String from, String subject, String text, String html) throws Exception {
        MimeMessage message = new Mail(session());
        message.setFrom(new InternetAddress(from, from.startsWith("customer") ? "Иван Петров" : null, "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, support);
        message.setSubject(subject, "UTF-8");
        if (html != null) {
            message.setText(html, "UTF-8", "html");
        } else {
            message.setText(text, "UTF-8");
        }
        return message;
    }

    private static jakarta.mail.internet.MimeBodyPart file(String name, String type, byte[] content) throws Exception {
        jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
        part.setDataHandler(
                new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(jakarta.mail.Part.ATTACHMENT);
        return part;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        return Session.getInstance(props);
    }

    /** Sends over SMTP to the support mailbox, fetches it over IMAP; returns its Message-ID. */
    private String send(MimeMessage message) throws Exception {
        message.saveChanges();
        String id = message.getMessageID();
        Transport.send(message);
        await(
                () -> {
                    mailboxes.pollNow(mailbox.id());
                    return jdbc.sql("select count(*) from inbound_mail where message_id = ?")
                                    .param(id)
                                    .query(Long.class)
                                    .single()
                            > 0;
                },
                "the mail " + id + " reaches the mail log");
        return id;
    }

    private InboundMail processed(String messageId) {
        return await(
                () -> {
                    mailLog.processWaiting();
                    UUID id = jdbc.sql("select id from inbound_mail where message_id = ?")
                            .param(messageId)
                            .query(UUID.class)
                            .single();
                    InboundMail mail = mailLog.inboundMail(id);
                    return mail.status().equals("RECEIVED") ? null : mail;
                },
                "the mail " + messageId + " is processed");
    }

    private Ticket ticketFor(String messageId) {
        InboundMail mail = processed(messageId);
        assertThat(mail.status()).as(mail.error()).isEqualTo("PROCESSED");
        assertThat(mail.outcome()).isEqualTo("CREATED");
        return tickets.get(mail.ticketReference());
    }

    private MimeMessage awaitMailTo(String address, java.util.function.Predicate<MimeMessage> wanted) {
        return await(
                () -> server.received().stream()
                        .filter(m -> to(m).equals(address))
                        .filter(wanted)
                        .reduce((a, b) -> b)
                        .orElse(null),
                "a mail to " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (Exception e) {
            return "";
        }
    }

    private static String text(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.getDataHandler().writeTo(out);
            Object content = message.getContent();
            return content instanceof String s ? s : out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the Message-ID it was given or first made, as a mail program does; JavaMail makes a new one per send. */
    static final class Mail extends MimeMessage {

        Mail(Session session) {
            super(session);
        }

        Mail(Session session, byte[] raw) throws jakarta.mail.MessagingException {
            super(session, new java.io.ByteArrayInputStream(raw));
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }

    private static <T> T await(Supplier<T> probe, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
