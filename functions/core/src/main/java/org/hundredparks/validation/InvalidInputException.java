package org.hundredparks.validation;

import java.util.List;

/**
 * Input that breaks a rule. Each violation names a stable code, the field path as the client sent it
 * (e.g. {@code trl}, {@code contact.mobile}) and a Chinese message for the person who typed it.
 */
public class InvalidInputException extends RuntimeException {

    public record Violation(String code, String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String code, String field, String message) {
        this(List.of(new Violation(code, field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
