/** The command-line tool: analyze, train and evaluate on TSV or JSON Lines files. */
@NullMarked
package org.helpdesk.analysis.internal.cli;

import org.jspecify.annotations.NullMarked;
