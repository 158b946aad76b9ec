/** Text cleaning, tokenizing, stop words, stemming and negation scope. */
@NullMarked
package org.helpdesk.analysis.internal.text;

import org.jspecify.annotations.NullMarked;
