package org.allianceplanner.messages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A text a user reads, by code: its key in {@code messages_zh.properties} and
 * {@code messages_en.properties} and the arguments that fill the key's {@code {0}}, {@code {1}}…
 * Arguments are plain values (text, numbers), nested messages, or {@link Localized} values that read
 * differently in each language. Nothing is rendered until an edge (the HTTP answer, the command line,
 * a workbook) asks for a language.
 */
public record Message(String code, List<Object> args) {

    public Message {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A message needs a code");
        }
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    public String in(Locale locale) {
        return Messages.render(this, locale);
    }

    /** The text in Chinese. */
    public String zh() {
        return Messages.render(this, Messages.ZH);
    }

    /** The text in English. */
    public String en() {
        return Messages.render(this, Messages.EN);
    }

    /** Both languages as one line, Chinese first: "方案不存在 / Plan not found". */
    public String both() {
        return zh() + " / " + en();
    }

    /** The same message with each argument (and each argument of nested messages) passed through {@code f}. */
    public Message mapArgs(UnaryOperator<Object> f) {
        return new Message(code, args.stream().map(a -> a instanceof Message m ? m.mapArgs(f) : f.apply(a)).toList());
    }

    /** The same arguments under another code, as when an edge words a rule in its own terms. */
    public Message withCode(String otherCode) {
        return new Message(otherCode, args);
    }

    @Override
    public String toString() {
        return code + args;
    }
}
