package org.allianceplanner.store;

import java.time.Instant;

/**
 * One row of {@code scopes}: the adopted plan of a scope and its master data ({@code dataJson}, null
 * unless loaded). {@code revision} counts adoptions and changes; the data changed since adoption when
 * it is above {@code adoptedRevision}, and a rebalancing proposal exists for {@code proposedRevision}.
 */
public record StoredScope(
        String scope,
        String adoptedPlanId,
        Instant adoptedAt,
        int adoptedRevision,
        int revision,
        Instant changedAt,
        int proposedRevision,
        String proposalId,
        String documentError,
        String dataJson) {

    public boolean changedSinceAdoption() {
        return revision > adoptedRevision;
    }

    /** One adoption or master-data change, and who made it (null: the service itself, or before sign-in existed). */
    public record Change(long id, int revision, Instant changedAt, String kind, String subject, String planId,
            String bodyJson, String changedBy) {
    }
}
