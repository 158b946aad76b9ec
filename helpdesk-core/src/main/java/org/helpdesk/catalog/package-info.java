/** The admin-managed lists tickets are classified by: categories and products/services. */
@NullMarked
package org.helpdesk.catalog;

import org.jspecify.annotations.NullMarked;
