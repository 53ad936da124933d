package org.allianceplanner.io;

import java.util.List;
import java.util.stream.Collectors;

import org.allianceplanner.messages.AllianceException;
import org.allianceplanner.messages.Message;

/** Input that cannot be used, with every problem found, not just the first: answered with 400. */
public class InvalidInputException extends AllianceException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        this(Message.of("error.invalidInput.title"), Message.of("error.invalidInput.detail", problems.size()), problems);
    }

    protected InvalidInputException(Message title, Message detail, List<FieldProblem> problems) {
        super(title, detail);
        this.problems = List.copyOf(problems);
    }

    /** One problem, by code. */
    public static InvalidInputException at(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, code, args)));
    }

    /**
     * One problem told as two hand-written sentences, for code written before messages by code.
     *
     * @deprecated give the problem a code: {@link #at(String, String, Object...)}
     */
    @Deprecated
    public static InvalidInputException of(String field, String message, String messageEn) {
        return new InvalidInputException(List.of(new FieldProblem(field, message, messageEn)));
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }

    /** Every problem in English, for logs. */
    @Override
    public String getMessage() {
        return problems.stream().map(p -> p.field() + ": " + p.messageEn()).collect(Collectors.joining("; "));
    }
}
