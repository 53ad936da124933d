package org.allianceplanner.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.store.PlanRepository;
import org.allianceplanner.store.StoredPlan;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stored plans on this instance. A dispatcher thread claims waiting plans (and plans whose
 * owner's lease ran out) up to the free solver slots; a heartbeat renews the leases of the plans
 * solving here, passes on stop requests made on any instance, and saves each improved best solution
 * at most every save interval. A run saves its final best when it ends; a claimed plan starts from
 * its last saved best solution, so a plan survives the crash of the instance that solved it.
 */
final class PlanDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlanDispatcher.class);

    private final PlanRepository repository;
    private final AllianceSolvers allianceSolvers;
    private final int slots;
    private final DispatchProperties properties;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService solvers;
    private final Map<String, SolveRun> running = new ConcurrentHashMap<>();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile String instanceId;
    private volatile boolean closing;
    private volatile PlanMetrics metrics;

    PlanDispatcher(PlanRepository repository, int slots, DispatchProperties properties,
            AllianceSolvers allianceSolvers) {
        this.repository = repository;
        this.allianceSolvers = allianceSolvers;
        this.slots = slots;
        this.properties = properties;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "plan-dispatcher"));
        AtomicInteger threads = new AtomicInteger();
        this.solvers = Executors.newFixedThreadPool(slots, r -> daemon(r, "plan-solver-" + threads.incrementAndGet()));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Counted down once the first look for waiting plans after start has run. */
    private final java.util.concurrent.CountDownLatch firstDispatch = new java.util.concurrent.CountDownLatch(1);

    synchronized void start(String instanceId) {
        if (this.instanceId != null) {
            return;
        }
        this.instanceId = instanceId;
        int orphans = repository.expireLeasesOf(instanceId, Instant.now());
        if (orphans > 0) {
            LOG.info("Resuming {} plan(s) this instance ({}) was solving when it stopped", orphans, instanceId);
        }
        scheduler.scheduleWithFixedDelay(() -> {
            guarded("dispatch", this::dispatch);
            firstDispatch.countDown();
        }, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> guarded("heartbeat", this::heartbeat),
                properties.heartbeat().toMillis(), properties.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Instance {} solves up to {} plan(s) at once (lease {})", instanceId, slots, properties.lease());
    }

    String instanceId() {
        return instanceId;
    }

    /**
     * Waits until the first look for waiting plans after {@link #start} has run (a test that claims plans
     * itself waits for it, else the dispatcher may take them first).
     */
    boolean awaitFirstDispatch(Duration timeout) throws InterruptedException {
        return firstDispatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Where runs report their times and scores (none until given). */
    void metrics(PlanMetrics planMetrics) {
        this.metrics = planMetrics;
    }

    /** Plans solving on this instance now. */
    int solvingHere() {
        return running.size();
    }

    /** Whether the dispatcher claims and solves plans: started, not closing, its threads alive. */
    boolean isRunning() {
        return instanceId != null && !closing && !scheduler.isShutdown() && !solvers.isShutdown();
    }

    int slots() {
        return slots;
    }

    /** Looks for waiting plans now rather than at the next poll. */
    void wake() {
        if (instanceId != null && !closing && wakePending.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    wakePending.set(false);
                    guarded("dispatch", this::dispatch);
                });
            } catch (RuntimeException e) {
                wakePending.set(false);
            }
        }
    }

    Optional<SolveRun> live(String id) {
        return Optional.ofNullable(running.get(id));
    }

    /** Stops the plan at once if it solves here; the store's stop flag reaches other instances. */
    void stopLocal(String id) {
        SolveRun run = running.get(id);
        if (run != null) {
            run.end(SolveRun.Ending.STOP);
        }
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // The database may be away for a moment: try again at the next tick.
            LOG.warn("Plan {} failed: {}", what, e.toString());
        }
    }

    private void dispatch() {
        if (closing) {
            return;
        }
        int free = slots - running.size();
        if (free <= 0) {
            return;
        }
        Instant now = Instant.now();
        List<StoredPlan> claimed = repository.claim(instanceId, free, now, now.plus(properties.lease()));
        for (StoredPlan row : claimed) {
            launch(row, now);
        }
    }

    private void launch(StoredPlan row, Instant now) {
        boolean resume = row.solutionJson() != null;
        AlliancePlan start;
        try {
            start = resume ? StoredDocuments.model(row.solutionJson(), StoredDocumentException.document("savedSolution"))
                    : StoredDocuments.model(row.problemJson(), StoredDocumentException.document("savedProblem"));
        } catch (StoredDocumentException e) {
            LOG.error("Plan {} ({}) cannot start: {}", row.id(), row.name(), e.getMessage());
            repository.endRun(row.id(), instanceId, row.attempts(), PlanState.FAILED.name(), null, e.getMessage(), now);
            return;
        }
        if (resume) {
            // The saved score, so the plan shows it until the solver reports a better one.
            start.setScore(StoredDocuments.score(row.score()));
        }
        SolveRun run = new SolveRun(row, instanceId, start, now);
        running.put(row.id(), run);
        LOG.info("Plan {} ({}) claimed by {} (run {}){}", row.id(), row.name(), instanceId, row.attempts(),
                resume ? ", resuming from its saved best " + row.score() : "");
        try {
            solvers.execute(() -> solve(run));
        } catch (RuntimeException e) {
            running.remove(row.id());
            throw e;
        }
    }

    private void solve(SolveRun run) {
        Solver<AlliancePlan> solver = null;
        try {
            AlliancePlan result;
            solver = allianceSolvers.solver(run.start(), run.remainingLimits());
            AtomicBoolean feasibleSeen = new AtomicBoolean(run.start().getScore() != null
                    && run.start().getScore().isSolutionInitialized() && run.start().getScore().isFeasible());
            solver.addEventListener(event -> {
                run.recordBest(event.getNewBestSolution());
                PlanMetrics m = metrics;
                if (m != null && event.getNewBestScore().isSolutionInitialized() && event.getNewBestScore().isFeasible()
                        && feasibleSeen.compareAndSet(false, true)) {
                    m.firstFeasible(Duration.ofMillis(event.getTimeMillisSpent()));
                }
            });
            if (run.begin(solver)) {
                result = solver.solve(run.start());
            } else {
                result = null;
            }
            finish(run, run.over(result), null);
        } catch (RuntimeException | Error e) {
            LOG.error("Plan {} ({}) failed", run.id(), run.name(), e);
            finish(run, run.over(null), e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            running.remove(run.id());
            record(run, solver);
            wake();
        }
    }

    private void record(SolveRun run, Solver<AlliancePlan> solver) {
        PlanMetrics m = metrics;
        if (m == null) {
            return;
        }
        try {
            Long speed = null;
            if (solver instanceof DefaultSolver<AlliancePlan> d && d.getSolverScope().getEndingSystemTimeMillis() != null) {
                speed = d.getSolverScope().getScoreCalculationSpeed();
            }
            m.ended(run.state(), run.timeSpent(), run.score(), speed);
        } catch (RuntimeException e) {
            LOG.debug("Plan {}: metrics not recorded: {}", run.id(), e.toString());
        }
    }

    /** Writes the end of a run: retried for a while, since the work of the whole run depends on it. */
    void finish(SolveRun run, SolveRun.Ending ending, String failure) {
        if (ending == SolveRun.Ending.ABANDON) {
            LOG.warn("Plan {} ({}) was taken over by another instance; this run's result is dropped", run.id(),
                    run.name());
            run.ended(PlanState.SOLVING);
            return;
        }
        PlanState state;
        String status;
        if (failure != null) {
            state = PlanState.FAILED;
            status = state.name();
        } else if (ending == SolveRun.Ending.RELEASE) {
            state = PlanState.QUEUED;
            status = PlanRepository.QUEUED;
        } else {
            state = ending == SolveRun.Ending.STOP ? PlanState.STOPPED : PlanState.SOLVED;
            status = state.name();
        }
        for (int attempt = 1; ; attempt++) {
            Instant now = Instant.now();
            try {
                StoredPlan.Best best = run.best(now);
                if (!repository.endRun(run.id(), instanceId, run.run(), status, best, failure, now)) {
                    LOG.warn("Plan {} ({}) is no longer owned by {}; its end was not written", run.id(), run.name(),
                            instanceId);
                }
                break;
            } catch (RuntimeException e) {
                if (attempt >= 5) {
                    LOG.error("Plan {} ({}): cannot write its end; another instance resumes it from its last save "
                            + "once the lease runs out", run.id(), run.name(), e);
                    break;
                }
                sleep(1000L * attempt);
            }
        }
        run.ended(state);
        if (state == PlanState.QUEUED) {
            LOG.info("Plan {} ({}) handed back to the queue with its best score {} saved", run.id(), run.name(),
                    run.score());
        } else {
            LOG.info("Plan {} ({}) {} with score {} in {}", run.id(), run.name(), state, run.score(), run.timeSpent());
        }
    }

    private void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Map<String, Boolean> owned = repository.renewLeases(instanceId, now.plus(properties.lease()));
        for (SolveRun run : running.values()) {
            if (run.isOver()) {
                continue;
            }
            Boolean stopRequested = owned.get(run.id());
            if (stopRequested == null) {
                if (!run.isOver()) {
                    LOG.warn("Plan {} ({}): lease lost to another instance; stopping here", run.id(), run.name());
                    run.end(SolveRun.Ending.ABANDON);
                }
                continue;
            }
            if (stopRequested) {
                run.end(SolveRun.Ending.STOP);
            }
            StoredPlan.Best best = run.bestToSave(now, properties.saveInterval());
            if (best != null) {
                if (repository.saveBest(run.id(), instanceId, best, now, now.plus(properties.lease()))) {
                    run.saved(now);
                } else if (!run.isOver()) {
                    LOG.warn("Plan {} ({}): lease lost to another instance; stopping here", run.id(), run.name());
                    run.end(SolveRun.Ending.ABANDON);
                }
            }
        }
    }

    /**
     * Hands the plans solving here back to the queue with their best solution saved, so that another
     * instance, or this one after a restart, resumes them.
     */
    @Override
    public void close() {
        LOG.info("Handing the plans solving here back to the queue");
        closing = true;
        running.values().forEach(run -> run.end(SolveRun.Ending.RELEASE));
        solvers.shutdown();
        try {
            if (!solvers.awaitTermination(20, TimeUnit.SECONDS)) {
                LOG.warn("Some solvers did not stop in time; their plans resume from their last save");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        solvers.shutdownNow();
        scheduler.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
