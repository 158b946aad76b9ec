package org.helpdesk.analysis.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS);

    @Test
    void htmlTagsScriptsAndEntitiesBecomePlainText() {
        String html = "<p>Очень &laquo;быстро&raquo;&nbsp;и&amp;вежливо</p><script>alert('x')</script><br/>Спасибо";
        String cleaned = cleaner.clean(html);
        assertThat(cleaned).contains("Очень «быстро» и&вежливо", "Спасибо");
        assertThat(cleaner.clean(html)).doesNotContain("<", "alert", "&laquo;");
    }

    @Test
    void controlAndInvisibleCharactersAreRemoved() {
        String cleaned = cleaner.clean("bad\u0000\u0007ly\u200b done\u00ad\r\n");
        assertThat(cleaned).isEqualTo("bad  ly done \n");
    }

    @Test
    void loneSurrogatesAreDroppedButEmojiKept() {
        assertThat(cleaner.clean("a\ud83dz 👍")).isEqualTo("az 👍");
    }

    @Test
    void stressMarksAreDroppedButBulgarianIWithGraveStays() {
        assertThat(cleaner.clean("отли\u0301чно")).isEqualTo("отлично");
        assertThat(cleaner.clean("на не\u0301я и\u0300")).isEqualTo("на нея ѝ");
    }

    @Test
    void hugeInputIsCutToTheLimit() {
        String huge = "ужасно ".repeat(1_000_000);
        assertThat(new TextCleaner(1000).clean(huge)).hasSize(1000);
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(cleaner.clean(null)).isEmpty();
        assertThat(cleaner.clean("")).isEmpty();
    }

    @Test
    void lessThanSignThatIsNoTagStays() {
        assertThat(cleaner.clean("price < 5 and 3 > 2")).isEqualTo("price < 5 and 3 > 2");
    }
}
