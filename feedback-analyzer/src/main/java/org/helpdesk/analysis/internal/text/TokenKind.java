package org.helpdesk.analysis.internal.text;

/** What a token is; only words and numbers carry meaning for themes and keywords. */
public enum TokenKind {
    WORD,
    NUMBER,
    EMOJI,
    EMOTICON,
    PUNCTUATION,
    URL,
    MENTION
}
