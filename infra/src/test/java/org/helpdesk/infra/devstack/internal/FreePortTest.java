package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @RepeatedTest(50)
    void candidatesAvoidTheEphemeralRange() {
        assertThat(FreePort.candidate(32_768, 60_999))
                .satisfiesAnyOf(
                        port -> assertThat(port).isBetween(FreePort.LOWEST, 32_767),
                        port -> assertThat(port).isBetween(61_000, 65_535));
    }

    @Test
    void noCandidateWhenTheEphemeralRangeCoversEverything() {
        assertThat(FreePort.candidate(1024, 65_535)).isZero();
    }

    @Test
    void aFoundPortIsFreeAndATakenOneIsNot() throws IOException {
        int port = FreePort.find();

        assertThat(FreePort.isTaken(port)).isFalse();
        try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePort.isTaken(port)).isTrue();
        }
    }
}
