package org.helpdesk.analysis.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> norms(String text) {
        return tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    private List<TokenKind> kinds(String text) {
        return tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void russianSmileyBracketsAreEmoticonsNotPunctuation() {
        assertThat(tokenizer.tokenize("Спасибо)))"))
                .extracting(Token::norm, Token::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("спасибо", TokenKind.WORD),
                        org.assertj.core.groups.Tuple.tuple("))", TokenKind.EMOTICON));
        assertThat(norms("опять сбой((")).containsExactly("опять", "сбой", "((");
    }

    @Test
    void westernEmoticonsAreCanonicalised() {
        assertThat(norms("great :-) but :(( and :D")).containsExactly("great", ":)", "but", ":(", "and", ":D");
    }

    @Test
    void emojiWithSkinToneAndSelectorIsOneToken() {
        List<Token> tokens = tokenizer.tokenize("ok 👍🏽 ❤️");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.WORD, TokenKind.EMOJI, TokenKind.EMOJI);
        assertThat(tokens.get(1).norm()).isEqualTo("👍");
    }

    @Test
    void repeatedPunctuationIsCollapsedToOneEmphaticToken() {
        assertThat(norms("Why?!?! No!!! Wait...")).containsExactly("why", "?!", "no", "!!", "wait", "…");
    }

    @Test
    void urlsMentionsAndHashtagsAreRecognised() {
        List<Token> tokens = tokenizer.tokenize("@united see https://t.co/x?a=1 #fail");
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(TokenKind.MENTION, TokenKind.WORD, TokenKind.URL, TokenKind.WORD);
        assertThat(tokens.get(3).is(Token.HASHTAG)).isTrue();
        assertThat(tokens.get(3).norm()).isEqualTo("fail");
    }

    @Test
    void elongatedAndShoutedWordsAreFlaggedAndShortened() {
        Token t = tokenizer.tokenize("SOOOOO").get(0);
        assertThat(t.norm()).isEqualTo("soo");
        assertThat(t.is(Token.ELONGATED)).isTrue();
        assertThat(t.is(Token.SHOUTED)).isTrue();
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphensAndYoBecomesYe() {
        assertThat(norms("don’t по-моему ещё")).containsExactly("don't", "по-моему", "еще");
    }

    @Test
    void numbersWithSeparatorsAreOneNumberToken() {
        assertThat(kinds("12,5 руб")).containsExactly(TokenKind.NUMBER, TokenKind.WORD);
    }

    @Test
    void lineBreaksEndSentences() {
        List<Token> tokens = tokenizer.tokenize("first line\nsecond");
        assertThat(tokens.get(2).endsSentence()).isTrue();
    }
}
