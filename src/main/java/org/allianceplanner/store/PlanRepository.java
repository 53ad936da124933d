package org.allianceplanner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code plans} table and its {@code plan_runs}: the store is the source of truth for every plan.
 * Every write of a solving plan is conditional on the writer still owning it, so an instance that
 * lost its lease can never overwrite the work of the one that took over.
 */
public class PlanRepository {

    public static final String QUEUED = "QUEUED";
    public static final String SOLVING = "SOLVING";

    private static final String SUMMARY = """
            p.id, p.seq, p.name, p.scope, p.origin, p.based_on, p.base_revision, p.status, p.score, p.kpis,
            p.time_limit_ms, p.unimproved_ms, p.submitted_at, p.started_at, p.finished_at, p.saved_at, p.spent_ms,
            p.owner, p.lease_until, p.stop_requested, p.attempts, p.error, p.document_error, p.version,
            p.archived, p.source, CASE WHEN s.scope IS NULL THEN FALSE ELSE TRUE END AS adopted""";
    private static final String FROM = " FROM plans p LEFT JOIN scopes s ON s.adopted_plan_id = p.id";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SqlDialect dialect;

    public PlanRepository(JdbcClient jdbc, TransactionTemplate tx, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.dialect = dialect;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Inserts a QUEUED plan; committed when this returns, unless the caller runs it in its own transaction. */
    public void insert(StoredPlan.New plan) {
        jdbc.sql("INSERT INTO plans (id, name, scope, origin, based_on, base_revision, status, problem, kpis, "
                        + "time_limit_ms, unimproved_ms, submitted_at, source) VALUES (:id, :name, :scope, :origin, "
                        + ":basedOn, :baseRevision, 'QUEUED', " + dialect.json("problem") + ", " + dialect.json("kpis")
                        + ", :timeLimit, :unimproved, :submittedAt, :source)")
                .param("id", plan.id())
                .param("name", plan.name())
                .param("scope", plan.scope())
                .param("origin", plan.origin())
                .param("basedOn", plan.basedOn())
                .param("baseRevision", plan.baseRevision())
                .param("problem", plan.problemJson())
                .param("kpis", plan.kpisJson())
                .param("timeLimit", plan.timeLimitMs())
                .param("unimproved", plan.unimprovedMs())
                .param("submittedAt", ts(plan.submittedAt()))
                .param("source", plan.source())
                .update();
    }

    /** Renames a plan (its label in the list and on printouts); false when there is no such plan. */
    public boolean rename(String id, String name) {
        return jdbc.sql("UPDATE plans SET name = :name, version = version + 1 WHERE id = :id")
                .param("name", name).param("id", id).update() == 1;
    }

    /** Archives a plan (the list hides it) or brings it back; false when there is no such plan. */
    public boolean archive(String id, boolean archived) {
        return jdbc.sql("UPDATE plans SET archived = :archived, version = version + 1 WHERE id = :id")
                .param("archived", archived).param("id", id).update() == 1;
    }

    /** A plan with its progress, without its documents. */
    public Optional<StoredPlan> find(String id) {
        return jdbc.sql("SELECT " + SUMMARY + ", p.progress" + FROM + " WHERE p.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, true, false))
                .optional();
    }

    /** A plan with its progress and documents. */
    public Optional<StoredPlan> findWithDocuments(String id) {
        return jdbc.sql("SELECT " + SUMMARY + ", p.progress, p.problem, p.solution" + FROM + " WHERE p.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, true, true))
                .optional();
    }

    /** Every plan, newest first, without progress or documents. */
    public List<StoredPlan> list() {
        return jdbc.sql("SELECT " + SUMMARY + FROM + " ORDER BY p.seq DESC")
                .query((rs, n) -> map(rs, false, false))
                .list();
    }

    public List<String> ids() {
        return jdbc.sql("SELECT id FROM plans ORDER BY seq").query(String.class).list();
    }

    /** 1 for the next plan to start. */
    /** How many plans have this status (QUEUED, SOLVING…), on every instance. */
    public long countByStatus(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM plans WHERE status = :status").param("status", status)
                .query(Long.class).single();
    }

    public int queuePosition(long seq) {
        return 1 + jdbc.sql("SELECT COUNT(*) FROM plans WHERE status = 'QUEUED' AND stop_requested = FALSE AND seq < :seq")
                .param("seq", seq).query(Integer.class).single();
    }

    /**
     * Claims up to {@code max} plans for {@code owner}: waiting ones in submission order, and solving
     * ones whose owner's lease ran out. Rows another instance is claiming at the same moment are
     * skipped ({@code FOR UPDATE SKIP LOCKED}), so no plan is ever claimed twice. Each claim opens a
     * run. Returns the claimed plans with their documents and progress.
     */
    public List<StoredPlan> claim(String owner, int max, Instant now, Instant leaseUntil) {
        if (max <= 0) {
            return List.of();
        }
        List<StoredPlan> claimed = tx.execute(status -> {
            List<String> ids = jdbc.sql("SELECT id FROM plans WHERE (status = 'QUEUED' AND stop_requested = FALSE) "
                            + "OR (status = 'SOLVING' AND lease_until < :now) ORDER BY seq"
                            + dialect.claimLimit("max") + " FOR UPDATE SKIP LOCKED")
                    .param("now", ts(now))
                    .param("max", max)
                    .query(String.class).list();
            if (ids.isEmpty()) {
                return List.<StoredPlan>of();
            }
            ids = ids.subList(0, Math.min(max, ids.size()));
            jdbc.sql("UPDATE plan_runs SET ended_at = :now, outcome = 'LEASE_EXPIRED' "
                            + "WHERE plan_id IN (:ids) AND ended_at IS NULL")
                    .param("now", ts(now)).param("ids", ids).update();
            jdbc.sql("UPDATE plans SET status = 'SOLVING', owner = :owner, lease_until = :lease, "
                            + "started_at = COALESCE(started_at, :now), saved_at = :now, attempts = attempts + 1, "
                            + "version = version + 1 WHERE id IN (:ids)")
                    .param("owner", owner).param("lease", ts(leaseUntil)).param("now", ts(now)).param("ids", ids)
                    .update();
            List<StoredPlan> rows = jdbc.sql("SELECT " + SUMMARY + ", p.progress, p.problem, p.solution" + FROM
                            + " WHERE p.id IN (:ids) ORDER BY p.seq")
                    .param("ids", ids)
                    .query((rs, n) -> map(rs, true, true))
                    .list();
            for (StoredPlan row : rows) {
                jdbc.sql("INSERT INTO plan_runs (plan_id, run, instance, started_at, start_score) "
                                + "VALUES (:id, :run, :owner, :now, :score)")
                        .param("id", row.id()).param("run", row.attempts()).param("owner", owner)
                        .param("now", ts(now)).param("score", row.score())
                        .update();
            }
            return rows;
        });
        return claimed == null ? List.of() : claimed;
    }

    /**
     * Extends the lease of every plan {@code owner} is solving and returns them with their stop flags.
     * A plan the owner thinks it solves but that is missing here was taken over by another instance.
     */
    public Map<String, Boolean> renewLeases(String owner, Instant leaseUntil) {
        jdbc.sql("UPDATE plans SET lease_until = :lease WHERE owner = :owner AND status = 'SOLVING'")
                .param("lease", ts(leaseUntil)).param("owner", owner).update();
        Map<String, Boolean> owned = new LinkedHashMap<>();
        jdbc.sql("SELECT id, stop_requested FROM plans WHERE owner = :owner AND status = 'SOLVING'")
                .param("owner", owner)
                .query(rs -> {
                    owned.put(rs.getString(1), rs.getBoolean(2));
                });
        return owned;
    }

    /** Makes the plans a previous life of this instance left SOLVING claimable at once. */
    public int expireLeasesOf(String owner, Instant now) {
        return jdbc.sql("UPDATE plans SET lease_until = :past WHERE owner = :owner AND status = 'SOLVING'")
                .param("past", ts(now.minusSeconds(1))).param("owner", owner).update();
    }

    /** Saves the best solution so far; false when {@code owner} no longer owns the plan. */
    public boolean saveBest(String id, String owner, StoredPlan.Best best, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE plans SET solution = " + dialect.json("solution") + ", score = :score, kpis = "
                        + dialect.json("kpis") + ", progress = " + dialect.json("progress")
                        + ", spent_ms = :spent, saved_at = :now, lease_until = :lease, version = version + 1 "
                        + "WHERE id = :id AND owner = :owner AND status = 'SOLVING'")
                .param("solution", best.solutionJson())
                .param("score", best.score())
                .param("kpis", best.kpisJson())
                .param("progress", best.progressJson())
                .param("spent", best.spentMs())
                .param("now", ts(now))
                .param("lease", ts(leaseUntil))
                .param("id", id)
                .param("owner", owner)
                .update() == 1;
    }

    /**
     * Ends a run: {@code status} SOLVED, STOPPED or FAILED with the final best (or null to keep the
     * saved one), or QUEUED to hand the plan back (a graceful shutdown) so that any instance resumes
     * it from this best. False when {@code owner} no longer owns the plan.
     */
    public boolean endRun(String id, String owner, int run, String status, StoredPlan.Best best, String error,
            Instant now) {
        Boolean done = tx.execute(t -> {
            boolean requeue = QUEUED.equals(status);
            String sql = "UPDATE plans SET status = :status, error = :error, version = version + 1, saved_at = :now"
                    + (requeue ? ", owner = NULL, lease_until = NULL" : ", lease_until = NULL, finished_at = :now")
                    + (best == null ? "" : ", solution = " + dialect.json("solution") + ", score = :score, kpis = "
                            + dialect.json("kpis") + ", progress = " + dialect.json("progress") + ", spent_ms = :spent")
                    + " WHERE id = :id AND owner = :owner AND status = 'SOLVING'";
            JdbcClient.StatementSpec update = jdbc.sql(sql)
                    .param("status", status)
                    .param("error", truncate(error))
                    .param("now", ts(now))
                    .param("id", id)
                    .param("owner", owner);
            if (best != null) {
                update = update.param("solution", best.solutionJson())
                        .param("score", best.score())
                        .param("kpis", best.kpisJson())
                        .param("progress", best.progressJson())
                        .param("spent", best.spentMs());
            }
            if (update.update() != 1) {
                return false;
            }
            jdbc.sql("UPDATE plan_runs SET ended_at = :now, outcome = :outcome, end_score = "
                            + "(SELECT score FROM plans WHERE id = :id) WHERE plan_id = :id AND run = :run")
                    .param("now", ts(now))
                    .param("outcome", requeue ? "RELEASED" : status)
                    .param("id", id)
                    .param("run", run)
                    .update();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Asks a waiting or solving plan to stop; its owner, on whatever instance, polls the flag. */
    public boolean requestStop(String id) {
        return jdbc.sql("UPDATE plans SET stop_requested = TRUE, version = version + 1 "
                        + "WHERE id = :id AND status IN ('QUEUED', 'SOLVING')")
                .param("id", id).update() == 1;
    }

    /** Stops a plan that is still waiting; false when it is no longer waiting. */
    public boolean stopWaiting(String id, Instant now) {
        return jdbc.sql("UPDATE plans SET status = 'STOPPED', finished_at = :now, version = version + 1 "
                        + "WHERE id = :id AND status = 'QUEUED'")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    /** Records (or clears, with null) why a stored document of the plan cannot be read. */
    public void recordDocumentError(String id, String error) {
        jdbc.sql("UPDATE plans SET document_error = :error WHERE id = :id")
                .param("error", truncate(error)).param("id", id).update();
    }

    /** Marks a plan whose stored problem cannot be read as failed, whoever owns it. */
    public void failUnreadable(String id, String owner, int run, String error, Instant now) {
        endRun(id, owner, run, "FAILED", null, error, now);
    }

    public List<StoredPlan.Run> runs(String id) {
        return jdbc.sql("SELECT run, instance, started_at, ended_at, outcome, start_score, end_score "
                        + "FROM plan_runs WHERE plan_id = :id ORDER BY run")
                .param("id", id)
                .query((rs, n) -> new StoredPlan.Run(rs.getInt(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static StoredPlan map(ResultSet rs, boolean withProgress, boolean withDocuments) throws SQLException {
        long unimproved = rs.getLong("unimproved_ms");
        Long unimprovedMs = rs.wasNull() ? null : unimproved;
        int baseRevision = rs.getInt("base_revision");
        Integer base = rs.wasNull() ? null : baseRevision;
        return new StoredPlan(
                rs.getString("id"),
                rs.getLong("seq"),
                rs.getString("name"),
                rs.getString("scope"),
                rs.getString("origin"),
                rs.getString("based_on"),
                base,
                rs.getString("status"),
                rs.getString("score"),
                rs.getString("kpis"),
                rs.getLong("time_limit_ms"),
                unimprovedMs,
                instant(rs, "submitted_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                instant(rs, "saved_at"),
                rs.getLong("spent_ms"),
                rs.getString("owner"),
                instant(rs, "lease_until"),
                rs.getBoolean("stop_requested"),
                rs.getInt("attempts"),
                rs.getString("error"),
                rs.getString("document_error"),
                rs.getLong("version"),
                rs.getBoolean("adopted"),
                rs.getBoolean("archived"),
                rs.getString("source"),
                withProgress ? rs.getString("progress") : null,
                withDocuments ? rs.getString("problem") : null,
                withDocuments ? rs.getString("solution") : null);
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
