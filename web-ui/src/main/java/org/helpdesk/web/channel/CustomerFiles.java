package org.helpdesk.web.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.TicketSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a customer sends with the form or a reply, as the desk takes them. A file input left empty still sends
 * a nameless empty part; that one is no file. What a file may be is for the attachment rules of the ticket desk.
 */
final class CustomerFiles {

    private CustomerFiles() {}

    static List<AttachmentUpload> of(@Nullable List<MultipartFile> files) {
        List<AttachmentUpload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (!file.isEmpty() || (name != null && !name.isBlank())) {
                uploads.add(upload(file));
            }
        }
        return uploads;
    }

    /** The largest file in whole megabytes, for the hint beside the file input. */
    static long maxMegabytes(TicketSettings settings) {
        return Math.max(1, settings.attachmentMaxSize().toMegabytes());
    }

    private static AttachmentUpload upload(MultipartFile file) {
        try {
            return new AttachmentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
