package org.helpdesk.web.channel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The languages the public pages speak. A ticket opened from a page is in the page's language; a customer's status
 * page speaks the ticket's language until the visitor picks another one (as the survey pages do).
 */
final class PageLanguage {

    static final List<String> SPOKEN = List.of("en", "ru", "bg");

    private PageLanguage() {}

    /** The language of {@code locale} when the pages speak it, else English (what the pages then showed). */
    static String of(Locale locale) {
        return SPOKEN.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    /** Switches the page to {@code language} unless the visitor chose one ({@code ?lang=} or the cookie). */
    static void speak(
            @Nullable String language,
            LocaleResolver locales,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean chosen = request.getParameter("lang") != null || WebUtils.getCookie(request, "helpdesk-lang") != null;
        if (!chosen && language != null && SPOKEN.contains(language)) {
            locales.setLocale(request, response, Locale.forLanguageTag(language));
        }
    }
}
