package org.allianceplanner.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.StoredPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the dispatcher writes the end of a run, for each way a run ends, on a real store. */
class PlanDispatcherTest {

    private static final String HERE = "here:1";

    private PlanStoreFixture store;
    private PlanDispatcher dispatcher;

    @BeforeEach
    void dispatcher() {
        store = new PlanStoreFixture();
        // Polls only once, at start, before the test claims its plans: the runs are the test's.
        dispatcher = new PlanDispatcher(store.repository, 1, new DispatchProperties(HERE, Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofSeconds(2), false), AllianceSolvers.withDefaults());
        dispatcher.start(HERE);
        // Its first poll runs on its own thread: had it not run yet, it could take the plan a test inserts.
        try {
            assertThat(dispatcher.awaitFirstDispatch(Duration.ofSeconds(30))).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() {
        dispatcher.close();
    }

    private SolveRun run() {
        StoredPlan claimed = store.claimed(HERE, SolveLimits.of(Duration.ofSeconds(5)));
        return new SolveRun(claimed, HERE, PlanStoreFixture.problem(), Instant.now());
    }

    private StoredPlan finish(SolveRun.Ending ending, String failure) {
        SolveRun run = run();
        run.over(run.start());
        dispatcher.finish(run, ending, failure);
        return store.repository.findWithDocuments(run.id()).orElseThrow();
    }

    @Test
    void aRunThatRanToItsLimitsIsSolvedWithItsBestSaved() {
        StoredPlan row = finish(SolveRun.Ending.NONE, null);
        assertThat(row.status()).isEqualTo("SOLVED");
        assertThat(row.solutionJson()).isNotNull();
        assertThat(row.finishedAt()).isNotNull();
        assertThat(store.repository.runs(row.id())).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("SOLVED"));
    }

    @Test
    void aStoppedRunIsStopped() {
        assertThat(finish(SolveRun.Ending.STOP, null).status()).isEqualTo("STOPPED");
    }

    @Test
    void aRunReleasedAtShutdownGoesBackToTheQueueWithItsBest() {
        StoredPlan row = finish(SolveRun.Ending.RELEASE, null);
        assertThat(row.status()).isEqualTo("QUEUED");
        assertThat(row.solutionJson()).as("it resumes from here").isNotNull();
        assertThat(row.owner()).isNull();
    }

    @Test
    void aFailedRunSaysWhy() {
        StoredPlan row = finish(SolveRun.Ending.NONE, "IllegalStateException: broken");
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.error()).isEqualTo("IllegalStateException: broken");
    }

    @Test
    void aRunThatLostItsPlanWritesNothing() {
        SolveRun run = run();
        run.over(run.start());
        dispatcher.finish(run, SolveRun.Ending.ABANDON, null);
        StoredPlan row = store.repository.findWithDocuments(run.id()).orElseThrow();
        assertThat(row.status()).as("another instance owns it now").isEqualTo("SOLVING");
        assertThat(row.solutionJson()).isNull();
        assertThat(run.state()).isEqualTo(PlanState.SOLVING);
    }
}
