package org.allianceplanner.store;

import static org.allianceplanner.store.PlanRepository.instant;
import static org.allianceplanner.store.PlanRepository.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three lists of each scope ({@code scope_lists}, one JSON document per scope) and the log of their
 * changes ({@code scope_list_changes}). Like master data, a write names the revision it read and fails
 * when another write came first.
 */
public class ListRepository {

    /** A scope's lists as stored: revision, JSON, when last changed. */
    public record StoredLists(String scope, int revision, String dataJson, Instant changedAt) {
    }

    /** One logged change. */
    public record Change(long id, int revision, Instant changedAt, String kind, String subject, String bodyJson) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SqlDialect dialect;

    public ListRepository(JdbcClient jdbc, TransactionTemplate tx, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.dialect = dialect;
    }

    public Optional<StoredLists> find(String scope) {
        return jdbc.sql("SELECT scope, revision, data, changed_at FROM scope_lists WHERE scope = :scope")
                .param("scope", scope)
                .query((rs, n) -> new StoredLists(rs.getString(1), rs.getInt(2), rs.getString(3), instant(rs, 4)))
                .optional();
    }

    /** Scopes that have lists, by name. */
    public List<String> scopes() {
        return jdbc.sql("SELECT scope FROM scope_lists ORDER BY scope").query(String.class).list();
    }

    /**
     * Writes the lists as revision {@code expectedRevision + 1} (a scope without lists is at revision 0)
     * and logs the change; false when another change came first.
     */
    public boolean write(String scope, int expectedRevision, String dataJson, Instant now, String kind, String subject,
            String bodyJson) {
        try {
            Boolean done = tx.execute(status -> {
                int updated;
                if (expectedRevision == 0) {
                    updated = jdbc.sql("INSERT INTO scope_lists (scope, revision, data, changed_at) VALUES (:scope, 1, "
                                    + dialect.json("data") + ", :now)")
                            .param("scope", scope).param("data", dataJson).param("now", ts(now)).update();
                } else {
                    updated = jdbc.sql("UPDATE scope_lists SET revision = revision + 1, data = " + dialect.json("data")
                                    + ", changed_at = :now WHERE scope = :scope AND revision = :rev")
                            .param("data", dataJson).param("now", ts(now)).param("scope", scope)
                            .param("rev", expectedRevision).update();
                }
                if (updated != 1) {
                    return false;
                }
                jdbc.sql("INSERT INTO scope_list_changes (scope, revision, changed_at, kind, subject, body) VALUES "
                                + "(:scope, :rev, :now, :kind, :subject, " + dialect.json("body") + ")")
                        .param("scope", scope).param("rev", expectedRevision + 1).param("now", ts(now))
                        .param("kind", kind).param("subject", subject).param("body", bodyJson)
                        .update();
                return true;
            });
            return Boolean.TRUE.equals(done);
        } catch (DuplicateKeyException e) {
            // Another instance created this scope's lists first.
            return false;
        }
    }

    public List<Change> changes(String scope) {
        return jdbc.sql("SELECT id, revision, changed_at, kind, subject, body FROM scope_list_changes "
                        + "WHERE scope = :scope ORDER BY id")
                .param("scope", scope)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getInt(2), instant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
