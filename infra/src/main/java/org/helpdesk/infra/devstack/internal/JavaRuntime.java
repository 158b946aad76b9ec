package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Java installation, known by its home folder and feature version (17, 21, 25...). */
public record JavaRuntime(Path home, int featureVersion) {

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?(\\d+)");

    public static JavaRuntime current() {
        return new JavaRuntime(
                Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    /** The runtime at {@code home}, judged by its {@code release} file; empty if there is no usable Java. */
    public static Optional<JavaRuntime> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher version = RELEASE_VERSION.matcher(Files.readString(release));
            return version.find()
                    ? Optional.of(new JavaRuntime(home, Integer.parseInt(version.group(1))))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** All runtimes directly under {@code folder} (e.g. /usr/lib/jvm), newest first. */
    public static List<JavaRuntime> installedUnder(Path folder) {
        List<JavaRuntime> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(folder)) {
            for (Path home : homes) {
                if (!Files.isSymbolicLink(home)) {
                    at(home).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparingInt(JavaRuntime::featureVersion).reversed());
        return found;
    }
}
