package org.allianceplanner.security;

/** What an audit row records: the kind of state-changing request (or sign-in event). */
public enum AuditKind {
    /** A plan submitted (new, imported, re-solved from a hand edit). */
    SUBMIT,
    /** Solving stopped early. */
    STOP,
    /** A plan renamed, archived or brought back. */
    UPDATE_PLAN,
    /** A plan (or rebalancing proposal) adopted as its scope's plan in force. */
    ADOPT,
    /** A master-data change: an organization or community added, changed or removed, needs, a data upload. */
    MASTER_DATA,
    /** Rebalancing started. */
    REBALANCE,
    /** A user created, changed or removed. */
    USER,
    /** An access token created or revoked. */
    TOKEN,
    /** A failed sign-in (wrong password, unknown user, locked out). */
    SIGN_IN_FAILURE
}
