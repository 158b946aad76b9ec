package org.helpdesk.infra.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code russian} analyzer: Lucene's Snowball stemmer with Russian stop words. */
@NamedComponent("russian")
public final class RussianAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new RussianAnalyzer();
    }
}
