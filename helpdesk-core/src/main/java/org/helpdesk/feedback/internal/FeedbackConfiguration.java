package org.helpdesk.feedback.internal;

import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.feedback.FeedbackProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackConfiguration {

    /** The analyzer with its built-in model; a trained model can replace this bean later. */
    @Bean
    @ConditionalOnMissingBean
    FeedbackAnalyzer feedbackAnalyzer() {
        return FeedbackAnalyzer.builtIn();
    }
}
