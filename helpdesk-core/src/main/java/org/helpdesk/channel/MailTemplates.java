package org.helpdesk.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The texts of the mails to customers, per kind and language (ru, bg, en). Built-in texts ship with the app;
 * an admin's change is stored and wins until it is reset. Templates are plain text with {@code {{placeholder}}}s;
 * a template naming a placeholder its kind does not offer is refused, so a typo cannot reach customers.
 */
@Service
public class MailTemplates {

    public static final List<String> LANGUAGES = List.of("en", "ru", "bg");
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<MailKind, Map<String, Text>> builtIn = new EnumMap<>(MailKind.class);

    MailTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (MailKind kind : MailKind.values()) {
            Map<String, Text> texts = new java.util.HashMap<>();
            for (String language : LANGUAGES) {
                texts.put(language, load(kind, language));
            }
            builtIn.put(kind, texts);
        }
    }

    /** Every template, custom or built-in, by kind then language. */
    public List<MailTemplate> all() {
        List<MailTemplate> result = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            for (String language : LANGUAGES) {
                result.add(get(kind, language));
            }
        }
        return result;
    }

    /** The template in force; a language we have no texts for gets the English one. */
    public MailTemplate get(MailKind kind, String language) {
        String lang = supported(language);
        Optional<MailTemplate> custom = jdbc.sql("""
                        select subject, body, updated_by, updated_at from mail_template
                         where kind = ? and language = ?""")
                .params(kind.name(), lang)
                .query((rs, n) -> new MailTemplate(
                        kind,
                        lang,
                        rs.getString("subject"),
                        rs.getString("body"),
                        true,
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
        return custom.orElseGet(() -> {
            Text text = builtIn.get(kind).get(lang);
            return new MailTemplate(kind, lang, text.subject(), text.body(), false, null, null);
        });
    }

    /** Stores an admin's version of a template, checked first. */
    public MailTemplate save(
            MailKind kind, String language, @Nullable String subject, @Nullable String body, String actor) {
        String lang = requireLanguage(language);
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("subject", subject, SUBJECT_MAX, violations);
        TextRules.requireText("body", body, BODY_MAX, violations);
        if (subject != null && subject.contains("\n")) {
            violations.add(new FieldViolation("subject", "invalid_value", "a subject is one line"));
        }
        unknownPlaceholders(kind, "subject", subject, violations);
        unknownPlaceholders(kind, "body", body, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        insert into mail_template (kind, language, subject, body, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (kind, language) do update
                           set subject = excluded.subject, body = excluded.body,
                               updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(kind.name(), lang, subject.strip(), body.strip(), actor, Timestamp.from(clock.instant()))
                .update();
        return get(kind, lang);
    }

    /** Back to the built-in text. */
    public MailTemplate reset(MailKind kind, String language) {
        String lang = requireLanguage(language);
        jdbc.sql("delete from mail_template where kind = ? and language = ?")
                .params(kind.name(), lang)
                .update();
        return get(kind, lang);
    }

    /** The mail for these values; placeholders without a value are left empty. */
    public Rendered render(MailKind kind, String language, Map<String, String> values) {
        MailTemplate template = get(kind, language);
        String subject =
                fill(template.subject(), values).replaceAll("[\\r\\n]+", " ").strip();
        return new Rendered(template.language(), subject, fill(template.body(), values));
    }

    /** A mail ready to send. */
    public record Rendered(String language, String subject, String body) {}

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void unknownPlaceholders(
            MailKind kind, String field, @Nullable String text, List<FieldViolation> violations) {
        if (text == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!kind.placeholders().contains(m.group(1))) {
                violations.add(new FieldViolation(
                        field,
                        "unknown_placeholder",
                        "{{" + m.group(1) + "}} is not offered here; use one of "
                                + String.join(
                                        ", ",
                                        kind.placeholders().stream()
                                                .map(p -> "{{" + p + "}}")
                                                .toList())));
            }
        }
    }

    private static String requireLanguage(String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new NotFoundException("mail template language", language);
        }
        return lang;
    }

    static String supported(@Nullable String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    private static Text load(MailKind kind, String language) {
        String path = "/mail-templates/" + kind.name() + "." + language + ".txt";
        try (InputStream in = MailTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in mail template " + path + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            if (!text.startsWith("Subject: ") || end < 0) {
                throw new IllegalStateException(path + " must start with a 'Subject: ' line");
            }
            return new Text(
                    text.substring("Subject: ".length(), end).strip(),
                    text.substring(end + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Text(String subject, String body) {}
}
