package org.allianceplanner.io;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageEn()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message, String messageEn) {
        return new InvalidInputException(List.of(new FieldProblem(field, message, messageEn)));
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
