package org.allianceplanner.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;

/**
 * One submitted plan: its problem, its limits, where it is in its life and its best solution so far.
 * The solver thread replaces the best solution (a planning clone nobody mutates afterwards); the
 * API threads read it, so the mutable fields are volatile and the snapshot is immutable.
 */
public final class PlanJob {

    /** The best solution as the API shows it, computed once per new best solution. */
    public record Snapshot(AlliancePlan solution, PlanDocument document, PlanKpis kpis) {
    }

    /** One point of the score's progress, for the planner's live chart. */
    public record Progress(long millis, String score) {
    }

    private static final int MAX_PROGRESS_POINTS = 200;

    private final String id;
    private final String name;
    private final AlliancePlan problem;
    private final SolveLimits limits;
    private final Instant submittedAt;
    private final List<Progress> progress = new ArrayList<>();

    private volatile PlanState state = PlanState.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile AlliancePlan best;
    private volatile Snapshot snapshot;
    private volatile Solver<AlliancePlan> solver;
    private volatile boolean stopRequested;
    private volatile String failure;

    PlanJob(String id, AlliancePlan problem, SolveLimits limits, Instant submittedAt) {
        this.id = id;
        this.name = problem.getName();
        this.problem = problem;
        this.best = problem;
        this.limits = limits;
        this.submittedAt = submittedAt;
    }

    public Snapshot snapshot() {
        AlliancePlan current = best;
        Snapshot cached = snapshot;
        if (cached == null || cached.solution() != current) {
            cached = new Snapshot(current, PlanMapper.toDocument(current), PlanKpis.of(current));
            snapshot = cached;
        }
        return cached;
    }

    public HardMediumSoftLongScore score() {
        return best.getScore();
    }

    public Duration timeSpent() {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    public synchronized List<Progress> progress() {
        return List.copyOf(progress);
    }

    synchronized void recordBest(AlliancePlan newBest) {
        best = newBest;
        if (stopRequested && solver != null) {
            // Solver.solve() clears a terminateEarly() that came before it started; ask again.
            solver.terminateEarly();
        }
        long millis = startedAt == null ? 0 : Duration.between(startedAt, Instant.now()).toMillis();
        if (progress.size() == MAX_PROGRESS_POINTS) {
            // Keep the first point and thin out the rest, so a long run still fits.
            for (int i = progress.size() - 1; i > 0; i -= 2) {
                progress.remove(i);
            }
        }
        progress.add(new Progress(millis, String.valueOf(newBest.getScore())));
    }

    /** Moves a queued plan to solving; false when it was stopped while it waited. */
    synchronized boolean start(Solver<AlliancePlan> solver) {
        if (state != PlanState.QUEUED) {
            return false;
        }
        this.solver = solver;
        this.startedAt = Instant.now();
        this.state = PlanState.SOLVING;
        return true;
    }

    synchronized void finished(AlliancePlan finalBest) {
        best = finalBest;
        finishedAt = Instant.now();
        solver = null;
        state = stopRequested ? PlanState.STOPPED : PlanState.SOLVED;
    }

    synchronized void failed(String message) {
        failure = message;
        finishedAt = Instant.now();
        solver = null;
        state = PlanState.FAILED;
    }

    /** A queued plan stops at once; a solving one stops soon and keeps its best plan so far. */
    synchronized void requestStop() {
        if (state.isFinished()) {
            return;
        }
        stopRequested = true;
        if (state == PlanState.QUEUED) {
            finishedAt = Instant.now();
            state = PlanState.STOPPED;
        } else if (solver != null) {
            solver.terminateEarly();
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AlliancePlan problem() {
        return problem;
    }

    public SolveLimits limits() {
        return limits;
    }

    public PlanState state() {
        return state;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }
}
