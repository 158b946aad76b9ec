/** Themes (taxonomy matching, trained theme classifiers, aspect sentiment), keywords and discovery. */
@NullMarked
package org.helpdesk.analysis.internal.themes;

import org.jspecify.annotations.NullMarked;
