package org.helpdesk.analysis.internal.ml;

/**
 * Receives the features of one text. Training keeps the names; evaluation only hashes the chars,
 * so {@code name} may be a reused buffer that changes after the call.
 */
public interface FeatureSink {

    /**
     * @param name the feature name
     * @param from first token that produced the feature, or -1 for a feature of the whole text
     * @param to last token that produced the feature
     * @param value the feature's value (1 for presence)
     */
    void add(CharSequence name, int from, int to, float value);

    default void add(CharSequence name, int from, int to) {
        add(name, from, to, 1f);
    }
}
