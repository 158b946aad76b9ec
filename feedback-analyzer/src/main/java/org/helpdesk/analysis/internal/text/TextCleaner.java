package org.helpdesk.analysis.internal.text;

import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever a customer or an import sent into plain text: HTML tags and entities, control and
 * invisible characters, broken surrogates and stress marks go; very long input is cut.
 */
public final class TextCleaner {

    /** Longer texts are cut: sentiment and themes of a 20,000-character text are already clear. */
    public static final int DEFAULT_MAX_CHARS = 20_000;

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("laquo", "«"),
            Map.entry("raquo", "»"),
            Map.entry("mdash", "—"),
            Map.entry("ndash", "–"),
            Map.entry("hellip", "…"),
            Map.entry("rsquo", "’"),
            Map.entry("lsquo", "‘"),
            Map.entry("rdquo", "”"),
            Map.entry("ldquo", "“"));

    private final int maxChars;

    public TextCleaner(int maxChars) {
        this.maxChars = maxChars;
    }

    public String clean(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = truncate(raw);
        if (s.indexOf('<') >= 0) {
            s = stripTags(s);
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        return removeInvisible(s);
    }

    private String truncate(String s) {
        if (s.length() <= maxChars) {
            return s;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Tags become spaces, block tags become line breaks; script and style bodies are dropped. */
    static String stripTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && i + 1 < n && isTagStart(s.charAt(i + 1))) {
                int close = s.indexOf('>', i + 1);
                if (close < 0 || close - i > 2000) {
                    out.append(c);
                    i++;
                    continue;
                }
                String tag = tagName(s, i + 1, close);
                if (tag.equals("script") || tag.equals("style")) {
                    int end = indexOfIgnoreCase(s, "</" + tag, close);
                    close = end < 0 ? n - 1 : Math.max(close, s.indexOf('>', end) < 0 ? n - 1 : s.indexOf('>', end));
                }
                out.append(isBlock(tag) ? '\n' : ' ');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    private static String tagName(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == '/' || s.charAt(i) == '!')) {
            i++;
        }
        int start = i;
        while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isBlock(String tag) {
        return switch (tag) {
            case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr" -> true;
            default -> false;
        };
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int max = s.length() - needle.length();
        for (int i = from; i <= max; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static String decodeEntities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
            String decoded = semi > i + 1 && semi - i <= 10 ? decodeEntity(s.substring(i + 1, semi)) : null;
            if (decoded != null) {
                out.append(decoded);
                i = semi;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static @Nullable String decodeEntity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /**
     * Control, format and private-use characters and lone surrogates become spaces or vanish;
     * combining stress marks are dropped so that "отли́чно" and "отлично" are one word.
     */
    static String removeInvisible(String s) {
        StringBuilder out = null;
        boolean combining = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int keep = keep(s, i, c);
            if (keep == KEEP) {
                if (out != null) {
                    out.append(c);
                }
                combining |= c >= '\u0300' && c <= '\u036f';
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (keep == SPACE) {
                out.append(' ');
            }
        }
        String result = out == null ? s : out.toString();
        return combining ? composeAndDropStress(result) : result;
    }

    private static final int KEEP = 0;
    private static final int SPACE = 1;
    private static final int DROP = 2;

    private static int keep(String s, int i, char c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return c == '\n' ? KEEP : SPACE;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? KEEP : DROP;
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? KEEP : DROP;
        }
        if (c == '\u200d' || c == '\ufe0f') {
            return KEEP; // emoji joiners and presentation selectors belong to the emoji
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> SPACE;
            case Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED -> DROP;
            default -> c == '\ufffd' || c == '\u00a0' ? SPACE : KEEP;
        };
    }

    private static String composeAndDropStress(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            boolean stressMark = c == '\u0301' || c == '\u0300';
            // Bulgarian "ѝ" is и + grave: keep that grave, it makes a different word.
            boolean bulgarianI = c == '\u0300' && i > 0 && (nfd.charAt(i - 1) == 'и' || nfd.charAt(i - 1) == 'И');
            if (!stressMark || bulgarianI) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
