package org.allianceplanner.plans;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.PlanRepository;
import org.allianceplanner.store.SqlDialect;
import org.allianceplanner.store.StoredPlan;
import org.allianceplanner.testing.SmallCounty;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A real plan store on an in-memory H2, migrated, for the plans' unit tests (no Spring context). */
final class PlanStoreFixture {

    final PlanRepository repository;

    PlanStoreFixture() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        repository = new PlanRepository(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), SqlDialect.of(dataSource));
    }

    static AlliancePlan problem() {
        return PlanMapper.read(SmallCounty.json("fixture").getBytes(StandardCharsets.UTF_8));
    }

    /** A plan submitted and claimed by {@code owner}: what the dispatcher holds while it solves. */
    StoredPlan claimed(String owner, SolveLimits limits) {
        AlliancePlan problem = problem();
        String id = UUID.randomUUID().toString();
        repository.insert(new StoredPlan.New(id, problem.getName(), problem.getScope(), PlanOrigin.SUBMITTED.name(),
                null, null, org.allianceplanner.store.StoreJson.write(PlanMapper.toDocument(problem)), "{}",
                limits.timeLimit().toMillis(),
                limits.unimprovedTimeLimit() == null ? null : limits.unimprovedTimeLimit().toMillis(), Instant.now()));
        Instant now = Instant.now();
        return repository.claim(owner, 1, now, now.plus(Duration.ofMinutes(1))).get(0);
    }
}
