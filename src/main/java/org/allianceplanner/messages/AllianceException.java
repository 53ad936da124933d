package org.allianceplanner.messages;

/**
 * A request that cannot be done, told by code: a title (what kind of failure) and a detail (this
 * case). The edges render both languages; {@link #getMessage()} is the English detail, for logs.
 * Subclasses say how it answers: {@link NotFoundException} (404), {@link ConflictException} (409),
 * and bad input ({@code io.InvalidInputException}, 400).
 */
public abstract class AllianceException extends RuntimeException {

    private final Message title;
    private final Message detail;

    protected AllianceException(Message title, Message detail) {
        super(detail.en());
        this.title = title;
        this.detail = detail;
    }

    public Message title() {
        return title;
    }

    public Message detail() {
        return detail;
    }
}
