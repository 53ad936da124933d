package org.allianceplanner.io;

import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;

/**
 * One thing wrong with an input: where (a field path such as {@code organizations[3].location.lat},
 * empty for the whole body) and what, as a message by code. The edges render it in Chinese
 * ({@link #message()}) and English ({@link #messageEn()}).
 */
public record FieldProblem(String field, Message text) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, Message.of(code, args));
    }

    /**
     * A problem told as two hand-written sentences, for code written before messages by code.
     *
     * @deprecated give the problem a code and put its texts in messages_zh/en.properties
     */
    @Deprecated
    public FieldProblem(String field, String message, String messageEn) {
        this(field, Message.of("text.verbatim", Localized.term(message, messageEn)));
    }

    public String code() {
        return text.code();
    }

    /** The problem in Chinese. */
    public String message() {
        return text.zh();
    }

    /** The problem in English. */
    public String messageEn() {
        return text.en();
    }

    /** The same problem at another path, as when an edge reports it relative to an item. */
    public FieldProblem at(String otherField) {
        return new FieldProblem(otherField, text);
    }
}
