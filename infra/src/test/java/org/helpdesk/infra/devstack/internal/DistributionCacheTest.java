package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.helpdesk.infra.devstack.DevStackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionCacheTest {

    @TempDir
    Path folder;

    @Test
    void unpacksOnceWithoutTheTopFolderAndKeepsScriptsExecutable() throws IOException {
        Path zip = serverZip();
        DistributionCache cache = new DistributionCache(folder.resolve("cache"));
        AtomicInteger preparations = new AtomicInteger();

        Path home = cache.unpack(zip, "server-1.0-abc", unpacked -> preparations.incrementAndGet());
        Path again = cache.unpack(zip, "server-1.0-abc", unpacked -> preparations.incrementAndGet());

        assertThat(home).isEqualTo(folder.resolve("cache/server-1.0-abc")).isEqualTo(again);
        assertThat(preparations).hasValue(1);
        assertThat(home.resolve("bin/server")).isExecutable().hasContent("#!/bin/sh");
        assertThat(home.resolve("config/server.yml"))
                .hasContent("port: 1")
                .satisfies(file -> assertThat(Files.getPosixFilePermissions(file))
                        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--")));
        assertThat(cache.find("server-1.0-abc")).contains(home);
    }

    @Test
    void preparationRunsBeforeTheFolderBecomesVisible() throws IOException {
        DistributionCache cache = new DistributionCache(folder.resolve("cache"));

        Path home = cache.unpack(serverZip(), "server", unpacked -> {
            assertThat(folder.resolve("cache/server")).doesNotExist();
            Files.writeString(unpacked.resolve("plugins.txt"), "installed");
        });

        assertThat(home.resolve("plugins.txt")).hasContent("installed");
    }

    @Test
    void failedPreparationLeavesNoHalfPreparedFolder() throws IOException {
        DistributionCache cache = new DistributionCache(folder.resolve("cache"));

        assertThatThrownBy(() -> cache.unpack(serverZip(), "server", unpacked -> {
                    throw new IOException("plugin install failed");
                }))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("plugin install failed");
        assertThat(cache.find("server")).isEmpty();
        try (var leftovers = Files.list(folder.resolve("cache"))) {
            assertThat(leftovers)
                    .allSatisfy(
                            path -> assertThat(path.getFileName().toString()).endsWith(".lock"));
        }
    }

    private Path serverZip() throws IOException {
        Path zip = folder.resolve("server-1.0.zip");
        Files.deleteIfExists(zip);
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem zipFs =
                FileSystems.newFileSystem(uri, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            Path bin = Files.createDirectories(zipFs.getPath("/server-1.0/bin"));
            Files.writeString(bin.resolve("server"), "#!/bin/sh");
            Files.setPosixFilePermissions(bin.resolve("server"), PosixFilePermissions.fromString("rwxr-xr-x"));
            Path config = Files.createDirectories(zipFs.getPath("/server-1.0/config"));
            Files.writeString(config.resolve("server.yml"), "port: 1");
            Files.setPosixFilePermissions(config.resolve("server.yml"), PosixFilePermissions.fromString("rw-r--r--"));
        }
        return zip;
    }
}
