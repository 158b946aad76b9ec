/** Customers: the people and companies who contact the support desk. */
@NullMarked
package org.helpdesk.customer;

import org.jspecify.annotations.NullMarked;
