package org.helpdesk.feedback.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.helpdesk.feedback.FeedbackImports;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs queued imports one after another in the background; an import a stopped instance left is taken over. */
@Component
class FeedbackImportRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedbackImportRunner.class);

    private final FeedbackImports imports;
    private @Nullable ScheduledExecutorService executor;

    FeedbackImportRunner(FeedbackImports imports) {
        this.imports = imports;
    }

    private void drain() {
        try {
            while (imports.runNext()) {
                // next one
            }
        } catch (RuntimeException e) {
            log.warn("Running imports failed; will try again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "feedback-import");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
