package org.allianceplanner.plans;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.api.solver.Solver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves submitted plans in the background: at most {@code parallelPlans} at once, the rest wait
 * in submission order. Each plan gets its own solver with its own limits, so one plan's problem
 * never disturbs another's.
 */
public class PlanService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlanService.class);

    private final Map<String, PlanJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService solvers;

    public PlanService(int parallelPlans) {
        AtomicInteger threads = new AtomicInteger();
        this.solvers = new ThreadPoolExecutor(parallelPlans, parallelPlans, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "plan-solver-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public PlanJob submit(AlliancePlan problem, SolveLimits limits) {
        PlanJob job = new PlanJob(UUID.randomUUID().toString(), problem, limits, Instant.now());
        jobs.put(job.id(), job);
        solvers.execute(() -> solve(job));
        return job;
    }

    public Optional<PlanJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** All plans, newest first. */
    public List<PlanJob> list() {
        return jobs.values().stream().sorted(Comparator.comparing(PlanJob::submittedAt).reversed()).toList();
    }

    /** 1 for the next plan to start, 0 when the plan is not waiting. */
    public int queuePosition(PlanJob job) {
        if (job.state() != PlanState.QUEUED) {
            return 0;
        }
        return 1 + (int) jobs.values().stream()
                .filter(other -> other.state() == PlanState.QUEUED && other.submittedAt().isBefore(job.submittedAt()))
                .count();
    }

    public Optional<PlanJob> stop(String id) {
        PlanJob job = jobs.get(id);
        if (job != null) {
            job.requestStop();
        }
        return Optional.ofNullable(job);
    }

    private void solve(PlanJob job) {
        if (job.state() != PlanState.QUEUED) {
            return;
        }
        try {
            Solver<AlliancePlan> solver = AllianceSolverConfig.<AlliancePlan>factory(job.limits()).buildSolver();
            solver.addEventListener(event -> job.recordBest(event.getNewBestSolution()));
            if (!job.start(solver)) {
                return;
            }
            job.finished(solver.solve(job.problem()));
            LOG.info("Plan {} ({}) {} with score {} in {}", job.id(), job.name(), job.state(), job.score(),
                    job.timeSpent());
        } catch (RuntimeException | Error e) {
            LOG.error("Plan {} ({}) failed", job.id(), job.name(), e);
            job.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        jobs.values().forEach(PlanJob::requestStop);
        solvers.shutdownNow();
    }
}
