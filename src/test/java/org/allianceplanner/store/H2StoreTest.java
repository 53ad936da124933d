package org.allianceplanner.store;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.zaxxer.hikari.HikariDataSource;

/** The store on H2, in memory (the file mode differs only in where the pages go). */
class H2StoreTest extends StoreContract {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void open() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setMaximumPoolSize(6);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String vendor() {
        return "h2";
    }
}
