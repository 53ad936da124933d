package org.allianceplanner.plans;

/** A request that the plan or scope cannot take in its current state: answered with 409. */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
