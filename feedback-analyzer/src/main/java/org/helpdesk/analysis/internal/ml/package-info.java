/** Training with OpenNLP's maxent trainers, and fast evaluation of the trained log-linear models. */
@NullMarked
package org.helpdesk.analysis.internal.ml;

import org.jspecify.annotations.NullMarked;
