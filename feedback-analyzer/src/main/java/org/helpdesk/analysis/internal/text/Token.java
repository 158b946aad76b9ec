package org.helpdesk.analysis.internal.text;

/**
 * One token of a cleaned text.
 *
 * @param text the token as written
 * @param norm lower-cased, with "ё" as "е", elongations ("sooo") shortened and apostrophes unified;
 *     for emoticons and punctuation a canonical form (":)", "!!", "?!")
 * @param start offset of the first char in the cleaned text
 * @param end offset after the last char
 * @param flags {@link #HASHTAG}, {@link #SHOUTED}, {@link #ELONGATED}
 */
public record Token(String text, String norm, TokenKind kind, int start, int end, int flags) {

    public static final int HASHTAG = 1;
    public static final int SHOUTED = 2;
    public static final int ELONGATED = 4;

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /** Sentence ends: . ! ? … and line breaks. */
    public boolean endsSentence() {
        if (kind != TokenKind.PUNCTUATION) {
            return false;
        }
        char c = norm.charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '¶';
    }

    /** Clause ends: sentence ends, commas, semicolons, colons, dashes, brackets and quotes. */
    public boolean endsClause() {
        return kind == TokenKind.PUNCTUATION && !norm.equals("'");
    }
}
