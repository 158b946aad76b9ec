/** Administration of what agents work with: teams, categories and products, SLA policies and calendars, macros. */
@NullMarked
package org.helpdesk.web.admin;

import org.jspecify.annotations.NullMarked;
