package org.helpdesk.feedback;

import java.net.URI;
import java.time.Instant;

/** A survey link ready to go to a customer; the URL holds the secret token, so never store or log it beyond delivery. */
public record SurveyLink(
        long ticketNumber, String customerEmail, SurveyKind kind, String language, URI url, Instant expiresAt) {}
