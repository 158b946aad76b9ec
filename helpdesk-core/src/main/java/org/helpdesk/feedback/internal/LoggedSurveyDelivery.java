package org.helpdesk.feedback.internal;

import org.helpdesk.feedback.SurveyDelivery;
import org.helpdesk.feedback.SurveyLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes survey links to the log: the delivery of an installation that sends no e-mail yet. */
class LoggedSurveyDelivery implements SurveyDelivery {

    private static final Logger log = LoggerFactory.getLogger(LoggedSurveyDelivery.class);

    @Override
    public void deliver(SurveyLink link) {
        log.info(
                "Survey link for HD-{} ({}, {}, valid until {}): {}",
                link.ticketNumber(),
                link.kind(),
                link.language(),
                link.expiresAt(),
                link.url());
    }
}
