package org.helpdesk.web.bench;

import java.time.Duration;
import java.util.Locale;

/** Progress lines on standard output, each with the time since the run began. */
final class Progress {

    private final long started = System.nanoTime();

    void line(String format, Object... args) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                Locale.ROOT,
                "[bench %02d:%02d] %s%n",
                elapsed.toMinutes(),
                elapsed.toSecondsPart(),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
