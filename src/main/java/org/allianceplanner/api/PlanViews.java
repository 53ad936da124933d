package org.allianceplanner.api;

import java.time.Instant;
import java.util.List;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.plans.PlanJob;
import org.allianceplanner.plans.PlanService;
import org.allianceplanner.solver.PlanKpis;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The JSON the plan endpoints return; scores are strings such as "0hard/0medium/-123456soft". */
final class PlanViews {

    private PlanViews() {
    }

    /** What polling returns: small enough to ask for every second. */
    record PlanStatus(String id, String name, String status, String statusZh, int queuePosition,
            Instant submittedAt, Instant startedAt, Instant finishedAt, long timeSpentMillis,
            long timeLimitSeconds, String score, Boolean feasible, PlanKpis kpis, String error) {
    }

    /** The status with the best plan so far and the score's progress. */
    record PlanDetail(String id, String name, String status, String statusZh, int queuePosition,
            Instant submittedAt, Instant startedAt, Instant finishedAt, long timeSpentMillis,
            long timeLimitSeconds, String score, Boolean feasible, PlanKpis kpis, String error,
            List<PlanJob.Progress> progress, PlanDocument plan) {
    }

    static PlanStatus status(PlanJob job, PlanService service) {
        PlanJob.Snapshot snapshot = job.snapshot();
        HardMediumSoftLongScore score = job.score();
        return new PlanStatus(job.id(), job.name(), job.state().name(), job.state().zh(), service.queuePosition(job),
                job.submittedAt(), job.startedAt(), job.finishedAt(), job.timeSpent().toMillis(),
                job.limits().timeLimit().toSeconds(), score == null ? null : score.toString(),
                feasible(score), snapshot.kpis(), job.failure());
    }

    static PlanDetail detail(PlanJob job, PlanService service) {
        PlanStatus s = status(job, service);
        return new PlanDetail(s.id(), s.name(), s.status(), s.statusZh(), s.queuePosition(), s.submittedAt(),
                s.startedAt(), s.finishedAt(), s.timeSpentMillis(), s.timeLimitSeconds(), s.score(), s.feasible(),
                s.kpis(), s.error(), job.progress(), job.snapshot().document());
    }

    /** Null until the solver has placed every organization once (score still has an init part). */
    static Boolean feasible(HardMediumSoftLongScore score) {
        return score == null || !score.isSolutionInitialized() ? null : score.isFeasible();
    }
}
