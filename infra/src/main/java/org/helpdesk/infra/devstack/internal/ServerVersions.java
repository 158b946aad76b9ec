package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Server versions as set in the root pom (copied into {@code server-versions.properties} by the build). */
final class ServerVersions {

    private ServerVersions() {}

    static String elasticsearch() {
        return get("elasticsearch");
    }

    static String keycloak() {
        return get("keycloak");
    }

    private static String get(String server) {
        Properties versions = new Properties();
        try (InputStream in = ServerVersions.class.getResourceAsStream("server-versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("server-versions.properties is missing from the classpath");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = versions.getProperty(server, "");
        if (version.isEmpty() || version.startsWith("@")) {
            throw new IllegalStateException("No " + server + " version in server-versions.properties (not filtered?)");
        }
        return version;
    }
}
