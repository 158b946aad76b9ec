package org.helpdesk.analysis.internal.themes;

import java.util.List;
import org.helpdesk.analysis.internal.ml.FeatureSink;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.text.AnalyzedText;

/**
 * Features for a trained theme classifier: the text features plus one feature per taxonomy theme the
 * text mentions, so a small labelled set still profits from the keyword lists.
 */
public final class ThemeFeatures implements Featurizer {

    private final Featurizer text;
    private final ThemeMatcher matcher;

    public ThemeFeatures(Featurizer text, ThemeMatcher matcher) {
        this.text = text;
        this.matcher = matcher;
    }

    @Override
    public void extract(AnalyzedText t, int from, int to, FeatureSink sink, StringBuilder buf) {
        text.extract(t, from, to, sink, buf);
        List<ThemeMatcher.Hit> hits = matcher.match(t);
        for (ThemeMatcher.Hit hit : hits) {
            if (hit.from() >= from && hit.to() < to) {
                buf.setLength(0);
                buf.append("t:").append(matcher.themeIds().get(hit.theme()));
                sink.add(buf, hit.from(), hit.to());
            }
        }
    }
}
