package org.allianceplanner.plans;

import java.time.Instant;
import java.util.List;

import org.allianceplanner.explain.PlainScore;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.solver.PlanKpis;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The JSON the plan endpoints return; scores are strings such as "0hard/0medium/-123456soft". */
final class PlanViews {

    private PlanViews() {
    }

    /** What polling returns: small enough to ask for every second. */
    record PlanStatus(String id, String name, String status, String statusZh, int queuePosition,
            Instant submittedAt, Instant startedAt, Instant finishedAt, long timeSpentMillis,
            long timeLimitSeconds, Long unimprovedTimeLimitSeconds, String score, Boolean feasible, PlanKpis kpis,
            String error, String scope, String origin, String basedOn, Boolean adopted, String owner, int attempts,
            String source, Boolean archived, PlainScore plain, String boundState, Long bound, Double gapPercent,
            String boundNote) {
    }

    /** The status with the best plan so far and the score's progress. */
    record PlanDetail(String id, String name, String status, String statusZh, int queuePosition,
            Instant submittedAt, Instant startedAt, Instant finishedAt, long timeSpentMillis,
            long timeLimitSeconds, Long unimprovedTimeLimitSeconds, String score, Boolean feasible, PlanKpis kpis,
            String error, String scope, String origin, String basedOn, Boolean adopted, String owner, int attempts,
            String source, Boolean archived, PlainScore plain, String boundState, Long bound, Double gapPercent,
            String boundNote, List<PlanJob.Progress> progress, PlanDocument plan) {
    }

    /** Built from the stored row (and the live best when solving here): never parses the documents. */
    static PlanStatus status(PlanJob job, PlanService service) {
        return status(job, service, null, PlanBounds.View.NONE);
    }

    /**
     * The status; its score in plain words ({@code plain}: km-equivalent and a sentence) is
     * {@code principles}' when given (with each principle's subtotal), else made from the score alone.
     * With the optimality bound: {@code bound}, the soft score the allocation part cannot beat (calendar
     * left out, compare with {@code kpis.allocationSoft}), and {@code gapPercent}, how far this plan may
     * be from the best possible, while {@code boundState} is PROVEN; COMPUTING or UNAVAILABLE otherwise.
     */
    static PlanStatus status(PlanJob job, PlanService service, PlainScore principles, PlanBounds.View bound) {
        HardMediumSoftLongScore score = job.score();
        PlainScore plain = principles != null ? principles
                : score == null || !score.isSolutionInitialized() ? null : PlainScore.of(score);
        return new PlanStatus(job.id(), job.name(), job.state().name(), job.state().zh(), service.queuePosition(job),
                job.submittedAt(), job.startedAt(), job.finishedAt(), job.timeSpent().toMillis(),
                job.limits().timeLimit().toSeconds(), unimprovedSeconds(job), score == null ? null : score.toString(),
                feasible(score), job.kpis(), job.failure(), job.scope(), job.origin().name(), job.basedOn(),
                job.adopted() ? Boolean.TRUE : null, job.state() == PlanState.SOLVING ? job.owner() : null,
                job.attempts(), job.source(), job.archived() ? Boolean.TRUE : null, plain, bound.boundState(),
                bound.bound(), bound.gapPercent(), bound.boundNote());
    }

    /** The status with the plan; a stored plan that no longer reads is shown without it, and says why. */
    static PlanDetail detail(PlanJob job, PlanService service, PlainScore principles, PlanBounds.View bound) {
        PlanStatus s = status(job, service, principles, bound);
        PlanDocument document = null;
        String error = s.error();
        try {
            document = job.snapshot().document();
        } catch (StoredDocumentException e) {
            error = e.getMessage();
        }
        return new PlanDetail(s.id(), s.name(), s.status(), s.statusZh(), s.queuePosition(), s.submittedAt(),
                s.startedAt(), s.finishedAt(), s.timeSpentMillis(), s.timeLimitSeconds(),
                s.unimprovedTimeLimitSeconds(), s.score(), s.feasible(),
                s.kpis(), error, s.scope(), s.origin(), s.basedOn(), s.adopted(), s.owner(), s.attempts(),
                s.source(), s.archived(), s.plain(), s.boundState(), s.bound(), s.gapPercent(), s.boundNote(),
                job.progress(), document);
    }

    /** The plan's own "stop when not improved for" limit, so that a re-solve from it can start from it. */
    private static Long unimprovedSeconds(PlanJob job) {
        return job.limits().unimprovedTimeLimit() == null ? null : job.limits().unimprovedTimeLimit().toSeconds();
    }

    /** Null until the solver has placed every organization once (score still has an init part). */
    static Boolean feasible(HardMediumSoftLongScore score) {
        return score == null || !score.isSolutionInitialized() ? null : score.isFeasible();
    }
}
