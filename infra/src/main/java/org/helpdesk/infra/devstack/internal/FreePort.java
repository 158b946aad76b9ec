package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports for servers that start seconds after the port is chosen.
 *
 * <p>Ports come from outside the kernel's ephemeral range: a port the OS hands out for {@code bind(0)} is also
 * what it hands out to outgoing connections, and one such connection (JDBC, health polls) made in those seconds
 * was seen to take an Elasticsearch port ("Address already in use").
 */
public final class FreePort {

    static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 100;

    private FreePort() {}

    /** A port nobody listens on right now (another process may still take it later). */
    public static int find() {
        int[] ephemeral = ephemeralRange();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = candidate(ephemeral[0], ephemeral[1]);
            if (candidate == 0) {
                break;
            }
            if (!isTaken(candidate)) {
                return candidate;
            }
        }
        return anyPort();
    }

    /** Whether something listens on the loopback port, e.g. a server left over from a crashed run. */
    public static boolean isTaken(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A random port in [LOWEST, 65535] outside [ephemeralLow, ephemeralHigh]; 0 if there is none. */
    static int candidate(int ephemeralLow, int ephemeralHigh) {
        int below = Math.max(0, ephemeralLow - LOWEST);
        int above = Math.max(0, 65_535 - Math.max(ephemeralHigh, LOWEST - 1));
        if (below + above == 0) {
            return 0;
        }
        int pick = ThreadLocalRandom.current().nextInt(below + above);
        return pick < below ? LOWEST + pick : Math.max(ephemeralHigh, LOWEST - 1) + 1 + (pick - below);
    }

    private static int[] ephemeralRange() {
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .trim()
                    .split("\\s+");
            return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {32_768, 60_999}; // Linux's default
        }
    }

    private static int anyPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot find a free port on the loopback interface", e);
        }
    }
}
