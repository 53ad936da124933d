package org.allianceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the store must do on every database it supports: keep plans, serve the queue in order, let
 * no plan be claimed twice even by concurrent instances, hand a plan over when its lease runs out,
 * refuse writes from an owner that lost it, and keep scopes and their change log consistent.
 */
abstract class StoreContract {

    private static final String PROBLEM = "{\"name\":\"p\",\"communities\":[],\"organizations\":[]}";

    PlanRepository plans;
    ScopeRepository scopes;
    JdbcClient jdbc;

    abstract DataSource dataSource();

    abstract String vendor();

    @BeforeEach
    void migrateAndClean() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor()).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM scope_changes").update();
        jdbc.sql("DELETE FROM scopes").update();
        jdbc.sql("DELETE FROM plan_runs").update();
        jdbc.sql("DELETE FROM plans").update();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        SqlDialect dialect = SqlDialect.of(dataSource);
        plans = new PlanRepository(jdbc, tx, dialect);
        scopes = new ScopeRepository(jdbc, tx, dialect);
    }

    private String insert(String name) {
        String id = UUID.randomUUID().toString();
        plans.insert(new StoredPlan.New(id, name, "county", "SUBMITTED", null, null, PROBLEM, "{\"assigned\":0}",
                30_000, 10_000L, Instant.now()));
        return id;
    }

    @Test
    void keepsAPlanWithItsDocumentsAndTimes() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = insert("垫江县 2027");
        StoredPlan row = plans.findWithDocuments(id).orElseThrow();
        assertThat(row.name()).isEqualTo("垫江县 2027");
        assertThat(row.status()).isEqualTo("QUEUED");
        assertThat(row.scope()).isEqualTo("county");
        assertThat(row.timeLimitMs()).isEqualTo(30_000);
        assertThat(row.unimprovedMs()).isEqualTo(10_000L);
        assertThat(row.submittedAt()).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(row.problemJson()).contains("\"name\"").contains("\"p\"");
        assertThat(row.solutionJson()).isNull();
        assertThat(row.kpisJson()).contains("assigned");
        assertThat(plans.find(id).orElseThrow().problemJson()).as("documents only when asked for").isNull();
        assertThat(plans.list()).extracting(StoredPlan::id).containsExactly(id);
        assertThat(plans.queuePosition(row.seq())).isEqualTo(1);
    }

    @Test
    void servesTheQueueInSubmissionOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(insert("plan " + i));
        }
        Instant now = Instant.now();
        List<StoredPlan> first = plans.claim("a", 3, now, now.plusSeconds(30));
        assertThat(first).extracting(StoredPlan::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(first).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo("SOLVING");
            assertThat(p.owner()).isEqualTo("a");
            assertThat(p.attempts()).isEqualTo(1);
            assertThat(p.problemJson()).isNotNull();
        });
        assertThat(plans.claim("b", 3, now, now.plusSeconds(30))).extracting(StoredPlan::id).containsExactly(ids.get(3));
        assertThat(plans.claim("b", 3, now, now.plusSeconds(30))).isEmpty();
        assertThat(plans.runs(ids.get(0))).singleElement().satisfies(run -> {
            assertThat(run.instance()).isEqualTo("a");
            assertThat(run.endedAt()).isNull();
        });
    }

    @Test
    void concurrentClaimsNeverGetTheSamePlan() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(insert("plan " + i));
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String owner = "instance-" + w;
            workers.add(pool.submit(() -> {
                start.await();
                // Claim until the queue is empty, not for a fixed number of rounds: on H2 a claim
                // locks every queued row, so under contention most rounds skip them all and get
                // nothing; how many rounds that takes depends on the machine's load.
                for (int round = 0; round < 10_000 && claimed.size() < ids.size(); round++) {
                    Instant now = Instant.now();
                    plans.claim(owner, 2, now, now.plusSeconds(30)).forEach(p -> claimed.add(p.id()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
        Instant later = Instant.now();
        assertThat(plans.claim("late", 24, later, later.plusSeconds(30))).as("nothing left to claim").isEmpty();
        for (String id : ids) {
            assertThat(plans.runs(id)).as("runs of " + id).hasSize(1);
        }
    }

    @Test
    void aPlanWhoseLeaseRanOutIsTakenOverAndItsOldOwnerCanNoLongerWrite() {
        String id = insert("plan");
        Instant t0 = Instant.now();
        plans.claim("a", 1, t0, t0.plusSeconds(5));
        StoredPlan.Best best = new StoredPlan.Best("{\"saved\":1}", "0hard/0medium/-100soft", "{}", "[]", 2000);
        assertThat(plans.saveBest(id, "a", best, t0.plusSeconds(2), t0.plusSeconds(7))).isTrue();

        assertThat(plans.claim("b", 1, t0.plusSeconds(6), t0.plusSeconds(36))).as("lease still held").isEmpty();
        List<StoredPlan> taken = plans.claim("b", 1, t0.plusSeconds(8), t0.plusSeconds(38));
        assertThat(taken).singleElement().satisfies(p -> {
            assertThat(p.owner()).isEqualTo("b");
            assertThat(p.attempts()).isEqualTo(2);
            assertThat(p.solutionJson()).as("resumes from the saved best").contains("saved");
            assertThat(p.score()).isEqualTo("0hard/0medium/-100soft");
            assertThat(p.spentMs()).isEqualTo(2000);
        });
        assertThat(plans.saveBest(id, "a", best, t0.plusSeconds(9), t0.plusSeconds(39))).isFalse();
        assertThat(plans.endRun(id, "a", 1, "SOLVED", best, null, t0.plusSeconds(9))).isFalse();
        assertThat(plans.renewLeases("a", t0.plusSeconds(40))).isEmpty();
        assertThat(plans.renewLeases("b", t0.plusSeconds(40))).containsOnlyKeys(id);

        List<StoredPlan.Run> runs = plans.runs(id);
        assertThat(runs).extracting(StoredPlan.Run::instance).containsExactly("a", "b");
        assertThat(runs.get(0).outcome()).isEqualTo("LEASE_EXPIRED");
        assertThat(runs.get(1).startScore()).isEqualTo("0hard/0medium/-100soft");

        StoredPlan.Best last = new StoredPlan.Best("{\"final\":1}", "0hard/0medium/-50soft", "{}", "[]", 5000);
        assertThat(plans.endRun(id, "b", 2, "SOLVED", last, null, t0.plusSeconds(12))).isTrue();
        StoredPlan done = plans.findWithDocuments(id).orElseThrow();
        assertThat(done.status()).isEqualTo("SOLVED");
        assertThat(done.solutionJson()).contains("final");
        assertThat(done.finishedAt()).isNotNull();
        assertThat(plans.runs(id).get(1)).satisfies(run -> {
            assertThat(run.outcome()).isEqualTo("SOLVED");
            assertThat(run.endScore()).isEqualTo("0hard/0medium/-50soft");
        });
    }

    @Test
    void stopRequestsReachTheOwnerAndWaitingPlansStopAtOnce() {
        String solving = insert("solving");
        String waiting = insert("waiting");
        Instant now = Instant.now();
        plans.claim("a", 1, now, now.plusSeconds(30));
        assertThat(plans.requestStop(solving)).isTrue();
        assertThat(plans.stopWaiting(solving, now)).as("a solving plan is not stopped by the store").isFalse();
        Map<String, Boolean> owned = plans.renewLeases("a", now.plusSeconds(30));
        assertThat(owned).containsEntry(solving, true);

        assertThat(plans.requestStop(waiting)).isTrue();
        assertThat(plans.stopWaiting(waiting, now)).isTrue();
        assertThat(plans.find(waiting).orElseThrow().status()).isEqualTo("STOPPED");
        assertThat(plans.claim("b", 5, now, now.plusSeconds(30))).isEmpty();
        assertThat(plans.requestStop(waiting)).as("finished plans ignore stops").isFalse();
    }

    @Test
    void aReleasedPlanWaitsAgainWithItsBestAndARestartedInstanceGetsItsOwnBack() {
        String released = insert("released");
        String orphan = insert("orphan");
        Instant now = Instant.now();
        plans.claim("a", 2, now, now.plusSeconds(30));
        StoredPlan.Best best = new StoredPlan.Best("{\"best\":1}", "0hard/0medium/-7soft", "{}", "[]", 1000);
        assertThat(plans.endRun(released, "a", 1, "QUEUED", best, null, now)).isTrue();
        StoredPlan row = plans.findWithDocuments(released).orElseThrow();
        assertThat(row.status()).isEqualTo("QUEUED");
        assertThat(row.owner()).isNull();
        assertThat(row.solutionJson()).contains("best");
        assertThat(plans.runs(released).get(0).outcome()).isEqualTo("RELEASED");

        assertThat(plans.expireLeasesOf("a", now)).isEqualTo(1);
        assertThat(plans.claim("a", 5, now, now.plusSeconds(30))).extracting(StoredPlan::id)
                .containsExactlyInAnyOrder(released, orphan);
    }

    @Test
    void aPlanIsRenamedArchivedAndKeepsWhereItCameFrom() {
        String id = UUID.randomUUID().toString();
        plans.insert(new StoredPlan.New(id, "垫江县", "county", "IMPORT", null, null, PROBLEM, "{}", 30_000, null,
                Instant.now(), "垫江县2027.xlsx"));
        StoredPlan row = plans.find(id).orElseThrow();
        assertThat(row.source()).isEqualTo("垫江县2027.xlsx");
        assertThat(row.origin()).isEqualTo("IMPORT");
        assertThat(row.archived()).isFalse();
        long version = row.version();

        assertThat(plans.rename(id, "垫江县 2027 初稿")).isTrue();
        assertThat(plans.archive(id, true)).isTrue();
        StoredPlan changed = plans.list().get(0);
        assertThat(changed.name()).isEqualTo("垫江县 2027 初稿");
        assertThat(changed.archived()).isTrue();
        assertThat(changed.version()).as("cached snapshots see the change").isGreaterThan(version);
        assertThat(plans.archive(id, false)).isTrue();
        assertThat(plans.find(id).orElseThrow().archived()).isFalse();
        assertThat(plans.rename("nothing", "x")).isFalse();
        assertThat(plans.archive("nothing", true)).isFalse();
        assertThat(insert("old kind")).as("plans without a source").satisfies(
                other -> assertThat(plans.find(other).orElseThrow().source()).isNull());
    }

    @Test
    void documentErrorsAreRecordedOnThePlan() {
        String id = insert("plan");
        plans.recordDocumentError(id, "The problem cannot be read: organizations[0].type: BANK");
        assertThat(plans.list().get(0).documentError()).contains("BANK");
        plans.recordDocumentError(id, null);
        assertThat(plans.find(id).orElseThrow().documentError()).isNull();
    }

    @Test
    void scopesKeepTheirAdoptedPlanRevisionsAndChangeLog() {
        String first = insert("first");
        String second = insert("second");
        Instant now = Instant.now();
        StoredScope adopted = scopes.adopt("垫江县", first, "{\"v\":1}", now);
        assertThat(adopted.revision()).isEqualTo(1);
        assertThat(adopted.adoptedRevision()).isEqualTo(1);
        assertThat(adopted.changedSinceAdoption()).isFalse();
        assertThat(plans.find(first).orElseThrow().adopted()).isTrue();
        assertThat(scopes.waitingForRebalance()).isEmpty();

        assertThat(scopes.change("垫江县", 1, "{\"v\":2}", now, "ADD_ORGANIZATION", "o9", "{\"id\":\"o9\"}")).isTrue();
        assertThat(scopes.change("垫江县", 1, "{\"v\":3}", now, "ADD_ORGANIZATION", "o10", null))
                .as("a change based on an old revision").isFalse();
        StoredScope changed = scopes.find("垫江县").orElseThrow();
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.dataJson()).contains("2");
        assertThat(scopes.waitingForRebalance()).extracting(StoredScope::scope).containsExactly("垫江县");

        assertThat(scopes.markProposed("垫江县", 2, second)).isTrue();
        assertThat(scopes.markProposed("垫江县", 2, "another")).as("one proposal per revision").isFalse();
        assertThat(scopes.waitingForRebalance()).isEmpty();

        assertThat(scopes.adopt("垫江县", second, "{\"v\":4}", now, 1)).as("a proposal made for revision 1").isNull();
        StoredScope readopted = scopes.adopt("垫江县", second, "{\"v\":4}", now.plus(Duration.ofSeconds(1)), 2);
        assertThat(readopted.adoptedPlanId()).isEqualTo(second);
        assertThat(readopted.revision()).isEqualTo(3);
        assertThat(plans.find(first).orElseThrow().adopted()).isFalse();
        assertThat(scopes.changes("垫江县")).extracting(StoredScope.Change::kind)
                .containsExactly("ADOPT", "ADD_ORGANIZATION", "ADOPT");
        assertThat(scopes.changes("垫江县").get(1).bodyJson()).contains("o9");
        assertThat(scopes.changes("垫江县")).allSatisfy(c -> assertThat(c.changedAt()).isNotNull());
    }

    @Test
    void tenConcurrentAdoptionsOfOnePlanRecordOneRevision() throws Exception {
        String first = insert("first");
        String second = insert("second");
        scopes.adopt("并发县", first, "{\"v\":1}", Instant.now());
        for (String plan : List.of(second, insert("third"))) {
            int before = scopes.changes("并发县").size();
            ExecutorService pool = Executors.newFixedThreadPool(10);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<StoredScope>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return scopes.adopt("并发县", plan, "{\"v\":2}", Instant.now());
                }));
            }
            start.countDown();
            for (Future<StoredScope> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).adoptedPlanId()).isEqualTo(plan);
            }
            pool.shutdown();
            assertThat(scopes.changes("并发县")).hasSize(before + 1);
        }
        // And the first adoption of a new scope, where there is no row to lock yet.
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StoredScope>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return scopes.adopt("新县", first, "{\"v\":1}", Instant.now());
            }));
        }
        start.countDown();
        for (Future<StoredScope> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS).revision()).isEqualTo(1);
        }
        pool.shutdown();
        assertThat(scopes.changes("新县")).extracting(StoredScope.Change::kind).containsExactly("ADOPT");
    }
}
