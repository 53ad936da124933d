package org.allianceplanner.store;

import java.time.Instant;

/**
 * One row of {@code plans}. The documents ({@code problemJson}, {@code solutionJson}) and the
 * progress are loaded only where they are needed, and are null otherwise.
 */
public record StoredPlan(
        String id,
        long seq,
        String name,
        String scope,
        String origin,
        String basedOn,
        Integer baseRevision,
        String status,
        String score,
        String kpisJson,
        long timeLimitMs,
        Long unimprovedMs,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt,
        Instant savedAt,
        long spentMs,
        String owner,
        Instant leaseUntil,
        boolean stopRequested,
        int attempts,
        String error,
        String documentError,
        long version,
        boolean adopted,
        boolean archived,
        String source,
        String progressJson,
        String problemJson,
        String solutionJson) {

    /**
     * A plan to insert, QUEUED. {@code source} says where its problem came from (a dataset's name, a
     * file's name), {@code basedOn} the plan it re-plans or was re-solved from.
     */
    public record New(String id, String name, String scope, String origin, String basedOn, Integer baseRevision,
            String problemJson, String kpisJson, long timeLimitMs, Long unimprovedMs, Instant submittedAt,
            String source) {

        public New(String id, String name, String scope, String origin, String basedOn, Integer baseRevision,
                String problemJson, String kpisJson, long timeLimitMs, Long unimprovedMs, Instant submittedAt) {
            this(id, name, scope, origin, basedOn, baseRevision, problemJson, kpisJson, timeLimitMs, unimprovedMs,
                    submittedAt, null);
        }
    }

    /** The best solution of a run as it is saved. */
    public record Best(String solutionJson, String score, String kpisJson, String progressJson, long spentMs) {
    }

    /** One claim of a plan by an instance. */
    public record Run(int run, String instance, Instant startedAt, Instant endedAt, String outcome,
            String startScore, String endScore) {
    }
}
