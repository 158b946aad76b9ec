package org.helpdesk.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's memory: heap in use after a full collection, and resident set size from /proc/self/status. */
final class MemoryProbe {

    private MemoryProbe() {}

    /** Heap in use after {@code System.gc()}, in MB. */
    static double heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
    }

    /** {@code VmRSS} (now) in MB. */
    static double rssMb() {
        return statusKb("VmRSS:") / 1024.0;
    }

    /** {@code VmHWM} (the highest resident set size so far) in MB. */
    static double peakRssMb() {
        return statusKb("VmHWM:") / 1024.0;
    }

    private static long statusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.substring(field.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/self/status", e);
        }
    }
}
