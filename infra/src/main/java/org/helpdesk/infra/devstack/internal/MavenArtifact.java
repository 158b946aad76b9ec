package org.helpdesk.infra.devstack.internal;

import java.util.Objects;

/**
 * Coordinates of a file in a Maven repository.
 *
 * @param classifier empty when the artifact has none
 */
public record MavenArtifact(String groupId, String artifactId, String version, String extension, String classifier) {

    public MavenArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(classifier, "classifier");
    }

    /** Parses {@code groupId:artifactId:version[:extension[:classifier]]}, the form {@code dependency:get} takes. */
    public static MavenArtifact parse(String coordinates) {
        String[] parts = coordinates.split(":", -1);
        if (parts.length < 3 || parts.length > 5) {
            throw new IllegalArgumentException(
                    "Expected groupId:artifactId:version[:extension[:classifier]], got " + coordinates);
        }
        String extension = parts.length > 3 ? parts[3] : "jar";
        String classifier = parts.length > 4 ? parts[4] : "";
        return new MavenArtifact(parts[0], parts[1], parts[2], extension, classifier);
    }

    public String fileName() {
        String suffix = classifier.isEmpty() ? "" : "-" + classifier;
        return artifactId + "-" + version + suffix + "." + extension;
    }

    /** The file's path inside a repository, the same locally and remotely. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + fileName();
    }

    @Override
    public String toString() {
        String suffix = classifier.isEmpty() ? "" : ":" + classifier;
        return groupId + ":" + artifactId + ":" + version + ":" + extension + suffix;
    }
}
