package org.helpdesk.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One ticket, or one survey answer, behind a figure. For tickets: number, reference, subject, status, when it was
 * created and when it counted for this KPI ({@code at}: created, first answered, resolved). For answers: the ticket
 * they are about (if any), the comment as {@code subject}, the survey kind (or the sentiment) as {@code status},
 * and when it was received. {@code value} is what was measured: hours for durations and the backlog's ages, the
 * score for survey answers, the cost of the ticket's work in the period for cost per complaint (in the report's
 * currency; none when its team has no hourly cost). {@code matching} says whether it is one of the matching part.
 */
public record DrillRow(
        @Nullable Long number,
        @Nullable String reference,
        String subject,
        String status,
        Instant createdAt,
        @Nullable Instant at,
        @Nullable BigDecimal value,
        boolean matching) {}
