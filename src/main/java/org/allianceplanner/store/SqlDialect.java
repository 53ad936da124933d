package org.allianceplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The little SQL that differs between the two databases: how a JSON text parameter becomes a JSON
 * column value, and whether a claim may use LIMIT with {@code FOR UPDATE SKIP LOCKED} (H2 2.x
 * applies the limit before skipping locked rows, so it gets no limit and the caller takes the first).
 */
public enum SqlDialect {
    H2 {
        @Override
        String json(String parameter) {
            return ":" + parameter;
        }

        @Override
        String claimLimit(String parameter) {
            return "";
        }
    },
    POSTGRESQL {
        @Override
        String json(String parameter) {
            return "CAST(:" + parameter + " AS JSONB)";
        }

        @Override
        String claimLimit(String parameter) {
            return " LIMIT :" + parameter;
        }
    };

    abstract String json(String parameter);

    abstract String claimLimit(String parameter);

    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("h2")) {
                return H2;
            }
            throw new IllegalStateException("Unsupported database " + product + "; use H2 or PostgreSQL.");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
