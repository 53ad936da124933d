package org.allianceplanner.store;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The repositories over the configured data source (H2 file by default, PostgreSQL with the postgres profile). */
@Configuration
class StoreConfiguration {

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        return SqlDialect.of(dataSource);
    }

    @Bean
    PlanRepository planRepository(JdbcClient jdbc, PlatformTransactionManager transactions, SqlDialect dialect) {
        return new PlanRepository(jdbc, new TransactionTemplate(transactions), dialect);
    }

    @Bean
    ScopeRepository scopeRepository(JdbcClient jdbc, PlatformTransactionManager transactions, SqlDialect dialect) {
        return new ScopeRepository(jdbc, new TransactionTemplate(transactions), dialect);
    }

    @Bean
    ListRepository listRepository(JdbcClient jdbc, PlatformTransactionManager transactions, SqlDialect dialect) {
        return new ListRepository(jdbc, new TransactionTemplate(transactions), dialect);
    }
}
