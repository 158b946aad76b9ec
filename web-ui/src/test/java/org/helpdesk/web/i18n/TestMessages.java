package org.helpdesk.web.i18n;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's message bundles as its pages read them, for tests without an application context. */
public final class TestMessages {

    private TestMessages() {}

    public static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
