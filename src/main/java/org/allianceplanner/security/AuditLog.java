package org.allianceplanner.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail in {@code audit_log}: rows are only ever added, never changed or deleted. */
@Repository
public class AuditLog {

    /** What {@code GET /api/audit} filters by; null fields do not filter. */
    public record Filter(String user, String scope, AuditKind kind, String planId, String outcome, Instant from,
            Instant to, int limit) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(AuditEntry e) {
        jdbc.sql("INSERT INTO audit_log (at, username, kind, method, path, plan_id, scope, subject, status, outcome) "
                        + "VALUES (:at, :u, :k, :m, :p, :plan, :scope, :subject, :status, :outcome)")
                .param("at", Accounts.ts(e.at())).param("u", cut(e.user(), 100)).param("k", e.kind().name())
                .param("m", e.method()).param("p", cut(e.path(), 1000)).param("plan", cut(e.planId(), 36))
                .param("scope", cut(e.scope(), 100)).param("subject", cut(e.subject(), 200))
                .param("status", e.status()).param("outcome", e.outcome()).update();
    }

    /** Newest first. */
    public List<AuditEntry> find(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.user() != null) {
            where.append(" AND username = :u");
            params.put("u", f.user());
        }
        if (f.scope() != null) {
            where.append(" AND scope = :scope");
            params.put("scope", f.scope());
        }
        if (f.kind() != null) {
            where.append(" AND kind = :k");
            params.put("k", f.kind().name());
        }
        if (f.planId() != null) {
            where.append(" AND plan_id = :plan");
            params.put("plan", f.planId());
        }
        if (f.outcome() != null) {
            where.append(" AND outcome = :outcome");
            params.put("outcome", f.outcome());
        }
        if (f.from() != null) {
            where.append(" AND at >= :from");
            params.put("from", Accounts.ts(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND at < :to");
            params.put("to", Accounts.ts(f.to()));
        }
        return jdbc.sql("SELECT id, at, username, kind, method, path, plan_id, scope, subject, status, outcome "
                        + "FROM audit_log" + where + " ORDER BY id DESC LIMIT " + Math.max(1, Math.min(f.limit(), 5000)))
                .params(params).query((rs, n) -> map(rs)).list();
    }

    /** The scope a stored plan belongs to (for the audit row and the scope check of /api/plans/{id}/…). */
    public Optional<String> scopeOfPlan(String planId) {
        return jdbc.sql("SELECT scope FROM plans WHERE id = :id").param("id", planId).query(String.class).optional();
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        int status = rs.getInt(10);
        return new AuditEntry(rs.getLong(1), Accounts.instant(rs, 2), rs.getString(3), AuditKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.wasNull() ? null : status, rs.getString(11));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

}
