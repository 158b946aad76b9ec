package org.helpdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data ({@code helpdesk.demo.*}).
 *
 * @param enabled fill an installation that has no tickets yet with demo data (the local run sets this)
 * @param seed the same seed gives the same customers, texts and story of every ticket
 * @param tickets how many tickets to create
 * @param months how far back the first tickets go
 */
@ConfigurationProperties("helpdesk.demo")
public record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("20260301") long seed,
        @DefaultValue("2000") int tickets,
        @DefaultValue("6") int months) {}
