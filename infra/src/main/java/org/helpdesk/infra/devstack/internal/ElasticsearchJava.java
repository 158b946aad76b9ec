package org.helpdesk.infra.devstack.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStackException;

/**
 * Picks the Java that runs Elasticsearch (this distribution bundles none).
 *
 * <p>{@value #JAVA_HOME_ENV} wins. Otherwise this JVM, if its version is one Elasticsearch 8.19 was seen to run
 * on here (17 to 25; 25 works because 8.19 uses entitlements instead of the removed Security Manager).
 * Otherwise the newest such JDK under /usr/lib/jvm, and as a last resort this JVM anyway.
 */
final class ElasticsearchJava {

    static final String JAVA_HOME_ENV = "HELPDESK_ES_JAVA_HOME";
    static final int OLDEST = 17;
    static final int NEWEST_VERIFIED = 25;
    private static final System.Logger LOG = System.getLogger(ElasticsearchJava.class.getName());

    private ElasticsearchJava() {}

    static JavaRuntime select() {
        return select(System.getenv(), JavaRuntime.current(), JavaRuntime.installedUnder(Path.of("/usr/lib/jvm")));
    }

    static JavaRuntime select(Map<String, String> environment, JavaRuntime current, List<JavaRuntime> installed) {
        String configured = environment.get(JAVA_HOME_ENV);
        if (configured != null && !configured.isBlank()) {
            JavaRuntime chosen = JavaRuntime.at(Path.of(configured))
                    .orElseThrow(() -> new DevStackException(JAVA_HOME_ENV + "=" + configured
                            + " is not a Java home (needs bin/java and a release file)"));
            if (chosen.featureVersion() < OLDEST) {
                throw new DevStackException(JAVA_HOME_ENV + "=" + configured + " is Java " + chosen.featureVersion()
                        + "; Elasticsearch 8.19 needs " + OLDEST + " or newer");
            }
            return chosen;
        }
        if (isVerified(current)) {
            return current;
        }
        return installed.stream()
                .filter(ElasticsearchJava::isVerified)
                .findFirst()
                .orElseGet(() -> {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "Running Elasticsearch on Java {0}, newer than verified ({1}); set {2} to a JDK {3}-{1} if it fails",
                            current.featureVersion(),
                            NEWEST_VERIFIED,
                            JAVA_HOME_ENV,
                            OLDEST);
                    return current;
                });
    }

    private static boolean isVerified(JavaRuntime runtime) {
        return runtime.featureVersion() >= OLDEST && runtime.featureVersion() <= NEWEST_VERIFIED;
    }
}
