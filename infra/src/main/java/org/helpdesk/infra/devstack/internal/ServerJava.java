package org.helpdesk.infra.devstack.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStackException;

/**
 * Picks the Java that runs a server whose distribution bundles none.
 *
 * <p>The server's {@code javaHomeEnv} variable wins. Otherwise this JVM, if its version is one the server was seen
 * to run on here ({@code oldest} to {@code newestVerified}). Otherwise the newest such JDK under /usr/lib/jvm, and
 * as a last resort this JVM anyway.
 *
 * @param server for messages, e.g. "Elasticsearch 8.19"
 */
record ServerJava(String server, String javaHomeEnv, int oldest, int newestVerified) {

    /** 25 works because 8.19 uses entitlements instead of the removed Security Manager. */
    static final ServerJava ELASTICSEARCH = new ServerJava("Elasticsearch 8.19", "HELPDESK_ES_JAVA_HOME", 17, 25);

    /** Keycloak 26 supports 17, 21 and 25. */
    static final ServerJava KEYCLOAK = new ServerJava("Keycloak 26", "HELPDESK_KEYCLOAK_JAVA_HOME", 17, 25);

    private static final System.Logger LOG = System.getLogger(ServerJava.class.getName());

    JavaRuntime select() {
        return select(System.getenv(), JavaRuntime.current(), JavaRuntime.installedUnder(Path.of("/usr/lib/jvm")));
    }

    JavaRuntime select(Map<String, String> environment, JavaRuntime current, List<JavaRuntime> installed) {
        String configured = environment.get(javaHomeEnv);
        if (configured != null && !configured.isBlank()) {
            JavaRuntime chosen = JavaRuntime.at(Path.of(configured))
                    .orElseThrow(() -> new DevStackException(javaHomeEnv + "=" + configured
                            + " is not a Java home (needs bin/java and a release file)"));
            if (chosen.featureVersion() < oldest) {
                throw new DevStackException(javaHomeEnv + "=" + configured + " is Java " + chosen.featureVersion()
                        + "; " + server + " needs " + oldest + " or newer");
            }
            return chosen;
        }
        if (isVerified(current)) {
            return current;
        }
        return installed.stream().filter(this::isVerified).findFirst().orElseGet(() -> {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Running {0} on Java {1}, newer than verified ({2}); set {3} to a JDK {4}-{2} if it fails",
                    server,
                    current.featureVersion(),
                    newestVerified,
                    javaHomeEnv,
                    oldest);
            return current;
        });
    }

    private boolean isVerified(JavaRuntime runtime) {
        return runtime.featureVersion() >= oldest && runtime.featureVersion() <= newestVerified;
    }
}
