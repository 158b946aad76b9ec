package org.helpdesk.web.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name of a theme in the reader's language: the built-in themes have names in the messages ({@code theme.<id>});
 * a theme a quality manager added is shown by its id, which they chose.
 */
@Component("themeNames")
public class ThemeNames {

    private final MessageSource messages;

    ThemeNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String id) {
        return messages.getMessage("theme." + id, null, id, LocaleContextHolder.getLocale());
    }
}
