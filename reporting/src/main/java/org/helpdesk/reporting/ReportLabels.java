package org.helpdesk.reporting;

/** The words of a report in the reader's language: message key and arguments to text (pages pass their messages). */
@FunctionalInterface
public interface ReportLabels {

    String text(String key, Object... args);
}
