package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.helpdesk.ticket.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Which surveys a resolved ticket gets, by its channel, as the settings are written in configuration. */
class FeedbackPropertiesTest {

    @Test
    void withoutChannelSettingsEveryChannelGetsTheDefaultKinds() {
        FeedbackProperties settings = bind(Map.of());

        for (Channel channel : Channel.values()) {
            assertThat(settings.surveyKindsFor(channel)).containsExactly(SurveyKind.CSAT);
        }
    }

    @Test
    void aChannelCanHaveItsOwnKindsOrNone() {
        FeedbackProperties settings = bind(Map.of(
                "helpdesk.feedback.survey-kinds", "CSAT,NPS",
                "helpdesk.feedback.survey-kinds-by-channel.phone", "ces,nps,ces",
                "helpdesk.feedback.survey-kinds-by-channel.IN_PERSON", ""));

        assertThat(settings.surveyKindsFor(Channel.EMAIL)).containsExactly(SurveyKind.CSAT, SurveyKind.NPS);
        assertThat(settings.surveyKindsFor(Channel.PHONE)).containsExactly(SurveyKind.CES, SurveyKind.NPS);
        assertThat(settings.surveyKindsFor(Channel.IN_PERSON)).isEmpty();
    }

    @Test
    void environmentVariablesAsTheReadmeNamesThem() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "HELPDESK_FEEDBACK_SURVEY_KINDS", "NPS",
                        "HELPDESK_FEEDBACK_SURVEYKINDSBYCHANNEL_CHAT", "CES"));

        FeedbackProperties settings = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("helpdesk.feedback", FeedbackProperties.class);

        assertThat(settings.surveyKindsFor(Channel.WEB)).containsExactly(SurveyKind.NPS);
        assertThat(settings.surveyKindsFor(Channel.CHAT)).containsExactly(SurveyKind.CES);
    }

    private static FeedbackProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("helpdesk.feedback", FeedbackProperties.class);
    }
}
