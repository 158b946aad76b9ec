package org.helpdesk.feedback;

/**
 * Gets a survey link to the customer. Called after the resolving transaction committed. The built-in
 * delivery only logs the link; declare another bean (e-mail) to replace it.
 */
public interface SurveyDelivery {

    void deliver(SurveyLink link);
}
