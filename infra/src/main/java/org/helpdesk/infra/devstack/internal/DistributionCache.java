package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.helpdesk.infra.devstack.DevStackException;

/**
 * Unpacked server distributions in a folder that outlives builds ({@code mvn clean} does not touch it).
 *
 * <p>Each distribution is unpacked once under a version-keyed name. Unpacking happens in a staging folder
 * that is renamed into place only when complete, under a file lock, so concurrent JVMs neither collide nor
 * see half-unpacked folders.
 */
public final class DistributionCache {

    /** Runs on the unpacked copy before it becomes visible, e.g. to install plugins. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(Path home) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(DistributionCache.class.getName());
    private static final String STAGING_MARK = ".staging-";

    private final Path cacheDir;

    public DistributionCache(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The home folder of a distribution unpacked earlier, if any. */
    public Optional<Path> find(String name) {
        Path home = cacheDir.resolve(name);
        return Files.isDirectory(home) ? Optional.of(home) : Optional.empty();
    }

    /**
     * The distribution's home folder {@code cacheDir/name}, unpacked from {@code zip} (without the zip's single
     * top-level folder) and prepared, unless that was done before.
     */
    public Path unpack(Path zip, String name, Preparation preparation) {
        Path home = cacheDir.resolve(name);
        if (Files.isDirectory(home)) {
            return home;
        }
        // The file lock guards against other JVMs; the class lock against other threads of this JVM,
        // which FileChannel.lock() would answer with OverlappingFileLockException.
        synchronized (DistributionCache.class) {
            try {
                Files.createDirectories(cacheDir);
                try (FileChannel lockFile = FileChannel.open(
                                cacheDir.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock lock = lockFile.lock()) {
                    if (!Files.isDirectory(home)) {
                        unpackLocked(zip, name, home, preparation);
                    }
                }
                return home;
            } catch (IOException | UncheckedIOException e) {
                throw new DevStackException(
                        "Cannot unpack and prepare " + zip + " into " + home + ": " + e.getMessage()
                                + ". Check free disk space and write access to " + cacheDir
                                + " (or set HELPDESK_CACHE_DIR).",
                        e);
            }
        }
    }

    private void unpackLocked(Path zip, String name, Path home, Preparation preparation) throws IOException {
        deleteLeftoverStaging(name);
        Path staging = cacheDir.resolve("." + name + STAGING_MARK + UUID.randomUUID());
        try {
            long started = System.nanoTime();
            extract(zip, staging);
            Path unpackedHome = singleTopFolderOrSelf(staging);
            preparation.prepare(unpackedHome);
            Files.move(unpackedHome, home, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(
                    System.Logger.Level.INFO,
                    "Unpacked {0} into {1} in {2} ms",
                    zip.getFileName(),
                    home,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            FileTrees.deleteIfExists(staging);
        }
    }

    private void deleteLeftoverStaging(String name) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(cacheDir, "." + name + STAGING_MARK + "*")) {
            for (Path leftover : leftovers) {
                FileTrees.deleteIfExists(leftover);
            }
        }
    }

    /** Extracts with the Unix permissions stored in the zip, so that scripts stay executable. */
    static void extract(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(zipFs.getPath("/"))) {
            List<Path> files = new ArrayList<>();
            entries.forEach(files::add);
            for (Path entry : files) {
                extractEntry(entry, target);
            }
        }
    }

    private static void extractEntry(Path entry, Path target) throws IOException {
        String relative = entry.getRoot() == null
                ? entry.toString()
                : entry.getRoot().relativize(entry).toString();
        Path destination = target.resolve(relative).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("Zip entry " + entry + " points outside " + target);
        }
        if (Files.isDirectory(entry)) {
            Files.createDirectories(destination);
            return;
        }
        Files.createDirectories(destination.getParent());
        Files.copy(entry, destination, StandardCopyOption.REPLACE_EXISTING);
        Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(entry));
        permissions.add(PosixFilePermission.OWNER_READ);
        permissions.add(PosixFilePermission.OWNER_WRITE);
        Files.setPosixFilePermissions(destination, permissions);
    }

    private static Path singleTopFolderOrSelf(Path staging) throws IOException {
        try (Stream<Path> children = Files.list(staging)) {
            List<Path> top = children.toList();
            return top.size() == 1 && Files.isDirectory(top.get(0)) ? top.get(0) : staging;
        }
    }
}
