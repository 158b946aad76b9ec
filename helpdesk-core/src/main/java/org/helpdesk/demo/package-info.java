/**
 * The demo: with {@code helpdesk.demo.enabled=true} an empty installation is filled with a realistic,
 * deterministic history (customers, teams, a few thousand tickets over months) written through the domain,
 * so history, search and reports all have something true to show.
 */
@NullMarked
package org.helpdesk.demo;

import org.jspecify.annotations.NullMarked;
