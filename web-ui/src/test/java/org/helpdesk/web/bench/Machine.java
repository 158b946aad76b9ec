package org.helpdesk.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the run was measured on: CPU model and cores, memory, JDK, operating system. */
final class Machine {

    private Machine() {}

    static String describe() {
        return "%s, %d cores, %.1f GB RAM, %s %s (%s), %s %s"
                .formatted(
                        cpuModel(),
                        Runtime.getRuntime().availableProcessors(),
                        memoryKb() / 1024.0 / 1024.0,
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.runtime.version"),
                        System.getProperty("java.vm.vendor"),
                        osName(),
                        System.getProperty("os.arch"));
    }

    /** The 1-minute load average (other work on a shared machine shows here), or -1 if unknown. */
    static double loadAverage() {
        return lines("/proc/loadavg").stream()
                .map(l -> l.split("\\s+")[0])
                .mapToDouble(Double::parseDouble)
                .findFirst()
                .orElse(-1);
    }

    private static String cpuModel() {
        return lines("/proc/cpuinfo").stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    private static long memoryKb() {
        return lines("/proc/meminfo").stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> l.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(Runtime.getRuntime().maxMemory() / 1024);
    }

    private static String osName() {
        return lines("/etc/os-release").stream()
                .filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", ""))
                .findFirst()
                .orElse(System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
