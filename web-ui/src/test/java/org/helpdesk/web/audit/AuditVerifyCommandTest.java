package org.helpdesk.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.audit.AuditVerification;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.GenericApplicationContext;

class AuditVerifyCommandTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void intactTrailPrintsItsHeadAndExitsWithZero() {
        Outcome outcome = run(new AuditVerification(true, 12, null, null, null, 12L, "ab".repeat(32), NOW));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.printed()).contains("intact", "12 entries", "ab".repeat(32));
    }

    @Test
    void brokenTrailNamesTheFirstBrokenEntryAndExitsWithOne() {
        Outcome outcome = run(new AuditVerification(
                false, 7, 7L, "content_mismatch", "its content does not match its hash", null, null, NOW));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.printed()).contains("BROKEN at entry 7", "content does not match");
    }

    private static Outcome run(AuditVerification result) {
        AuditTrail trail = mock(AuditTrail.class);
        when(trail.verify()).thenReturn(result);
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exitCode = new AtomicInteger(-1);

        new AuditVerifyCommand(trail, context, new PrintStream(out, true, StandardCharsets.UTF_8), exitCode::set)
                .run(new DefaultApplicationArguments());

        assertThat(context.isActive()).as("the application is shut down").isFalse();
        return new Outcome(exitCode.get(), out.toString(StandardCharsets.UTF_8));
    }

    private record Outcome(int exitCode, String printed) {}
}
