package org.allianceplanner.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their roles and scopes, and their access tokens, in the {@code users}, {@code user_roles},
 * {@code user_scopes} and {@code access_tokens} tables. Tokens are 256 random bits; only their
 * SHA-256 is stored, so a copy of the database holds no usable token.
 */
@Repository
public class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, username, display_name, password_hash, enabled, failed_sign_ins, "
            + "locked_until, created_at";

    private final JdbcClient jdbc;

    public Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :u").param("u", username)
                .query((rs, n) -> map(rs)).optional().map(this::withRolesAndScopes);
    }

    public List<Account> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username").query((rs, n) -> map(rs)).list()
                .stream().map(this::withRolesAndScopes).toList();
    }

    @Transactional
    public Account create(String username, String displayName, String passwordHash, Collection<Role> roles,
            Collection<String> scopes, Instant now) {
        jdbc.sql("INSERT INTO users (username, display_name, password_hash, created_at) VALUES (:u, :d, :p, :t)")
                .param("u", username).param("d", displayName).param("p", passwordHash).param("t", ts(now)).update();
        Account created = find(username).orElseThrow();
        setRoles(created.id(), roles);
        setScopes(created.id(), scopes);
        return find(username).orElseThrow();
    }

    @Transactional
    public void update(long id, String displayName, boolean changeDisplayName, String passwordHash, Boolean enabled,
            Collection<Role> roles, Collection<String> scopes) {
        if (changeDisplayName) {
            jdbc.sql("UPDATE users SET display_name = :d WHERE id = :id").param("d", displayName).param("id", id).update();
        }
        if (passwordHash != null) {
            jdbc.sql("UPDATE users SET password_hash = :p, failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                    .param("p", passwordHash).param("id", id).update();
        }
        if (enabled != null) {
            jdbc.sql("UPDATE users SET enabled = :e WHERE id = :id").param("e", enabled).param("id", id).update();
        }
        if (roles != null) {
            setRoles(id, roles);
        }
        if (scopes != null) {
            setScopes(id, scopes);
        }
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update();
    }

    /** Counts a failed sign-in; from the {@code max}-th in a row on, locks sign-in, doubling each time. */
    public void signInFailed(String username, int max, Duration lockTime, Duration maxLockTime, Instant now) {
        find(username).ifPresent(account -> {
            int failures = account.failedSignIns() + 1;
            Instant lockedUntil = account.lockedUntil();
            if (failures >= max) {
                int doublings = Math.min(failures - max, 20);
                Duration lock = lockTime.multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(maxLockTime) > 0 ? maxLockTime : lock);
            }
            jdbc.sql("UPDATE users SET failed_sign_ins = :f, locked_until = :l WHERE id = :id")
                    .param("f", failures).param("l", ts(lockedUntil)).param("id", account.id()).update();
        });
    }

    public void signedIn(String username) {
        jdbc.sql("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE username = :u")
                .param("u", username).update();
    }

    // Tokens

    /** A new token for the user: the secret (to show once) and its listing. */
    public record NewToken(String secret, AccessToken token) {
    }

    public NewToken createToken(Account account, String name, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "apt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new NewToken(secret, storeToken(account, name, secret, now));
    }

    /** Stores a token whose secret is given (the bootstrap token), unless it is stored already. */
    public AccessToken storeToken(Account account, String name, String secret, Instant now) {
        String hash = hash(secret);
        Optional<AccessToken> existing = tokenByHash(hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("INSERT INTO access_tokens (user_id, name, token_hash, created_at) VALUES (:u, :n, :h, :t)")
                .param("u", account.id()).param("n", name).param("h", hash).param("t", ts(now)).update();
        return tokenByHash(hash).orElseThrow();
    }

    private Optional<AccessToken> tokenByHash(String hash) {
        return jdbc.sql(TOKEN_SELECT + " WHERE t.token_hash = :h").param("h", hash).query((rs, n) -> token(rs)).optional();
    }

    private static final String TOKEN_SELECT = "SELECT t.id, u.username, t.name, t.created_at, t.last_used_at, "
            + "t.revoked_at FROM access_tokens t JOIN users u ON u.id = t.user_id";

    /** The account a token (not revoked) belongs to, and the token's id; notes its use (at most once a minute). */
    public Optional<TokenOwner> authenticate(String secret, Instant now) {
        String hash = hash(secret);
        Optional<Object[]> row = jdbc.sql("SELECT t.id, u.username FROM access_tokens t JOIN users u ON u.id = t.user_id "
                        + "WHERE t.token_hash = :h AND t.revoked_at IS NULL")
                .param("h", hash).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long tokenId = (Long) row.get()[0];
        jdbc.sql("UPDATE access_tokens SET last_used_at = :now WHERE id = :id "
                        + "AND (last_used_at IS NULL OR last_used_at < :before)")
                .param("now", ts(now)).param("id", tokenId).param("before", ts(now.minusSeconds(60))).update();
        return find((String) row.get()[1]).map(account -> new TokenOwner(account, tokenId));
    }

    public record TokenOwner(Account account, long tokenId) {
    }

    public List<AccessToken> tokens(String username) {
        return jdbc.sql(TOKEN_SELECT + " WHERE u.username = :u ORDER BY t.id").param("u", username)
                .query((rs, n) -> token(rs)).list();
    }

    public Optional<AccessToken> token(long id) {
        return jdbc.sql(TOKEN_SELECT + " WHERE t.id = :id").param("id", id).query((rs, n) -> token(rs)).optional();
    }

    /** Revokes the token at once: the next request with it is refused. */
    public boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE access_tokens SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL")
                .param("t", ts(now)).param("id", id).update() > 0;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessToken token(ResultSet rs) throws SQLException {
        return new AccessToken(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                instant(rs, 6));
    }

    private void setRoles(long id, Collection<Role> roles) {
        jdbc.sql("DELETE FROM user_roles WHERE user_id = :id").param("id", id).update();
        for (Role role : new LinkedHashSet<>(roles)) {
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (:id, :r)").param("id", id).param("r", role.name())
                    .update();
        }
    }

    private void setScopes(long id, Collection<String> scopes) {
        jdbc.sql("DELETE FROM user_scopes WHERE user_id = :id").param("id", id).update();
        for (String scope : new LinkedHashSet<>(scopes)) {
            jdbc.sql("INSERT INTO user_scopes (user_id, scope) VALUES (:id, :s)").param("id", id).param("s", scope)
                    .update();
        }
    }

    private Account withRolesAndScopes(Account a) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_roles WHERE user_id = :id").param("id", a.id()).query(String.class).list()
                .forEach(r -> Role.parse(r).ifPresent(roles::add));
        Set<String> scopes = new LinkedHashSet<>(jdbc.sql("SELECT scope FROM user_scopes WHERE user_id = :id ORDER BY scope")
                .param("id", a.id()).query(String.class).list());
        return new Account(a.id(), a.username(), a.displayName(), a.passwordHash(), a.enabled(), a.failedSignIns(),
                a.lockedUntil(), a.createdAt(), roles, scopes);
    }

    private static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getInt(6), instant(rs, 7), instant(rs, 8), Set.of(), Set.of());
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
