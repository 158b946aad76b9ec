/** The SQL behind the KPIs and the export writers; not for use outside reporting. */
@NullMarked
package org.helpdesk.reporting.internal;

import org.jspecify.annotations.NullMarked;
