package org.allianceplanner.messages;

/** Something named in a request that does not exist: answered with 404. */
public class NotFoundException extends AllianceException {

    public NotFoundException(Message title, Message detail) {
        super(title, detail);
    }

    private static NotFoundException of(String what, Object... args) {
        return new NotFoundException(Message.of("error." + what + ".title"), Message.of("error." + what + ".detail", args));
    }

    public static NotFoundException plan(String id) {
        return of("planNotFound", id);
    }

    /** A scope with no adopted plan. */
    public static NotFoundException scope(String scope) {
        return of("scopeNotFound", scope);
    }

    public static NotFoundException organization(String id) {
        return of("organizationNotFound", id);
    }

    public static NotFoundException community(String id) {
        return of("communityNotFound", id);
    }

    /** A demo dataset the service does not ship. */
    public static NotFoundException dataset(String name) {
        return of("datasetNotFound", name);
    }

    /** A user the service does not know. */
    public static NotFoundException user(String username) {
        return of("userNotFound", username);
    }

    /** An access token that does not exist (or is not the caller's). */
    public static NotFoundException token(String id) {
        return of("tokenNotFound", id);
    }

    /** A plan submitted without a calendar has no joint activities to show. */
    public static NotFoundException calendar(String planId) {
        return of("noCalendar", planId);
    }
}
