package org.helpdesk.web.ticket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The conversation of a ticket over REST: replies, notes, recorded customer messages and files. */
@RestController
class ConversationApi {

    private final Tickets tickets;

    ConversationApi(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping(path = "/api/v1/tickets/{reference}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Message> messages(@PathVariable String reference) {
        return tickets.messages(tickets.get(reference, Viewers.of(tickets)).id(), true);
    }

    /** Adds a message: {@code {"body": "...", "visibility": "PUBLIC|INTERNAL", "from": "AGENT|CUSTOMER"}}. */
    @PostMapping(
            path = "/api/v1/tickets/{reference}/messages",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(TicketApi.WRITERS)
    ResponseEntity<Message> post(@PathVariable String reference, @RequestBody MessageDraft draft, Principal principal) {
        Message message = tickets.post(reference, draft, List.of(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + reference + "/messages"))
                .body(message);
    }

    /** The same as JSON, with files attached to the message (multipart form: body, visibility, from, files). */
    @PostMapping(
            path = "/api/v1/tickets/{reference}/messages",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(TicketApi.WRITERS)
    ResponseEntity<Message> postWithFiles(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String visibility,
            @RequestParam(required = false) @Nullable String from,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal) {
        Message message =
                tickets.post(reference, new MessageDraft(body, visibility, from), uploads(files), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + reference + "/messages"))
                .body(message);
    }

    @GetMapping(path = "/api/v1/tickets/{reference}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Attachment> attachments(@PathVariable String reference) {
        return tickets.attachments(tickets.get(reference, Viewers.of(tickets)).id());
    }

    @PostMapping(
            path = "/api/v1/tickets/{reference}/attachments",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(TicketApi.WRITERS)
    ResponseEntity<Attachment> attach(
            @PathVariable String reference, @RequestPart("file") MultipartFile file, Principal principal) {
        Attachment attachment = tickets.attach(reference, upload(file), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/attachments/" + attachment.id()))
                .body(attachment);
    }

    /** The file itself, always as a download that the browser will not run or sniff. */
    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        return AttachmentDownload.of(tickets.attachment(id, Viewers.of(tickets)));
    }

    static List<AttachmentUpload> uploads(@Nullable List<MultipartFile> files) {
        List<AttachmentUpload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()
                        || (file.getOriginalFilename() != null
                                && !file.getOriginalFilename().isBlank())) {
                    uploads.add(upload(file));
                }
            }
        }
        return uploads;
    }

    static AttachmentUpload upload(MultipartFile file) {
        try {
            return new AttachmentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
