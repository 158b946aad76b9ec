/** Who may sign in and what they may reach: local accounts, demo users, filter chains. */
@NullMarked
package org.helpdesk.web.security;

import org.jspecify.annotations.NullMarked;
