package org.helpdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.helpdesk.channel.internal.ChannelSecrets;
import org.junit.jupiter.api.Test;

class FormStampsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final FormStamps stamps = new FormStamps(secrets(), clock(), properties());

    @Test
    void formSentBackAfterThePersonHadTimeToFillItInIsAccepted() {
        String stamp = stamps.issue();
        now.set(now.get().plusSeconds(40));

        assertThat(stamps.check(stamp)).isEqualTo(FormStamps.Verdict.ACCEPTED);
    }

    @Test
    void formSentBackFasterThanAPersonTypesIsTooFast() {
        String stamp = stamps.issue();
        now.set(now.get().plusMillis(2_999));

        assertThat(stamps.check(stamp)).isEqualTo(FormStamps.Verdict.TOO_FAST);
    }

    @Test
    void formKeptOpenLongerThanItsStampIsValidHasExpired() {
        String stamp = stamps.issue();
        now.set(now.get().plus(Duration.ofHours(2)).plusSeconds(1));

        assertThat(stamps.check(stamp)).isEqualTo(FormStamps.Verdict.EXPIRED);
    }

    @Test
    void stampWithAnotherTimeOrNoSignatureIsInvalid() {
        String stamp = stamps.issue();
        String signature = stamp.substring(stamp.indexOf('.') + 1);
        now.set(now.get().plusSeconds(40));

        assertThat(stamps.check((now.get().toEpochMilli() - 60_000) + "." + signature))
                .isEqualTo(FormStamps.Verdict.INVALID);
        assertThat(stamps.check(stamp.substring(0, stamp.indexOf('.')))).isEqualTo(FormStamps.Verdict.INVALID);
        assertThat(stamps.check("")).isEqualTo(FormStamps.Verdict.INVALID);
        assertThat(stamps.check(null)).isEqualTo(FormStamps.Verdict.INVALID);
    }

    private static ChannelSecrets secrets() {
        ChannelSecrets secrets = mock(ChannelSecrets.class);
        when(secrets.sign(eq("form-stamp"), anyString()))
                .thenAnswer(call -> ("signed:" + call.getArgument(1)).getBytes(StandardCharsets.UTF_8));
        return secrets;
    }

    private static ChannelProperties properties() {
        ChannelProperties properties = mock(ChannelProperties.class);
        when(properties.form()).thenReturn(new ChannelProperties.Form(Duration.ofSeconds(3), Duration.ofHours(2), 5));
        return properties;
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
