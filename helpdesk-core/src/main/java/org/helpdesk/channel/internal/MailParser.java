package org.helpdesk.channel.internal;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.ticket.AttachmentUpload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 5322 mail: who sent it, what it answers, its text and HTML, its files, and whether a machine
 * wrote it. Autoresponders are recognised by the headers RFC 3834 and common servers set (Auto-Submitted,
 * X-Autoreply, Precedence) and by their usual subjects; bounces by delivery-status reports and mailer-daemon senders.
 */
final class MailParser {

    private static final Session SESSION = session();
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(auto(matic)?[ -]?(reply|response|antwort)|auto:|out of (the )?office|abwesenheit"
                    + "|автоответ|автоматический ответ|автоматичен отговор|отсъствие от офиса|вне офиса)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");

    private MailParser() {}

    /** Reads headers as UTF-8 where a mail program sent them unencoded (RFC 6532), as many do. */
    static Session session() {
        Properties properties = new Properties();
        properties.put("mail.mime.allowutf8", "true");
        return Session.getInstance(properties);
    }

    static ParsedMail parse(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        Body body = new Body();
        walk(message, body, true);
        String text = body.text != null ? body.text : body.html != null ? htmlToText(body.html) : "";
        String subject =
                message.getSubject() == null ? "" : message.getSubject().strip();
        return new ParsedMail(
                messageId(message, raw),
                sender(message),
                senderName(message),
                subject,
                text.strip(),
                body.html,
                threadIds(message),
                body.attachments,
                automatic(message, subject, body.report),
                message.getHeader(OutboxSender.LOOP_HEADER) != null);
    }

    /** The visible text of an HTML mail, with line breaks where the blocks were. */
    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        doc.select("script, style, head").remove();
        doc.select("br").after("\\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").before("\\n");
        String marked = doc.body().html().replace("\\n", "\n");
        String text = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
        return Parser.unescapeEntities(text, false)
                .replace('\u00a0', ' ')
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void walk(Part part, Body body, boolean top) throws MessagingException, IOException {
        String type = part.getContentType() == null ? "text/plain" : part.getContentType();
        ContentType contentType = contentType(type);
        String disposition = part.getDisposition();
        String filename = filename(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (filename != null && !top);
        if (contentType.match("multipart/*")) {
            if (contentType.match("multipart/report")) {
                body.report = contentType.getParameter("report-type");
            }
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                boolean alternative = contentType.match("multipart/alternative");
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, body, false);
                }
                if (alternative) {
                    return;
                }
            }
            return;
        }
        if (!attachment && contentType.match("text/plain") && body.text == null) {
            body.text = text(part, contentType);
        } else if (!attachment && contentType.match("text/html") && body.html == null) {
            body.html = text(part, contentType);
        } else if (attachment || !contentType.match("text/*")) {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            String name = filename != null ? filename : "attachment" + extension(contentType);
            body.attachments.add(new AttachmentUpload(name, contentType.getBaseType(), bytes));
        }
    }

    private static String text(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return new String(bytes, charset(type.getParameter("charset")));
    }

    private static Charset charset(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static ContentType contentType(String header) {
        try {
            return new ContentType(header);
        } catch (jakarta.mail.internet.ParseException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static @Nullable String filename(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | UnsupportedEncodingException e) {
            return "attachment";
        }
    }

    private static String extension(ContentType type) {
        return switch (type.getBaseType().toLowerCase(Locale.ROOT)) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "message/rfc822" -> ".eml";
            default -> ".bin";
        };
    }

    static String messageId(MimeMessage message, byte[] raw) throws MessagingException {
        String id = message.getMessageID();
        if (id != null) {
            Matcher m = MESSAGE_ID.matcher(id);
            if (m.find()) {
                return m.group();
            }
        }
        return contentId(raw);
    }

    /** For a mail without a usable Message-ID: its content identifies it, so a copy fetched twice is still one mail. */
    static String contentId(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return "<sha256." + HexFormat.of().formatHex(digest) + "@no-message-id>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static @Nullable String sender(MimeMessage message) throws MessagingException {
        InternetAddress address = firstAddress(message.getReplyTo());
        if (address == null) {
            address = firstAddress(message.getFrom());
        }
        return address == null ? null : address.getAddress().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String senderName(MimeMessage message) throws MessagingException {
        InternetAddress from = firstAddress(message.getFrom());
        return from == null || from.getPersonal() == null || from.getPersonal().isBlank()
                ? null
                : from.getPersonal().strip();
    }

    private static @Nullable InternetAddress firstAddress(Address @Nullable [] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia
                    && ia.getAddress() != null
                    && ia.getAddress().contains("@")) {
                return ia;
            }
        }
        return null;
    }

    private static List<String> threadIds(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        addIds(message.getHeader("In-Reply-To", " "), ids);
        List<String> references = new ArrayList<>();
        addIds(message.getHeader("References", " "), references);
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return List.copyOf(ids);
    }

    private static void addIds(@Nullable String header, java.util.Collection<String> into) {
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find()) {
                into.add(m.group());
            }
        }
    }

    private static ParsedMail.@Nullable Automatic automatic(
            MimeMessage message, String subject, @Nullable String report) throws MessagingException {
        InternetAddress fromAddress = firstAddress(message.getFrom());
        String from = fromAddress == null ? "" : fromAddress.getAddress().toLowerCase(Locale.ROOT);
        if ("delivery-status".equalsIgnoreCase(report)
                || message.getHeader("X-Failed-Recipients") != null
                || from.startsWith("mailer-daemon@")
                || from.startsWith("postmaster@")) {
            return ParsedMail.Automatic.BOUNCE;
        }
        String autoSubmitted = header(message, "Auto-Submitted");
        if ((autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no"))
                || header(message, "X-Autoreply") != null
                || header(message, "X-Autorespond") != null
                || header(message, "X-Autoresponder") != null
                || "disposition-notification".equalsIgnoreCase(report)) {
            return ParsedMail.Automatic.AUTO_REPLY;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
            return ParsedMail.Automatic.AUTO_REPLY;
        }
        return AUTO_SUBJECT.matcher(subject).find() ? ParsedMail.Automatic.AUTO_REPLY : null;
    }

    private static @Nullable String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        return value == null ? null : value.strip();
    }

    private static final class Body {
        @Nullable
        String text;

        @Nullable
        String html;

        @Nullable
        String report;

        final List<AttachmentUpload> attachments = new ArrayList<>();
    }
}
