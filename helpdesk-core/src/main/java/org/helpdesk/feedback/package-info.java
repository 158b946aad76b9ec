/**
 * What customers say about the service: satisfaction surveys sent when a ticket is resolved, and
 * feedback items from surveys, imports and the API, each analysed (sentiment, keywords, themes) in
 * the background. Entry points: {@link org.helpdesk.feedback.Surveys} and {@link org.helpdesk.feedback.Feedback}.
 */
@NullMarked
package org.helpdesk.feedback;

import org.jspecify.annotations.NullMarked;
