package org.allianceplanner.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.StoredPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;

/** Why a run ends, decided among the stop button, the shutdown and a lost lease; and when it saves. */
class SolveRunTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    private static PlanStoreFixture store;

    @BeforeAll
    static void store() {
        store = new PlanStoreFixture();
    }

    private static SolveRun run() {
        StoredPlan claimed = store.claimed("here:1", new SolveLimits(Duration.ofSeconds(30), Duration.ofSeconds(10)));
        return new SolveRun(claimed, "here:1", PlanStoreFixture.problem(), Instant.now());
    }

    private static Solver<AlliancePlan> solver(SolveRun run) {
        return SOLVERS.solver(run.start(), SolveLimits.of(Duration.ofSeconds(1)));
    }

    @Test
    void aRunAskedToStopBeforeItStartsNeverStarts() {
        SolveRun run = run();
        run.end(SolveRun.Ending.STOP);
        assertThat(run.begin(solver(run))).isFalse();
        assertThat(run.over(null)).isEqualTo(SolveRun.Ending.STOP);
    }

    @Test
    void theFirstReasonWinsButLosingThePlanOverridesAll() {
        SolveRun stopped = run();
        stopped.begin(solver(stopped));
        stopped.end(SolveRun.Ending.STOP);
        stopped.end(SolveRun.Ending.RELEASE);
        assertThat(stopped.over(null)).as("a shutdown does not undo a stop").isEqualTo(SolveRun.Ending.STOP);

        SolveRun lost = run();
        lost.begin(solver(lost));
        lost.end(SolveRun.Ending.RELEASE);
        lost.end(SolveRun.Ending.ABANDON);
        assertThat(lost.over(null)).isEqualTo(SolveRun.Ending.ABANDON);
    }

    @Test
    void nothingChangesOnceTheRunIsOver() {
        SolveRun run = run();
        run.begin(solver(run));
        assertThat(run.over(run.start())).isEqualTo(SolveRun.Ending.NONE);
        run.end(SolveRun.Ending.STOP);
        assertThat(run.over(null)).isEqualTo(SolveRun.Ending.NONE);
        assertThat(run.isOver()).isTrue();
    }

    @Test
    void theBestIsSavedWhenItChangedAndTheIntervalPassed() {
        SolveRun run = run();
        Instant start = Instant.now();
        assertThat(run.bestToSave(start.plusSeconds(5), Duration.ofSeconds(2))).as("nothing new yet").isNull();
        run.recordBest(run.start());
        assertThat(run.bestToSave(start, Duration.ofSeconds(2))).as("too soon").isNull();
        StoredPlan.Best best = run.bestToSave(start.plusSeconds(5), Duration.ofSeconds(2));
        assertThat(best).isNotNull();
        assertThat(best.solutionJson()).contains("\"organizations\"");
        run.saved(start.plusSeconds(5));
        assertThat(run.bestToSave(start.plusSeconds(20), Duration.ofSeconds(2))).as("saved already").isNull();
        assertThat(run.progress()).hasSize(1);
    }

    @Test
    void aResumedRunHasWhatIsLeftOfItsLimits() {
        SolveRun run = run();
        SolveLimits left = run.remainingLimits();
        assertThat(left.timeLimit()).isEqualTo(Duration.ofSeconds(30));
        assertThat(left.unimprovedTimeLimit()).isEqualTo(Duration.ofSeconds(10));
    }
}
