/**
 * Reports in the browser and over REST: the KPI dashboard with charts and targets, the tickets behind a figure,
 * exports (CSV, XLSX, PDF) and target settings. Agents see figures for their own and their teams' tickets.
 */
@NullMarked
package org.helpdesk.web.report;

import org.jspecify.annotations.NullMarked;
