package org.helpdesk.feedback.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.helpdesk.feedback.FeedbackProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The analysis queue, read when the meters are scraped: {@code helpdesk.feedback.analysis.waiting} counts the items
 * waiting for their first analysis (those given up after {@code helpdesk.feedback.analysis.max-attempts} not
 * included).
 */
@Component
class FeedbackMeters implements MeterBinder {

    private final JdbcClient jdbc;
    private final int maxAttempts;

    FeedbackMeters(JdbcClient jdbc, FeedbackProperties properties) {
        this.jdbc = jdbc;
        this.maxAttempts = properties.analysis().maxAttempts();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("helpdesk.feedback.analysis.waiting", this, FeedbackMeters::waiting)
                .description("Feedback items waiting for analysis")
                .register(registry);
    }

    private double waiting() {
        return jdbc.sql("select count(*) from feedback_item where analyzed_at is null and analysis_attempts < ?")
                .param(maxAttempts)
                .query(Long.class)
                .single();
    }
}
