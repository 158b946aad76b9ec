/** Sentiment: lexicons, features, the compiled classifier and its training. */
@NullMarked
package org.helpdesk.analysis.internal.sentiment;

import org.jspecify.annotations.NullMarked;
