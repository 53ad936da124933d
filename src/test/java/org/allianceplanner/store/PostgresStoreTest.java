package org.allianceplanner.store;

import javax.sql.DataSource;

import org.allianceplanner.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.zaxxer.hikari.HikariDataSource;

/** The store on PostgreSQL, in a fresh database dropped afterwards; the claims use SKIP LOCKED with LIMIT. */
class PostgresStoreTest extends StoreContract {

    private static PostgresTestDatabase database;
    private static HikariDataSource dataSource;

    @BeforeAll
    static void open() {
        database = PostgresTestDatabase.create();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.url());
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(6);
    }

    @AfterAll
    static void close() {
        if (dataSource != null) {
            dataSource.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
