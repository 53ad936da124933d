package org.allianceplanner.messages;

/** A request that the plan or scope cannot take in its current state: answered with 409. */
public class ConflictException extends AllianceException {

    public ConflictException(Message title, Message detail) {
        super(title, detail);
    }

    /** Title {@code error.<what>.title}, detail {@code error.<what>.detail} with the arguments. */
    public static ConflictException of(String what, Object... args) {
        return new ConflictException(Message.of("error." + what + ".title"), Message.of("error." + what + ".detail", args));
    }
}
