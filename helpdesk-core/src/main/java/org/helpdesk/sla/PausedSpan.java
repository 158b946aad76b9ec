package org.helpdesk.sla;

import java.time.Instant;

/** A stretch of time during which a ticket's SLA clock stood still (pending, resolved). */
public record PausedSpan(Instant from, Instant to) {}
