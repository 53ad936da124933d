package org.allianceplanner.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.StoredPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A submitted plan as one read sees it: its stored row, overlaid with the live best solution when it
 * is solving on this instance. The store is the source of truth; a plan solving on another instance
 * shows its last saved best (at most a save interval old). The documents are read lazily, so a list
 * never parses them, and a stored document that no longer reads raises
 * {@link StoredDocumentException} from {@link #snapshot()} and {@link #problem()} only.
 */
public final class PlanJob {

    /** The best solution as the API shows it, computed once per new best solution. */
    public record Snapshot(AlliancePlan solution, PlanDocument document, PlanKpis kpis) {
    }

    /** One point of the score's progress, for the planner's live chart. */
    public record Progress(long millis, String score) {
    }

    private final StoredPlan row;
    private final SolveRun live;
    private final int queuePosition;
    private final Supplier<Snapshot> storedSnapshot;
    private final Supplier<AlliancePlan> problem;

    PlanJob(StoredPlan row, SolveRun live, int queuePosition, Supplier<Snapshot> storedSnapshot,
            Supplier<AlliancePlan> problem) {
        this.row = row;
        this.live = live;
        this.queuePosition = queuePosition;
        this.storedSnapshot = storedSnapshot;
        this.problem = problem;
    }

    /** The best solution so far, or for a plan that never started, its problem. */
    public Snapshot snapshot() {
        return live != null ? live.snapshot() : storedSnapshot.get();
    }

    public HardMediumSoftLongScore score() {
        return live != null ? live.score() : StoredDocuments.score(row.score());
    }

    /** The KPIs of the best solution so far (of the problem before the first save); null if unreadable. */
    public PlanKpis kpis() {
        return live != null ? live.snapshot().kpis() : StoredDocuments.kpis(row.kpisJson());
    }

    public Duration timeSpent() {
        if (live != null) {
            return live.timeSpent();
        }
        long spent = row.spentMs();
        if (state() == PlanState.SOLVING && row.savedAt() != null) {
            spent += Math.max(0, Duration.between(row.savedAt(), Instant.now()).toMillis());
        }
        return Duration.ofMillis(spent);
    }

    public List<Progress> progress() {
        return live != null ? live.progress() : StoredDocuments.progress(row.progressJson());
    }

    /** The problem as submitted. */
    public AlliancePlan problem() {
        return problem.get();
    }

    public String id() {
        return row.id();
    }

    public String name() {
        return row.name();
    }

    public String scope() {
        return row.scope();
    }

    public PlanOrigin origin() {
        try {
            return PlanOrigin.valueOf(row.origin());
        } catch (IllegalArgumentException e) {
            return PlanOrigin.SUBMITTED;
        }
    }

    /** For a rebalancing proposal: the adopted plan it re-plans. */
    public String basedOn() {
        return row.basedOn();
    }

    /** For a rebalancing proposal: the master-data revision of its scope it started from. */
    public Integer baseRevision() {
        return row.baseRevision();
    }

    /** Archived plans are kept but left out of the plan list. */
    public boolean archived() {
        return row.archived();
    }

    /** Where the problem came from: a dataset's or file's name; null when not said. */
    public String source() {
        return row.source();
    }

    /** Whether this is the adopted plan of its scope. */
    public boolean adopted() {
        return row.adopted();
    }

    public SolveLimits limits() {
        return new SolveLimits(Duration.ofMillis(row.timeLimitMs()),
                row.unimprovedMs() == null ? null : Duration.ofMillis(row.unimprovedMs()));
    }

    public PlanState state() {
        if (live != null) {
            return live.state();
        }
        try {
            return PlanState.valueOf(row.status());
        } catch (IllegalArgumentException e) {
            return PlanState.FAILED;
        }
    }

    public Instant submittedAt() {
        return row.submittedAt();
    }

    public Instant startedAt() {
        return row.startedAt();
    }

    public Instant finishedAt() {
        return live != null && live.finishedAt() != null ? live.finishedAt() : row.finishedAt();
    }

    /** Why the plan failed, or why one of its stored documents cannot be read; null when all is well. */
    public String failure() {
        if (row.error() != null) {
            return row.error();
        }
        return row.documentError();
    }

    /** The instance solving the plan now, or that last solved it. */
    public String owner() {
        return row.owner();
    }

    /** How many times an instance claimed the plan (more than once after a restart or a takeover). */
    public int attempts() {
        return row.attempts();
    }

    public int queuePosition() {
        return state() == PlanState.QUEUED ? queuePosition : 0;
    }

    /** The stored version of the row, for caches. */
    long version() {
        return row.version();
    }
}
