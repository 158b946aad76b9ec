/** Language identification: OpenNLP's language-detector model plus script and stop-word evidence. */
@NullMarked
package org.helpdesk.analysis.internal.language;

import org.jspecify.annotations.NullMarked;
