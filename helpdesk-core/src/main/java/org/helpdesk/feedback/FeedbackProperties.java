package org.helpdesk.feedback;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback feature ({@code helpdesk.feedback.*}).
 *
 * @param surveyKinds the surveys sent when a ticket is resolved (none: no surveys)
 * @param linkValidity how long a survey link works
 * @param publicBaseUrl the address customers reach the app at; survey links start with it
 * @param analysis how the background worker analyses new items
 */
@ConfigurationProperties("helpdesk.feedback")
public record FeedbackProperties(
        @DefaultValue("CSAT") List<SurveyKind> surveyKinds,
        @DefaultValue("14d") Duration linkValidity,
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue Analysis analysis) {

    public FeedbackProperties {
        surveyKinds = List.copyOf(surveyKinds);
    }

    /**
     * @param batchSize items analysed per round
     * @param pollInterval pause between rounds when nothing is waiting
     * @param maxAttempts an item that failed this often is left alone (and logged)
     */
    public record Analysis(
            @DefaultValue("50") int batchSize,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("5") int maxAttempts) {}
}
