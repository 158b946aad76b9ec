package org.helpdesk.feedback;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.ticket.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback feature ({@code helpdesk.feedback.*}).
 *
 * @param surveyKinds the surveys sent when a ticket is resolved (none: no surveys)
 * @param surveyKindsByChannel the surveys for tickets of a channel, instead of {@code surveyKinds} (an empty list:
 *     none for that channel), e.g. {@code helpdesk.feedback.survey-kinds-by-channel.phone=NPS,CES}
 * @param linkValidity how long a survey link works
 * @param publicBaseUrl the address customers reach the app at; survey links start with it
 * @param analysis how the background worker analyses new items
 */
@ConfigurationProperties("helpdesk.feedback")
public record FeedbackProperties(
        @DefaultValue("CSAT") List<SurveyKind> surveyKinds,
        @DefaultValue Map<Channel, List<SurveyKind>> surveyKindsByChannel,
        @DefaultValue("14d") Duration linkValidity,
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue Analysis analysis) {

    public FeedbackProperties {
        surveyKinds = List.copyOf(surveyKinds);
        Map<Channel, List<SurveyKind>> byChannel = new EnumMap<>(Channel.class);
        surveyKindsByChannel.forEach((channel, kinds) -> byChannel.put(channel, List.copyOf(kinds)));
        surveyKindsByChannel = Collections.unmodifiableMap(byChannel);
    }

    /** The surveys a resolved ticket of {@code channel} gets, each kind once, in the configured order. */
    public List<SurveyKind> surveyKindsFor(Channel channel) {
        return surveyKindsByChannel.getOrDefault(channel, surveyKinds).stream()
                .distinct()
                .toList();
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
