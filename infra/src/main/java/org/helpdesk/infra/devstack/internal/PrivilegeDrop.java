package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.helpdesk.infra.devstack.DevStackException;

/**
 * How to run a server that refuses to run as root (Elasticsearch) when this JVM is root, as on CI.
 *
 * <p>Preferred: a user namespace in which root is mapped to uid 1000 ({@code unshare --user --map-user=1000}).
 * The server sees a non-root uid, while the kernel still checks files as our own user, so the shared cache
 * and data folders need no changes. Plain {@code unshare -U} (as zonky does for PostgreSQL) leaves the uid
 * unmapped, and then Elasticsearch's entitlement agent cannot attach to its own JVM. Fallback: the
 * {@code nobody} user via {@code setpriv}, which needs the node's folders handed over to that user.
 */
public record PrivilegeDrop(Kind kind, List<String> commandPrefix) {

    /** Forces a kind ({@code namespace} or {@code nobody}) when running as root, for troubleshooting. */
    public static final String RUN_AS_ENV = "HELPDESK_ES_RUN_AS";

    static final int NAMESPACE_UID = 1000;
    static final int NOBODY_UID = 65534;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    public enum Kind {
        NOT_NEEDED,
        USER_NAMESPACE,
        NOBODY
    }

    public PrivilegeDrop {
        commandPrefix = List.copyOf(commandPrefix);
    }

    static PrivilegeDrop notNeeded() {
        return new PrivilegeDrop(Kind.NOT_NEEDED, List.of());
    }

    static PrivilegeDrop userNamespace() {
        return new PrivilegeDrop(
                Kind.USER_NAMESPACE,
                List.of("unshare", "--user", "--map-user=" + NAMESPACE_UID, "--map-group=" + NAMESPACE_UID));
    }

    static PrivilegeDrop nobody() {
        return new PrivilegeDrop(
                Kind.NOBODY, List.of("setpriv", "--reuid=" + NOBODY_UID, "--regid=" + NOBODY_UID, "--clear-groups"));
    }

    /** What works for this JVM: nothing to do unless it runs as root, else the first kind whose probe passes. */
    public static PrivilegeDrop forCurrentUser(Path workingDirectory) {
        if (!runningAsRoot()) {
            return notNeeded();
        }
        String forced = System.getenv().getOrDefault(RUN_AS_ENV, "").trim().toLowerCase(Locale.ROOT);
        List<PrivilegeDrop> candidates = switch (forced) {
            case "" -> List.of(userNamespace(), nobody());
            case "namespace" -> List.of(userNamespace());
            case "nobody" -> List.of(nobody());
            default ->
                throw new DevStackException(RUN_AS_ENV + " must be 'namespace' or 'nobody', was '" + forced + "'");
        };
        List<String> failures = new ArrayList<>();
        for (PrivilegeDrop candidate : candidates) {
            ProcessRun probe = candidate.probe(workingDirectory);
            if (probe.succeeded() && probe.output().strip().equals(String.valueOf(candidate.uid()))) {
                return candidate;
            }
            failures.add(String.join(" ", probe.command()) + " -> exit " + probe.exitCode() + ": "
                    + probe.output().strip());
        }
        throw new DevStackException("Elasticsearch refuses to run as root and this JVM runs as root, but no way to"
                + " drop root worked: " + failures + ". Fix one of: run the build as a non-root user; enable user"
                + " namespaces (sysctl user.max_user_namespaces > 0) and install util-linux >= 2.38 for"
                + " 'unshare --map-user'; or install util-linux for 'setpriv'.");
    }

    public List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(commandPrefix);
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Lets the server write under {@code folder}; only the {@code nobody} kind needs to change anything: it
     * hands the folder over and lets others pass through its parent (the dev stack's data folder, which
     * {@code Files.createTempDirectory} makes private).
     */
    public void grantWriteAccess(Path folder) throws IOException {
        if (kind != Kind.NOBODY) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.toList()) {
                Files.setAttribute(path, "unix:uid", NOBODY_UID);
                Files.setAttribute(path, "unix:gid", NOBODY_UID);
            }
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(parent, permissions);
        }
    }

    /** Whether the server, run this way, can read {@code readable} and write {@code writable}; empty if so. */
    public String checkAccess(Path readable, Path writable) {
        if (kind == Kind.NOT_NEEDED) {
            return "";
        }
        ProcessRun check = ProcessRun.of(
                wrap(List.of("test", "-r", readable.toString(), "-a", "-w", writable.toString())),
                Map.of(),
                writable,
                PROBE_TIMEOUT);
        return check.succeeded()
                ? ""
                : "uid " + uid() + " cannot read " + readable + " or write " + writable
                        + " (every parent folder must be searchable by that user, e.g. /root is not)";
    }

    public String describe() {
        return switch (kind) {
            case NOT_NEEDED -> "as the current user";
            case USER_NAMESPACE ->
                "as uid " + NAMESPACE_UID + " in a user namespace (" + String.join(" ", commandPrefix) + ")";
            case NOBODY -> "as nobody (" + String.join(" ", commandPrefix) + ")";
        };
    }

    private int uid() {
        return kind == Kind.USER_NAMESPACE ? NAMESPACE_UID : NOBODY_UID;
    }

    private ProcessRun probe(Path workingDirectory) {
        return ProcessRun.of(wrap(List.of("id", "-u")), Map.of(), workingDirectory, PROBE_TIMEOUT);
    }

    static boolean runningAsRoot() {
        try {
            // /proc/self belongs to the effective user of this process.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
