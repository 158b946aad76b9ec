package org.helpdesk.analysis.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits cleaned text into words, numbers, emoji, emoticons (including the Russian ")))"), URLs,
 * mentions and punctuation runs. Written by hand rather than with a regex: it runs on every text and
 * must not allocate more than the tokens themselves.
 */
public final class Tokenizer {

    private static final String[] EMOTICONS = {
        ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-*", ":-|", ":'-(", ":'(", ";-)", ":)", ":(", ":D", ":P", ":p",
        ":/", ":*", ":|", ";)", "=)", "=(", "<3", "^_^", "^^", "-_-", ":o", ":O", ":3", "):", "(:"
    };

    public List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>(Math.max(8, s.length() / 5));
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                addBreak(tokens, i);
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (startsUrl(s, i)) {
                i = url(s, i, tokens);
            } else if (c == '@'
                    && i + 1 < n
                    && isWordChar(s.charAt(i + 1))
                    && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                i = mention(s, i, tokens);
            } else if (c == '#' && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                i = word(s, i + 1, tokens, Token.HASHTAG);
            } else if (Character.isLetterOrDigit(c)) {
                i = word(s, i, tokens, 0);
            } else {
                i = symbol(s, i, tokens);
            }
        }
        return tokens;
    }

    private static void addBreak(List<Token> tokens, int at) {
        if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).endsSentence()) {
            tokens.add(new Token("\n", "¶", TokenKind.PUNCTUATION, at, at + 1, 0));
        }
    }

    private static boolean startsUrl(String s, int i) {
        return s.regionMatches(true, i, "http://", 0, 7)
                || s.regionMatches(true, i, "https://", 0, 8)
                || (s.regionMatches(true, i, "www.", 0, 4) && (i == 0 || !isWordChar(s.charAt(i - 1))));
    }

    private static int url(String s, int i, List<Token> tokens) {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        tokens.add(new Token(s.substring(i, end), "<url>", TokenKind.URL, i, end, 0));
        return end;
    }

    private static int mention(String s, int i, List<Token> tokens) {
        int end = i + 1;
        while (end < s.length() && isWordChar(s.charAt(end))) {
            end++;
        }
        String text = s.substring(i, end);
        tokens.add(new Token(text, text.toLowerCase(Locale.ROOT), TokenKind.MENTION, i, end, 0));
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A word: letters, digits and marks, with inner apostrophes, hyphens and dots between digits. */
    private static int word(String s, int start, List<Token> tokens, int flags) {
        int n = s.length();
        int end = start;
        boolean digitsOnly = true;
        while (end < n) {
            char c = s.charAt(end);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                digitsOnly &= Character.isDigit(c);
                end++;
            } else if (isJoiner(c, digitsOnly) && end + 1 < n && Character.isLetterOrDigit(s.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        String text = s.substring(start, end);
        if (digitsOnly) {
            tokens.add(new Token(text, text.replace(',', '.'), TokenKind.NUMBER, start, end, flags));
            return end;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("xd") || lower.equals("xdd") || lower.equals("xddd")) {
            tokens.add(new Token(text, ":D", TokenKind.EMOTICON, start, end, 0));
            return end;
        }
        String norm = normalizeWord(lower);
        int wordFlags = flags;
        if (norm.length() < lower.length()) {
            wordFlags |= Token.ELONGATED;
        }
        if (text.length() >= 3 && isShouted(text)) {
            wordFlags |= Token.SHOUTED;
        }
        tokens.add(new Token(text, norm, TokenKind.WORD, start, end, wordFlags));
        return end;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c, boolean digitsOnly) {
        if (c == '\'' || c == '’' || c == '`' || c == '-' || c == '‑') {
            return !digitsOnly;
        }
        return digitsOnly && (c == '.' || c == ',' || c == ':');
    }

    private static boolean isShouted(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }

    /** "ё" → "е", curly apostrophes → "'", three or more repeated letters → two ("sooo" → "soo"). */
    static String normalizeWord(String lower) {
        StringBuilder out = null;
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            char m = switch (c) {
                case 'ё' -> 'е';
                case '’', '`', '‑' -> c == '‑' ? '-' : '\'';
                default -> c;
            };
            boolean repeated = i >= 2 && lower.charAt(i - 1) == c && lower.charAt(i - 2) == c && Character.isLetter(c);
            if ((m != c || repeated) && out == null) {
                out = new StringBuilder(n).append(lower, 0, i);
            }
            if (out != null && !repeated) {
                out.append(m);
            }
        }
        return out == null ? lower : out.toString();
    }

    private static int symbol(String s, int i, List<Token> tokens) {
        int emoticonEnd = emoticon(s, i);
        if (emoticonEnd > i) {
            String text = s.substring(i, emoticonEnd);
            tokens.add(new Token(text, canonicalEmoticon(text), TokenKind.EMOTICON, i, emoticonEnd, 0));
            return emoticonEnd;
        }
        int cp = s.codePointAt(i);
        if (Emoji.isEmoji(cp)) {
            return emoji(s, i, tokens);
        }
        char c = s.charAt(i);
        if (c == ')' || c == '(') {
            int end = run(s, i, c);
            if (end - i >= 2) {
                String norm = c == ')' ? "))" : "((";
                tokens.add(new Token(s.substring(i, end), norm, TokenKind.EMOTICON, i, end, 0));
                return end;
            }
        }
        if (c == '!' || c == '?' || c == '.' || c == '…') {
            return punctuationRun(s, i, tokens);
        }
        int end = i + Character.charCount(cp);
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL) {
            tokens.add(new Token(s.substring(i, end), s.substring(i, end), TokenKind.EMOJI, i, end, 0));
        } else if (isClausePunctuation(c)) {
            tokens.add(new Token(
                    s.substring(i, end), String.valueOf(canonicalPunctuation(c)), TokenKind.PUNCTUATION, i, end, 0));
        }
        return end;
    }

    private static int run(String s, int i, char c) {
        int end = i;
        while (end < s.length() && s.charAt(end) == c) {
            end++;
        }
        return end;
    }

    private static int emoticon(String s, int i) {
        for (String e : EMOTICONS) {
            if (s.startsWith(e, i)) {
                int end = i + e.length();
                // ":D" inside "http://D..." is excluded by the URL rule; here only reject glued letters.
                boolean glued = end < s.length()
                        && Character.isLetterOrDigit(s.charAt(end))
                        && Character.isLetter(e.charAt(e.length() - 1));
                boolean leftGlued = i > 0
                        && Character.isLetterOrDigit(s.charAt(i - 1))
                        && (e.startsWith("):") || e.startsWith("(:"));
                if (!glued && !leftGlued) {
                    int extended = end;
                    char last = e.charAt(e.length() - 1);
                    while (extended < s.length()
                            && s.charAt(extended) == last
                            && (last == ')' || last == '(' || last == 'D')) {
                        extended++;
                    }
                    return extended;
                }
            }
        }
        return i;
    }

    private static String canonicalEmoticon(String text) {
        String t = text.replace("-", "").replace("'", "");
        if (t.startsWith(":)") || t.startsWith("=)") || t.startsWith(";)") || t.equals("(:") || t.startsWith("^")) {
            return t.startsWith(";") ? ";)" : ":)";
        }
        if (t.startsWith(":(") || t.startsWith("=(") || t.equals("):")) {
            return text.contains("'") ? ":'(" : ":(";
        }
        if (t.startsWith(":D")) {
            return ":D";
        }
        if (t.startsWith(":P") || t.startsWith(":p")) {
            return ":P";
        }
        if (t.startsWith(":o") || t.startsWith(":O")) {
            return ":O";
        }
        if (t.equals("__")) {
            return "-_-";
        }
        return t;
    }

    private static int emoji(String s, int i, List<Token> tokens) {
        int cp = s.codePointAt(i);
        int end = i + Character.charCount(cp);
        // Modifiers, presentation selectors and joined sequences belong to the first emoji.
        while (end < s.length()) {
            int next = s.codePointAt(end);
            if (next == 0x200d && end + 1 < s.length()) {
                end += 1;
                end += Character.charCount(s.codePointAt(end));
            } else if (next == 0xfe0f || next == 0xfe0e || (next >= 0x1f3fb && next <= 0x1f3ff)) {
                end += Character.charCount(next);
            } else {
                break;
            }
        }
        tokens.add(new Token(s.substring(i, end), new String(Character.toChars(cp)), TokenKind.EMOJI, i, end, 0));
        return end;
    }

    private static int punctuationRun(String s, int i, List<Token> tokens) {
        int end = i;
        boolean exclamation = false;
        boolean question = false;
        int dots = 0;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (c == '!') {
                exclamation = true;
            } else if (c == '?') {
                question = true;
            } else if (c == '.') {
                dots++;
            } else if (c == '…') {
                dots += 3;
            } else {
                break;
            }
            end++;
        }
        int length = end - i;
        String norm;
        if (exclamation && question) {
            norm = "?!";
        } else if (exclamation) {
            norm = length > 1 ? "!!" : "!";
        } else if (question) {
            norm = length > 1 ? "??" : "?";
        } else {
            norm = dots > 1 ? "…" : ".";
        }
        tokens.add(new Token(s.substring(i, end), norm, TokenKind.PUNCTUATION, i, end, 0));
        return end;
    }

    private static boolean isClausePunctuation(char c) {
        return switch (c) {
            case ',', ';', ':', '—', '–', '(', ')', '[', ']', '"', '«', '»', '“', '”', '„' -> true;
            case '-' -> true;
            default -> false;
        };
    }

    private static char canonicalPunctuation(char c) {
        return switch (c) {
            case '—', '–', '-' -> '-';
            case '«', '»', '“', '”', '„' -> '"';
            case '[', '(' -> '(';
            case ']', ')' -> ')';
            default -> c;
        };
    }
}
