/** Reading and writing the CLI's files: TSV (RFC 4180 quoting), JSON Lines, small JSON documents. */
@NullMarked
package org.helpdesk.analysis.internal.io;

import org.jspecify.annotations.NullMarked;
