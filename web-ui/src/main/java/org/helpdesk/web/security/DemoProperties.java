package org.helpdesk.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Demo users for the embedded default ({@code helpdesk.demo.*}).
 *
 * @param enabled create one demo user per role at first start and print their passwords
 * @param resetPasswords give existing demo users new passwords and print them
 */
@ConfigurationProperties("helpdesk.demo")
record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("false") boolean resetPasswords) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DemoProperties.class)
    static class Registration {}
}
