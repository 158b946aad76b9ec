/** Customer lookup and profile over REST. */
@NullMarked
package org.helpdesk.web.customer;

import org.jspecify.annotations.NullMarked;
