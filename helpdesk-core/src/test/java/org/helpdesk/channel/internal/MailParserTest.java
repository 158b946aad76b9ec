package org.helpdesk.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailParserTest {

    private static ParsedMail parse(String raw) throws Exception {
        return MailParser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPlainMailGivesSenderTextAndThread() throws Exception {
        ParsedMail mail = parse("""
                From: =?UTF-8?B?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <Ivan@Example.com>
                To: support@helpdesk.test
                Subject: =?UTF-8?Q?=D0=97=D0=B0=D0=BA=D0=B0=D0=B7?=
                Message-ID: <abc@example.com>
                In-Reply-To: <hd-1001-x@helpdesk.test>
                References: <first@example.com> <hd-1001-x@helpdesk.test>
                Content-Type: text/plain; charset=UTF-8

                Где мой заказ?
                """);
        assertThat(mail.messageId()).isEqualTo("<abc@example.com>");
        assertThat(mail.sender()).isEqualTo("ivan@example.com");
        assertThat(mail.senderName()).isEqualTo("Иван Петров");
        assertThat(mail.subject()).isEqualTo("Заказ");
        assertThat(mail.text()).isEqualTo("Где мой заказ?");
        assertThat(mail.threadIds()).containsExactly("<hd-1001-x@helpdesk.test>", "<first@example.com>");
        assertThat(mail.automatic()).isNull();
        assertThat(mail.loop()).isFalse();
    }

    @Test
    void replyToWinsOverFrom() throws Exception {
        ParsedMail mail = parse("""
                From: noreply@shop.example
                Reply-To: customer@example.com
                Subject: Order
                Content-Type: text/plain

                text
                """);
        assertThat(mail.sender()).isEqualTo("customer@example.com");
    }

    @Test
    void aMailWithoutMessageIdIsIdentifiedByItsContent() throws Exception {
        String raw = "From: a@example.com\nSubject: x\n\nbody\n";
        assertThat(parse(raw).messageId())
                .startsWith("<sha256.")
                .isEqualTo(parse(raw).messageId());
        assertThat(parse(raw + "more").messageId()).isNotEqualTo(parse(raw).messageId());
    }

    @Test
    void htmlOnlyMailBecomesReadableTextWithoutScripts() throws Exception {
        ParsedMail mail = parse("""
                From: a@example.com
                Subject: html
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;there,</p><div>line two<br>line three</div>
                <script>alert(1)</script></body></html>
                """);
        assertThat(mail.text()).isEqualTo("Hello there,\nline two\nline three");
        assertThat(mail.html()).contains("<script>");
    }

    @Test
    void alternativePartsGiveTextAndHtmlAndFilesAreCollected() throws Exception {
        ParsedMail mail = parse("""
                From: a@example.com
                Subject: files
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=windows-1251
                Content-Transfer-Encoding: base64

                z/Do4uXy
                --inner
                Content-Type: text/html; charset=UTF-8

                <p>Привет</p>
                --inner--
                --outer
                Content-Type: application/pdf; name="=?UTF-8?B?0YHRh9C10YIucGRm?="
                Content-Disposition: attachment; filename="=?UTF-8?B?0YHRh9C10YIucGRm?="
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --outer--
                """);
        assertThat(mail.text()).isEqualTo("Привет");
        assertThat(mail.html()).isEqualTo("<p>Привет</p>");
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("счет.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(new String(file.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        });
    }

    @Test
    void autorespondersAreRecognisedByHeadersAndSubjects() throws Exception {
        for (String header : List.of(
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated",
                "X-Autoreply: yes",
                "X-Autorespond: yes",
                "Precedence: bulk",
                "Precedence: auto_reply")) {
            ParsedMail mail = parse("From: a@example.com\n" + header + "\nSubject: Re: order\n\nbody\n");
            assertThat(mail.automatic()).as(header).isEqualTo(ParsedMail.Automatic.AUTO_REPLY);
        }
        for (String subject : List.of(
                "Out of Office: order",
                "Automatic reply: order",
                "Автоматический ответ: заказ",
                "Автоматичен отговор")) {
            ParsedMail mail = parse("From: a@example.com\nSubject: " + subject + "\n\nbody\n");
            assertThat(mail.automatic()).as(subject).isEqualTo(ParsedMail.Automatic.AUTO_REPLY);
        }
        assertThat(parse("From: a@example.com\nAuto-Submitted: no\nSubject: x\n\nb\n")
                        .automatic())
                .isNull();
        assertThat(parse("From: a@example.com\nSubject: Re: automatic payments fail\n\nb\n")
                        .automatic())
                .isNull();
    }

    @Test
    void bouncesAreRecognised() throws Exception {
        assertThat(parse("From: MAILER-DAEMON@mx.example\nSubject: Undelivered\n\nb\n")
                        .automatic())
                .isEqualTo(ParsedMail.Automatic.BOUNCE);
        assertThat(parse("From: a@example.com\nX-Failed-Recipients: b@example.com\nSubject: x\n\nb\n")
                        .automatic())
                .isEqualTo(ParsedMail.Automatic.BOUNCE);
        ParsedMail report = parse("""
                From: postmaster@example.net
                Subject: Delivery Status Notification
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Delivery failed.
                --b
                Content-Type: message/delivery-status

                Status: 5.1.1
                --b--
                """);
        assertThat(report.automatic()).isEqualTo(ParsedMail.Automatic.BOUNCE);
    }

    @Test
    void ourLoopHeaderIsSeen() throws Exception {
        assertThat(parse("From: a@example.com\nX-Helpdesk-Loop: support@helpdesk.test\nSubject: x\n\nb\n")
                        .loop())
                .isTrue();
    }

    @Test
    void aReplyKeepsOnlyTheNewText() throws Exception {
        assertThat(InboundProcessor.reply(parse("""
                        From: a@example.com
                        Subject: Re: x
                        Content-Type: text/plain; charset=UTF-8

                        Thanks, it works now.

                        On Mon, 1 Dec 2026 at 10:00, Support <support@helpdesk.test> wrote:
                        > Please restart the router.
                        > Anna
                        """))).isEqualTo("Thanks, it works now.");
        assertThat(InboundProcessor.reply(parse("""
                        From: a@example.com
                        Subject: Re: x
                        Content-Type: text/plain; charset=UTF-8

                        Спасибо!
                        -----Original Message-----
                        From: support
                        earlier text
                        """))).isEqualTo("Спасибо!");
        // Inline answers between quotes are the customer's words: nothing is cut.
        String inline = "> Which model?\nThe X200.\n> Since when?\nMonday.";
        assertThat(InboundProcessor.reply(
                        parse("From: a@example.com\nSubject: x\nContent-Type: text/plain\n\n" + inline + "\n")))
                .isEqualTo(inline);
    }
}
