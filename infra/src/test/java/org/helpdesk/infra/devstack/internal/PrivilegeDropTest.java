package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivilegeDropTest {

    @Test
    void userNamespaceMapsRootToAnOrdinaryUid() {
        assertThat(PrivilegeDrop.userNamespace().wrap(List.of("bin/elasticsearch")))
                .containsExactly("unshare", "--user", "--map-user=1000", "--map-group=1000", "bin/elasticsearch");
    }

    @Test
    void whateverThisMachineNeedsTheServerDoesNotRunAsRoot(@TempDir Path folder) {
        PrivilegeDrop drop = PrivilegeDrop.forCurrentUser(folder);

        ProcessRun id = ProcessRun.of(drop.wrap(List.of("id", "-u")), Map.of(), folder, Duration.ofSeconds(10));

        assertThat(id.succeeded()).as(id.output()).isTrue();
        assertThat(id.output().strip()).isNotEqualTo("0");
    }
}
