package org.helpdesk.analysis.internal.ml;

import org.helpdesk.analysis.internal.text.AnalyzedText;

/** Produces the features of tokens {@code [from, to)} of an analysed text. */
@FunctionalInterface
public interface Featurizer {

    /** {@code buf} is a scratch buffer the featurizer may use to build names. */
    void extract(AnalyzedText text, int from, int to, FeatureSink sink, StringBuilder buf);
}
