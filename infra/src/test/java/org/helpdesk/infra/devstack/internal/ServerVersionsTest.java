package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerVersionsTest {

    @Test
    void elasticsearchVersionComesFromTheBuild() {
        assertThat(ServerVersions.elasticsearch()).matches("8\\.19\\.\\d+");
    }

    @Test
    void keycloakVersionComesFromTheBuild() {
        assertThat(ServerVersions.keycloak()).matches("26\\.\\d+\\.\\d+");
    }
}
