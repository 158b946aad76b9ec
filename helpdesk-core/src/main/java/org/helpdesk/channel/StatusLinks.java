package org.helpdesk.channel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.helpdesk.channel.internal.ChannelSecrets;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.Tickets;
import org.springframework.stereotype.Service;

/**
 * The signed link that shows a customer their ticket without an account: {@code /status/HD-1001/<signature>}.
 * The signature is an HMAC of the ticket's id (not its guessable number), so a link cannot be made up for
 * another ticket, and it stays valid for the life of the ticket.
 */
@Service
public class StatusLinks {

    private static final int SIGNATURE_CHARS = 27; // 160 bits of the HMAC, URL-safe

    private final ChannelSecrets secrets;
    private final Tickets tickets;
    private final URI base;

    StatusLinks(ChannelSecrets secrets, Tickets tickets, ChannelProperties properties) {
        this.secrets = secrets;
        this.tickets = tickets;
        String url = properties.publicBaseUrl().toString();
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The address of the ticket's status page, for mails and the form's confirmation. */
    public URI link(Ticket ticket) {
        return URI.create(base + path(ticket));
    }

    /** The same link without the host: for redirects inside the app. */
    public String path(Ticket ticket) {
        return "/status/" + ticket.reference() + "/" + signature(ticket.id());
    }

    /** The ticket the link names, when its signature is right; empty for unknown tickets and wrong signatures alike. */
    public Optional<Ticket> open(String reference, String signature) {
        Ticket ticket;
        try {
            ticket = tickets.get(reference);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        boolean valid = MessageDigest.isEqual(
                signature(ticket.id()).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(ticket) : Optional.empty();
    }

    String signature(TicketId id) {
        byte[] mac = secrets.sign("status-link", id.value().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, SIGNATURE_CHARS);
    }
}
