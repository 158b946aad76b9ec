package org.helpdesk.ticket;

import org.jspecify.annotations.Nullable;

/** A file as uploaded: the name and content type are what the client claims, so neither is trusted. */
public record AttachmentUpload(
        @Nullable String filename, @Nullable String contentType, byte[] content) {}
