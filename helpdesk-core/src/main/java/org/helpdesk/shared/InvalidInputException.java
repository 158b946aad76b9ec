package org.helpdesk.shared;

import java.util.List;

/** Input that breaks a rule of the domain; nothing has been written when this is thrown. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, code, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid input");
    }
}
