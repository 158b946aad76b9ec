/**
 * Importing records from files, shared by the features that import (feedback, tickets): reading UTF-8 CSV, TSV and
 * JSON Lines into rows by line, reading the values people put in such files (dates in many forms), and the import
 * jobs themselves: the kept file, the mapping, progress in batches, problems by line. Entry point:
 * {@link org.helpdesk.fileimport.ImportJobs}.
 */
@NullMarked
package org.helpdesk.fileimport;

import org.jspecify.annotations.NullMarked;
