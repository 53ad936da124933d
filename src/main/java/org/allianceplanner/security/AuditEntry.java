package org.allianceplanner.security;

import java.time.Instant;

/**
 * One row of the audit trail: who (null: not signed in), when, what kind, the request, which plan,
 * scope and subject (an organization, community, user or token), the HTTP status and the outcome
 * (SUCCEEDED, REFUSED for 401/403, FAILED for any other error).
 */
public record AuditEntry(Long id, Instant at, String user, AuditKind kind, String method, String path, String planId,
        String scope, String subject, Integer status, String outcome) {

    static String outcomeOf(int status) {
        return status < 400 ? "SUCCEEDED" : status == 401 || status == 403 ? "REFUSED" : "FAILED";
    }
}
