package org.helpdesk.ticket.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.TicketSettings;

/**
 * Decides whether an uploaded file may be stored. Name and content type come from the client, so neither is
 * trusted: the type must be on the allow-list, the name must not claim an executable or web page, and the
 * bytes must not look like HTML or SVG (which a browser might run). Stored files are always served as downloads.
 */
public final class AttachmentPolicy {

    private static final Set<String> ACTIVE_EXTENSIONS = Set.of(
            "html", "htm", "xhtml", "svg", "svgz", "js", "mjs", "xml", "exe", "dll", "bat", "cmd", "com", "sh", "ps1",
            "vbs", "jar", "msi", "php", "jsp", "scr", "hta", "swf");
    private static final String[] ACTIVE_MARKERS = {"<html", "<script", "<svg", "<!doctype", "<?xml", "<iframe"};
    private static final int FILENAME_MAX = 255;

    private final TicketSettings settings;

    public AttachmentPolicy(TicketSettings settings) {
        this.settings = settings;
    }

    /** The file as it will be stored, or an exception saying why it cannot be. */
    public Checked check(AttachmentUpload upload) {
        long limit = settings.attachmentMaxSize().toBytes();
        if (upload.content().length > limit) {
            throw new ContentTooLargeException("The file", limit);
        }
        if (upload.content().length == 0) {
            throw InvalidInputException.of("file", "empty", "the file is empty");
        }
        String filename = filename(upload.filename());
        String contentType = contentType(upload.contentType());
        if (!settings.attachmentTypes().contains(contentType)) {
            throw InvalidInputException.of(
                    "file", "unsupported_type", "files of type " + contentType + " are not accepted");
        }
        if (ACTIVE_EXTENSIONS.contains(extension(filename)) || looksActive(upload.content())) {
            throw InvalidInputException.of(
                    "file", "unsupported_type", "web pages, scripts and programs are not accepted as attachments");
        }
        return new Checked(filename, contentType, upload.content(), sha256(upload.content()));
    }

    /** The base name only (no folders), without control characters, never empty. */
    static String filename(String claimed) {
        String name = claimed == null ? "" : claimed;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment";
        }
        return name.length() > FILENAME_MAX ? name.substring(name.length() - FILENAME_MAX) : name;
    }

    private static String contentType(String claimed) {
        if (claimed == null || claimed.isBlank()) {
            return "application/octet-stream";
        }
        int parameters = claimed.indexOf(';');
        return (parameters < 0 ? claimed : claimed.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksActive(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String marker : ACTIVE_MARKERS) {
            if (head.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A file that passed the checks. */
    public record Checked(String filename, String contentType, byte[] content, String sha256) {}
}
