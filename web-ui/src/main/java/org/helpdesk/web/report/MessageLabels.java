package org.helpdesk.web.report;

import java.util.Locale;
import org.helpdesk.reporting.ReportLabels;
import org.springframework.context.MessageSource;

/** Report words from the app's messages in the reader's language; a missing key shows as itself. */
record MessageLabels(MessageSource messages, Locale locale) implements ReportLabels {

    @Override
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
