package org.allianceplanner.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;

/**
 * One claim of a plan being solved on this instance: the solver, its best solution so far (a
 * planning clone nobody mutates afterwards), what was saved of it, and why it may end early. The
 * solver thread records best solutions; the heartbeat thread saves them; API threads read them.
 */
final class SolveRun {

    /** Why a run ends before its limits. */
    enum Ending {
        /** It runs to its limits. */
        NONE,
        /** A planner asked it to stop: it ends STOPPED with its best plan. */
        STOP,
        /** The instance shuts down: the plan goes back to the queue and resumes from its best. */
        RELEASE,
        /** Another instance took the plan over (this one lost its lease): nothing more is written. */
        ABANDON
    }

    private static final int MAX_PROGRESS_POINTS = 200;

    private final StoredPlan claimed;
    private final String owner;
    private final Instant runStartedAt;
    private final List<PlanJob.Progress> progress;
    private final AlliancePlan start;

    private volatile AlliancePlan best;
    private volatile PlanJob.Snapshot snapshot;
    private volatile PlanState state = PlanState.SOLVING;
    private volatile Instant finishedAt;
    private Solver<AlliancePlan> solver;
    private Ending ending = Ending.NONE;
    private boolean over;
    private long bestSerial;
    private long savedSerial;
    private long capturedSerial;
    private Instant savedAt;

    SolveRun(StoredPlan claimed, String owner, AlliancePlan start, Instant runStartedAt) {
        this.claimed = claimed;
        this.owner = owner;
        this.start = start;
        this.best = start;
        this.runStartedAt = runStartedAt;
        this.savedAt = runStartedAt;
        this.progress = new ArrayList<>(StoredDocuments.progress(claimed.progressJson()));
        if (claimed.stopRequested()) {
            ending = Ending.STOP;
        }
    }

    String id() {
        return claimed.id();
    }

    String name() {
        return claimed.name();
    }

    String owner() {
        return owner;
    }

    /** The run number in plan_runs. */
    int run() {
        return claimed.attempts();
    }

    AlliancePlan start() {
        return start;
    }

    /** What is left of the plan's limits after the time its earlier runs spent (at least a second). */
    SolveLimits remainingLimits() {
        long left = Math.max(1000, claimed.timeLimitMs() - claimed.spentMs());
        Long unimproved = claimed.unimprovedMs();
        return new SolveLimits(Duration.ofMillis(left),
                unimproved == null || unimproved >= left ? null : Duration.ofMillis(unimproved));
    }

    PlanJob.Snapshot snapshot() {
        AlliancePlan current = best;
        PlanJob.Snapshot cached = snapshot;
        if (cached == null || cached.solution() != current) {
            cached = new PlanJob.Snapshot(current, PlanMapper.toDocument(current), PlanKpis.of(current));
            snapshot = cached;
        }
        return cached;
    }

    HardMediumSoftLongScore score() {
        return best.getScore();
    }

    PlanState state() {
        return state;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    Duration timeSpent() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return Duration.ofMillis(claimed.spentMs()).plus(Duration.between(runStartedAt, end));
    }

    synchronized List<PlanJob.Progress> progress() {
        return List.copyOf(progress);
    }

    synchronized void recordBest(AlliancePlan newBest) {
        best = newBest;
        bestSerial++;
        if (ending != Ending.NONE && solver != null) {
            // Solver.solve() clears a terminateEarly() that came before it started; ask again.
            solver.terminateEarly();
        }
        if (progress.size() == MAX_PROGRESS_POINTS) {
            // Keep the first point and thin out the rest, so a long run still fits.
            for (int i = progress.size() - 1; i > 0; i -= 2) {
                progress.remove(i);
            }
        }
        progress.add(new PlanJob.Progress(timeSpent().toMillis(), String.valueOf(newBest.getScore())));
    }

    /** Hands the run its solver; false when it was asked to end before it started. */
    synchronized boolean begin(Solver<AlliancePlan> solver) {
        if (ending != Ending.NONE) {
            return false;
        }
        this.solver = solver;
        return true;
    }

    /** Asks the run to end; the first reason wins. Ignored once the run is over. */
    synchronized void end(Ending why) {
        if (over) {
            return;
        }
        // Losing the plan overrides everything; otherwise a stop is not undone by a shutdown.
        if (why == Ending.ABANDON || ending == Ending.NONE) {
            ending = why;
        }
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /** The solver returned; from now on the run only writes its end. Returns why it ended. */
    synchronized Ending over(AlliancePlan finalBest) {
        if (finalBest != null) {
            best = finalBest;
            bestSerial++;
        }
        over = true;
        solver = null;
        return ending;
    }

    synchronized void ended(PlanState finalState) {
        finishedAt = Instant.now();
        state = finalState;
    }

    synchronized boolean isOver() {
        return over;
    }

    /** The best solution to save when it changed since the last save and the interval has passed. */
    synchronized StoredPlan.Best bestToSave(Instant now, Duration interval) {
        if (bestSerial == savedSerial || Duration.between(savedAt, now).compareTo(interval) < 0) {
            return null;
        }
        return best(now);
    }

    /** The best solution as the store keeps it. */
    synchronized StoredPlan.Best best(Instant now) {
        capturedSerial = bestSerial;
        AlliancePlan current = best;
        PlanJob.Snapshot view = snapshot();
        return new StoredPlan.Best(StoreJson.write(view.document()),
                current.getScore() == null ? null : current.getScore().toString(), StoreJson.write(view.kpis()),
                StoreJson.write(List.copyOf(progress)), timeSpent().toMillis());
    }

    /** The best captured last by {@link #best} is in the store. */
    synchronized void saved(Instant at) {
        savedSerial = capturedSerial;
        savedAt = at;
    }
}
