/**
 * Feedback analysis for customer texts in Russian, Bulgarian and English: language, sentiment,
 * keywords and themes.
 *
 * <p>Entry point: {@link org.helpdesk.analysis.FeedbackAnalyzer}. Models are trained with
 * {@link org.helpdesk.analysis.ModelTrainer} and stored as {@link org.helpdesk.analysis.TrainedModel}
 * directories. Everything under {@code internal} may change without notice.
 */
@NullMarked
package org.helpdesk.analysis;

import org.jspecify.annotations.NullMarked;
