package org.helpdesk.infra.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code bulgarian} analyzer: Lucene's Bulgarian stemmer with Bulgarian stop words. */
@NamedComponent("bulgarian")
public final class BulgarianAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new BulgarianAnalyzer();
    }
}
