package org.allianceplanner.messages;

/**
 * A request the caller's role or scopes do not allow: answered with 403. (Without credentials at all
 * the answer is 401, from the security filter, with {@code error.notSignedIn.*}.)
 */
public class NotAllowedException extends AllianceException {

    public NotAllowedException(Message title, Message detail) {
        super(title, detail);
    }

    /** The caller's role is below what the request needs. */
    public static NotAllowedException role() {
        return new NotAllowedException(Message.of("error.forbidden.title"), Message.of("error.forbidden.detail"));
    }

    /** The scope is not one of the caller's scopes. */
    public static NotAllowedException scope(String scope) {
        return new NotAllowedException(Message.of("error.forbidden.title"), Message.of("error.forbidden.scope", scope));
    }
}
