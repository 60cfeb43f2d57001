package dev.renewal.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule pack could not be built; lists every error with resource, line and message. */
public final class RuleCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleError> errors;

    RuleCompilationException(List<RuleError> errors) {
        super(errors.size() + " rule error(s):\n" + errors.stream().map(RuleError::toString)
                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every error found, never empty. */
    public List<RuleError> errors() {
        return errors;
    }
}
