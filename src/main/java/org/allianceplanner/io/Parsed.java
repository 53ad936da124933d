package org.allianceplanner.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A document read from JSON as far as it could be read, with what was wrong while reading it (wrong
 * types, unknown fields, unknown enum values: those fields are null in {@code value}). For callers
 * that add their own checks before answering, so that one answer lists every problem.
 */
public record Parsed<T>(T value, List<FieldProblem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    /** The value, or {@link InvalidInputException} listing the reading problems. */
    public T orThrow() {
        return orThrowWith(List.of());
    }

    /** The value, or {@link InvalidInputException} listing the reading problems and {@code more}. */
    public T orThrowWith(List<FieldProblem> more) {
        if (problems.isEmpty() && more.isEmpty()) {
            return value;
        }
        List<FieldProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        throw new InvalidInputException(all);
    }
}
