package org.helpdesk.web.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.DevStackSettings;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at real servers started on this machine, before anything connects:
 * {@code helpdesk.devstack.mode=local} keeps data under {@code ./.helpdesk}, {@code test} shares one
 * throw-away stack per JVM, {@code off} (the default, for production) starts nothing.
 */
public class EmbeddedDevStack implements EnvironmentPostProcessor, Ordered {

    static final String MODE = "helpdesk.devstack.mode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty(MODE, "off").toLowerCase(Locale.ROOT);
        DevStack stack = switch (mode) {
            case "off" -> null;
            case "test" -> DevStack.shared();
            case "local" -> startLocal();
            default -> throw new IllegalStateException(MODE + " must be off, local or test, not '" + mode + "'");
        };
        if (stack != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("helpdesk-devstack", properties(stack)));
        }
    }

    private static DevStack startLocal() {
        DevStack stack = DevStack.start(DevStackSettings.localRun(Path.of("").toAbsolutePath()));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        return stack;
    }

    static Map<String, Object> properties(DevStack stack) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", stack.postgres().jdbcUrl());
        properties.put("spring.datasource.username", stack.postgres().username());
        properties.put("spring.datasource.password", stack.postgres().password());
        properties.put("helpdesk.search.uris", stack.elasticsearch().httpUri().toString());
        return properties;
    }

    @Override
    public int getOrder() {
        // After application.yml and command-line arguments are known, so the mode can come from either.
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
