package org.helpdesk.web.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.DevStackSettings;
import org.helpdesk.infra.devstack.KeycloakServer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at real servers started on this machine, before anything connects:
 * {@code helpdesk.devstack.mode=local} keeps data under {@code ./.helpdesk}, {@code test} shares one
 * throw-away stack per JVM, {@code off} (the default, for production) starts nothing. With
 * {@code helpdesk.devstack.keycloak=true} the stack also runs Keycloak and the app signs in through it.
 */
public class EmbeddedDevStack implements EnvironmentPostProcessor, Ordered {

    static final String MODE = "helpdesk.devstack.mode";
    static final String KEYCLOAK = "helpdesk.devstack.keycloak";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty(MODE, "off").toLowerCase(Locale.ROOT);
        boolean keycloak = environment.getProperty(KEYCLOAK, Boolean.class, false);
        DevStack stack = switch (mode) {
            case "off" -> null;
            case "test" -> keycloak ? DevStack.sharedWithKeycloak() : DevStack.shared();
            case "local" -> startLocal(keycloak);
            default -> throw new IllegalStateException(MODE + " must be off, local or test, not '" + mode + "'");
        };
        if (stack != null) {
            Map<String, Object> properties = properties(stack);
            if (keycloak) {
                properties.putAll(ssoProperties(stack, mode.equals("local")));
            }
            if (mode.equals("local")) {
                properties.putAll(localMailbox(stack));
            }
            environment.getPropertySources().addFirst(new MapPropertySource("helpdesk-devstack", properties));
        }
    }

    private static DevStack startLocal(boolean keycloak) {
        DevStack stack = DevStack.start(
                DevStackSettings.localRun(Path.of("").toAbsolutePath()).withKeycloak(keycloak));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        return stack;
    }

    static Map<String, Object> properties(DevStack stack) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", stack.postgres().jdbcUrl());
        properties.put("spring.datasource.username", stack.postgres().username());
        properties.put("spring.datasource.password", stack.postgres().password());
        properties.put("helpdesk.search.uris", stack.elasticsearch().httpUri().toString());
        properties.put("spring.mail.host", stack.mail().host());
        properties.put("spring.mail.port", stack.mail().smtpPort());
        properties.put("spring.mail.properties.mail.smtp.connectiontimeout", "5000");
        properties.put("spring.mail.properties.mail.smtp.timeout", "10000");
        return properties;
    }

    /**
     * The local run's support address on the stack's mail server, so mail written to it becomes tickets; the password
     * is new with every start, like the server's (in-memory) mailboxes.
     */
    static Map<String, Object> localMailbox(DevStack stack) {
        String password = java.util.UUID.randomUUID().toString();
        stack.mail().addUser(LocalMailbox.ADDRESS, LocalMailbox.ADDRESS, password);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(LocalMailbox.PASSWORD, password);
        properties.put(LocalMailbox.IMAP_PORT, stack.mail().imapPort());
        properties.put("helpdesk.channels.mail.from", LocalMailbox.ADDRESS);
        return properties;
    }

    /**
     * Sign in through the stack's Keycloak. Only when asked for: the shared test stack keeps Keycloak once any test
     * wanted it, and the other tests' contexts must still use local accounts.
     */
    static Map<String, Object> ssoProperties(DevStack stack, boolean breakGlass) {
        KeycloakServer keycloak = stack.keycloak().orElseThrow();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("helpdesk.security.sso.enabled", "true");
        properties.put("helpdesk.security.sso.issuer-uri", keycloak.issuerUri().toString());
        properties.put("helpdesk.security.sso.client-id", KeycloakServer.WEB_CLIENT_ID);
        properties.put("helpdesk.security.sso.client-secret", keycloak.clientSecret());
        properties.put("helpdesk.security.sso.audience", KeycloakServer.API_AUDIENCE);
        if (breakGlass) {
            // The local run: the printed demo accounts keep working beside the Keycloak users.
            properties.put("helpdesk.security.sso.break-glass-local-login", "true");
        }
        return properties;
    }

    @Override
    public int getOrder() {
        // After application.yml and command-line arguments are known, so the mode can come from either.
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
