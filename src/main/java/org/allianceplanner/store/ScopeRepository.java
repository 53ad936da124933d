package org.allianceplanner.store;

import static org.allianceplanner.store.PlanRepository.instant;
import static org.allianceplanner.store.PlanRepository.truncate;
import static org.allianceplanner.store.PlanRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code scopes} table (the adopted plan of each scope and its master data) and the log of
 * changes in {@code scope_changes}. Changes are optimistic: a write names the revision it read and
 * fails when another write came first, so concurrent changes on several instances never get lost.
 */
public class ScopeRepository {

    private static final String COLUMNS = "scope, adopted_plan_id, adopted_at, adopted_revision, revision, changed_at, "
            + "proposed_revision, proposal_id, document_error";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SqlDialect dialect;

    public ScopeRepository(JdbcClient jdbc, TransactionTemplate tx, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.dialect = dialect;
    }

    /** The scope with its master data. */
    public Optional<StoredScope> find(String scope) {
        return jdbc.sql("SELECT " + COLUMNS + ", data FROM scopes WHERE scope = :scope")
                .param("scope", scope)
                .query((rs, n) -> map(rs, true))
                .optional();
    }

    /** Every scope without its master data, by name. */
    public List<StoredScope> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scopes ORDER BY scope")
                .query((rs, n) -> map(rs, false))
                .list();
    }

    /** Scopes whose master data changed since adoption and that have no proposal for their revision yet. */
    public List<StoredScope> waitingForRebalance() {
        return jdbc.sql("SELECT " + COLUMNS + ", data FROM scopes WHERE revision > adopted_revision "
                        + "AND proposed_revision < revision ORDER BY scope")
                .query((rs, n) -> map(rs, true))
                .list();
    }

    /**
     * Makes {@code planId} the adopted plan of {@code scope} with {@code dataJson} as its master data,
     * as a new revision, and logs the adoption. Returns the scope as it is afterwards.
     */
    public StoredScope adopt(String scope, String planId, String dataJson, Instant now) {
        return adopt(scope, planId, dataJson, now, null);
    }

    /**
     * Adopts as above, but only while the scope is at {@code expectedRevision} (when not null), checked
     * under the row's lock: a proposal is adopted only if nothing changed since it was made. Returns
     * null when the scope moved on. Adopting the plan already in force writes nothing and returns
     * the scope as it is (idempotent, also when requests race).
     */
    public StoredScope adopt(String scope, String planId, String dataJson, Instant now, Integer expectedRevision) {
        return adopt(scope, planId, dataJson, now, expectedRevision, null);
    }

    /** Adopts as above, naming the user who adopted ({@code changedBy}, null for the service itself). */
    public StoredScope adopt(String scope, String planId, String dataJson, Instant now, Integer expectedRevision,
            String changedBy) {
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.execute(status -> {
                    Integer revision = jdbc.sql("SELECT revision FROM scopes WHERE scope = :scope FOR UPDATE")
                            .param("scope", scope).query(Integer.class).optional().orElse(null);
                    if (revision != null) {
                        // Adopting the plan in force again changes nothing: ten concurrent adoptions
                        // of one plan, queued on the row's lock, record one ADOPT revision.
                        String adopted = jdbc.sql("SELECT adopted_plan_id FROM scopes WHERE scope = :scope")
                                .param("scope", scope).query(String.class).single();
                        if (planId.equals(adopted)) {
                            return find(scope).orElseThrow();
                        }
                    }
                    if (expectedRevision != null && !expectedRevision.equals(revision)) {
                        return null;
                    }
                    int next = revision == null ? 1 : revision + 1;
                    if (revision == null) {
                        jdbc.sql("INSERT INTO scopes (scope, adopted_plan_id, adopted_at, adopted_revision, revision, "
                                        + "data, changed_at) VALUES (:scope, :plan, :now, :rev, :rev, "
                                        + dialect.json("data") + ", :now)")
                                .param("scope", scope).param("plan", planId).param("now", ts(now)).param("rev", next)
                                .param("data", dataJson)
                                .update();
                    } else {
                        jdbc.sql("UPDATE scopes SET adopted_plan_id = :plan, adopted_at = :now, adopted_revision = :rev, "
                                        + "revision = :rev, data = " + dialect.json("data")
                                        + ", changed_at = :now, document_error = NULL WHERE scope = :scope")
                                .param("scope", scope).param("plan", planId).param("now", ts(now)).param("rev", next)
                                .param("data", dataJson)
                                .update();
                    }
                    logChange(scope, next, now, "ADOPT", planId, planId, null, changedBy);
                    return find(scope).orElseThrow();
                });
            } catch (DuplicateKeyException e) {
                // Another instance adopted the first plan of this scope at the same moment: go again.
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    /**
     * Writes changed master data as revision {@code expectedRevision + 1} and logs the change; false
     * when the scope is no longer at {@code expectedRevision} (another change came first).
     */
    public boolean change(String scope, int expectedRevision, String dataJson, Instant now, String kind,
            String subject, String bodyJson) {
        return change(scope, expectedRevision, dataJson, now, kind, subject, bodyJson, null);
    }

    /** Changes as above, naming the user who made the change ({@code changedBy}). */
    public boolean change(String scope, int expectedRevision, String dataJson, Instant now, String kind,
            String subject, String bodyJson, String changedBy) {
        Boolean done = tx.execute(status -> {
            int updated = jdbc.sql("UPDATE scopes SET revision = revision + 1, data = " + dialect.json("data")
                            + ", changed_at = :now, document_error = NULL WHERE scope = :scope AND revision = :rev")
                    .param("data", dataJson).param("now", ts(now)).param("scope", scope).param("rev", expectedRevision)
                    .update();
            if (updated != 1) {
                return false;
            }
            String planId = jdbc.sql("SELECT adopted_plan_id FROM scopes WHERE scope = :scope")
                    .param("scope", scope).query(String.class).single();
            logChange(scope, expectedRevision + 1, now, kind, subject, planId, bodyJson, changedBy);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /**
     * Records that the proposal {@code proposalId} re-plans {@code revision}; false when another
     * instance already made a proposal for it. Run it in the transaction that inserts the proposal.
     */
    public boolean markProposed(String scope, int revision, String proposalId) {
        return jdbc.sql("UPDATE scopes SET proposed_revision = :rev, proposal_id = :proposal "
                        + "WHERE scope = :scope AND proposed_revision < :rev AND revision = :rev")
                .param("rev", revision).param("proposal", proposalId).param("scope", scope)
                .update() == 1;
    }

    public List<StoredScope.Change> changes(String scope) {
        return jdbc.sql("SELECT id, revision, changed_at, kind, subject, plan_id, body, changed_by FROM scope_changes "
                        + "WHERE scope = :scope ORDER BY id")
                .param("scope", scope)
                .query((rs, n) -> new StoredScope.Change(rs.getLong(1), rs.getInt(2), instant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Who adopted the plan (its latest adoption), if it was adopted by a user. */
    public java.util.Optional<String> adoptedBy(String planId) {
        return jdbc.sql("SELECT changed_by FROM scope_changes WHERE kind = 'ADOPT' AND plan_id = :plan "
                        + "AND changed_by IS NOT NULL ORDER BY id DESC")
                .param("plan", planId).query(String.class).list().stream().findFirst();
    }

    public void recordDocumentError(String scope, String error) {
        jdbc.sql("UPDATE scopes SET document_error = :error WHERE scope = :scope")
                .param("error", truncate(error)).param("scope", scope).update();
    }

    private void logChange(String scope, int revision, Instant now, String kind, String subject, String planId,
            String bodyJson, String changedBy) {
        jdbc.sql("INSERT INTO scope_changes (scope, revision, changed_at, kind, subject, plan_id, body, changed_by) VALUES "
                        + "(:scope, :rev, :now, :kind, :subject, :plan, " + dialect.json("body") + ", :by)")
                .param("scope", scope).param("rev", revision).param("now", ts(now)).param("kind", kind)
                .param("subject", subject).param("plan", planId).param("body", bodyJson).param("by", changedBy)
                .update();
    }

    private static StoredScope map(ResultSet rs, boolean withData) throws SQLException {
        return new StoredScope(
                rs.getString("scope"),
                rs.getString("adopted_plan_id"),
                instant(rs, "adopted_at"),
                rs.getInt("adopted_revision"),
                rs.getInt("revision"),
                instant(rs, "changed_at"),
                rs.getInt("proposed_revision"),
                rs.getString("proposal_id"),
                rs.getString("document_error"),
                withData ? rs.getString("data") : null);
    }
}
