package org.helpdesk.web.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings the app reads, as Spring Boot's configuration processor describes them: every
 * {@code META-INF/spring-configuration-metadata.json} on the classpath (ours from {@code @ConfigurationProperties} and
 * {@code additional-spring-configuration-metadata.json}, Spring Boot's own for {@code spring.*}, {@code server.*}...).
 * Whether an environment variable sets one of them is decided by Spring's own relaxed binding, not by a copy of it.
 */
final class AppSettings {

    /** One property of the metadata. */
    record Setting(
            String name,
            String type,
            @Nullable String description,
            @Nullable Object defaultValue) {

        /** A map or collection: environment variables may set its entries ({@code ..._<KEY>}, {@code ..._0}). */
        boolean hasEntries() {
            return type.startsWith("java.util.Map")
                    || type.startsWith("java.util.List")
                    || type.startsWith("java.util.Set")
                    || type.startsWith("java.util.Collection")
                    || type.endsWith("[]");
        }

        boolean isMap() {
            return type.startsWith("java.util.Map");
        }
    }

    private final Map<String, Setting> settings;
    private final Map<String, Optional<Setting>> setBy = new java.util.concurrent.ConcurrentHashMap<>();

    private AppSettings(Map<String, Setting> settings) {
        this.settings = settings;
    }

    static AppSettings fromClasspath() {
        Map<String, Setting> settings = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/spring-configuration-metadata.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        Setting setting = new Setting(
                                property.path("name").asString(),
                                property.path("type").asString("java.lang.Object"),
                                property.hasNonNull("description")
                                        ? property.get("description").asString()
                                        : null,
                                property.hasNonNull("defaultValue")
                                        ? defaultValue(property.get("defaultValue"))
                                        : null);
                        // The same property in two classes (helpdesk.demo.enabled): keep the one that says more.
                        settings.merge(setting.name(), setting, AppSettings::richer);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppSettings(settings);
    }

    private static Setting richer(Setting a, Setting b) {
        return a.description() == null && b.description() != null ? b : a;
    }

    private static Object defaultValue(JsonNode node) {
        if (node.isArray()) {
            return node.valueStream().map(JsonNode::asString).toList();
        }
        return node.asString();
    }

    Collection<Setting> all() {
        return settings.values();
    }

    /** The {@code helpdesk.*} settings, by name. */
    List<Setting> helpdesk() {
        return settings.values().stream()
                .filter(setting -> setting.name().startsWith("helpdesk."))
                .sorted(Comparator.comparing(Setting::name))
                .toList();
    }

    Optional<Setting> named(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** The setting an environment variable of this name sets, under Spring Boot's relaxed binding. */
    Optional<Setting> setBy(String variable) {
        return setBy.computeIfAbsent(variable, this::bind);
    }

    private Optional<Setting> bind(String variable) {
        ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value")));
        for (Setting setting : settings.values()) {
            ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(setting.name());
            if (name == null) {
                continue;
            }
            if (source.getConfigurationProperty(name) != null
                    || (setting.hasEntries()
                            && source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /**
     * The environment variable Spring Boot documents for a property: upper case, dots as underscores, dashes
     * dropped; a map's entries add {@code _<KEY>}.
     */
    static String variableOf(Setting setting) {
        String variable = setting.name().replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
        return setting.isMap() ? variable + "_<KEY>" : variable;
    }
}
