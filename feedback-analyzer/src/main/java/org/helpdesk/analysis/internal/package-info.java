/** Implementation of the feedback analyzer; not an API, may change without notice. */
@NullMarked
package org.helpdesk.analysis.internal;

import org.jspecify.annotations.NullMarked;
