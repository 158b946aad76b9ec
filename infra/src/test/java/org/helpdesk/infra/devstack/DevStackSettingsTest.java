package org.helpdesk.infra.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevStackSettingsTest {

    @Test
    void localRunKeepsDataInTheWorkingDirectory(@TempDir Path workingDir) {
        DevStackSettings settings = DevStackSettings.localRun(workingDir);

        assertThat(settings.dataDir()).isEqualTo(workingDir.resolve(".helpdesk/data"));
        assertThat(settings.keepData()).isTrue();
        assertThat(settings.elasticsearchHeapMb()).isEqualTo(512);
    }

    @Test
    void testsGetAFreshTemporaryDataDirThatIsNotKept() throws Exception {
        DevStackSettings first = DevStackSettings.forTests();
        DevStackSettings second = DevStackSettings.forTests();
        try {
            assertThat(first.dataDir()).isDirectory().isNotEqualTo(second.dataDir());
            assertThat(first.keepData()).isFalse();
            assertThat(first.keycloak()).isFalse();
            assertThat(first.cacheDir()).isEqualTo(second.cacheDir());
        } finally {
            Files.deleteIfExists(first.dataDir());
            Files.deleteIfExists(second.dataDir());
        }
    }

    @Test
    void cacheLivesUnderTheUsersCacheFolderUnlessConfigured() {
        Path home = Path.of("/home/agent");

        assertThat(DevStackSettings.cacheDir(Map.of(), home)).isEqualTo(Path.of("/home/agent/.cache/helpdesk"));
        assertThat(DevStackSettings.cacheDir(Map.of("HELPDESK_CACHE_DIR", "/ci/cache"), home))
                .isEqualTo(Path.of("/ci/cache"));
    }

    @Test
    void refusesAHeapElasticsearchCannotStartWith() {
        DevStackSettings settings = DevStackSettings.localRun(Path.of("app"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings.withElasticsearchHeapMb(64))
                .withMessageContaining("at least 128");
        assertThat(settings.withElasticsearchHeapMb(256).elasticsearchHeapMb()).isEqualTo(256);
    }

    @Test
    void keycloakIsOptInAndKeepsTheOtherSettings(@TempDir Path workingDir) {
        DevStackSettings localRun = DevStackSettings.localRun(workingDir).withElasticsearchHeapMb(256);

        DevStackSettings withKeycloak = localRun.withKeycloak(true);

        assertThat(localRun.keycloak()).isFalse();
        assertThat(withKeycloak.keycloak()).isTrue();
        assertThat(withKeycloak.withKeycloak(false)).isEqualTo(localRun);
        assertThat(withKeycloak.elasticsearchHeapMb()).isEqualTo(256);
        assertThat(withKeycloak.withElasticsearchHeapMb(512).keycloak()).isTrue();
    }

    @Test
    void theConstructorWithoutKeycloakStillWorks() {
        DevStackSettings settings = new DevStackSettings(Path.of("data"), Path.of("cache"), true, 256);

        assertThat(settings.keycloak()).isFalse();
        assertThat(settings).isEqualTo(new DevStackSettings(Path.of("data"), Path.of("cache"), true, 256, false));
    }

    @Test
    void pathsAreAbsolute() {
        DevStackSettings settings = new DevStackSettings(Path.of("data"), Path.of("cache"), false, 512);

        assertThat(settings.dataDir()).isAbsolute();
        assertThat(settings.cacheDir()).isAbsolute();
    }
}
