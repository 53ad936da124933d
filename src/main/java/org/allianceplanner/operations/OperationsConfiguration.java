package org.allianceplanner.operations;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily backup of the embedded H2 file (not of an in-memory database, nor of PostgreSQL). */
@Configuration
class OperationsConfiguration {

    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:') and '${alliance.backup.cron:}' != '-'")
    DatabaseBackups databaseBackups(DataSource dataSource, @Value("${spring.datasource.url}") String url,
            @Value("${alliance.backup.directory:./data/backups}") Path directory,
            @Value("${alliance.backup.keep-days:7}") int keepDays) {
        return new DatabaseBackups(JdbcClient.create(dataSource), H2File.of(url).orElseThrow(), directory, keepDays,
                Clock.systemDefaultZone());
    }
}
