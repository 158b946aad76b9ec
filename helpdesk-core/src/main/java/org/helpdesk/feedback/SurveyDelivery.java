package org.helpdesk.feedback;

/**
 * Gets a survey link to the customer. Called inside the resolving transaction: an implementation records the
 * delivery there (the mail outbox does) and sends it only once that commits.
 */
public interface SurveyDelivery {

    void deliver(SurveyLink link);
}
