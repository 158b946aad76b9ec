package org.helpdesk.analysis.internal.text;

/** Which code points are emoji; a range check is enough for feedback texts. */
final class Emoji {

    private Emoji() {}

    static boolean isEmoji(int cp) {
        return (cp >= 0x1f300 && cp <= 0x1faff)
                || (cp >= 0x2600 && cp <= 0x27bf)
                || (cp >= 0x1f000 && cp <= 0x1f2ff)
                || (cp >= 0x2b00 && cp <= 0x2bff)
                || cp == 0x2764
                || cp == 0x2122
                || cp == 0x00a9
                || cp == 0x00ae
                || (cp >= 0x2190 && cp <= 0x21ff)
                || (cp >= 0x2300 && cp <= 0x23ff);
    }
}
