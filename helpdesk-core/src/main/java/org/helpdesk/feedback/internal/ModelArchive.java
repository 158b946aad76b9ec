package org.helpdesk.feedback.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.helpdesk.analysis.TrainedModel;

/** A trained model's directory as one zip in a database row, and back. */
public final class ModelArchive {

    private static final long MAX_ENTRY = 200L * 1024 * 1024;

    private ModelArchive() {}

    public static byte[] zip(TrainedModel model) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("helpdesk-model");
            model.save(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    var files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack the model", e);
        } finally {
            delete(dir);
        }
    }

    public static TrainedModel unzip(byte[] content) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("helpdesk-model");
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = dir.resolve(entry.getName()).normalize();
                    if (!target.getParent().equals(dir) || entry.isDirectory()) {
                        throw new IOException("unexpected entry " + entry.getName() + " in a model archive");
                    }
                    byte[] data = zip.readNBytes((int) Math.min(MAX_ENTRY, Integer.MAX_VALUE - 8));
                    Files.write(target, data);
                }
            }
            return TrainedModel.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the model", e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
