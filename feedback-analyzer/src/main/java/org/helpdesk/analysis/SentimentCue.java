package org.helpdesk.analysis;

/**
 * A word or phrase of the text that pushed the sentiment towards its label.
 *
 * @param text the phrase as written in the text (negated phrases keep their negation, "not good")
 * @param weight how strongly it pushed towards the label, in log-odds; larger is stronger
 */
public record SentimentCue(String text, double weight) {}
