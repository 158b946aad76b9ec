package org.helpdesk.shared;

/** One reason why a field of a request was rejected; {@code code} is stable, {@code message} is for people. */
public record FieldViolation(String field, String code, String message) {}
