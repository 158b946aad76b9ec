package org.helpdesk.sla;

import java.time.LocalDate;

/** A day on which the calendar has no business hours at all. */
public record Holiday(LocalDate day, String name) {}
