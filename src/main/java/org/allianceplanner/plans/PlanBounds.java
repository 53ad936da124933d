package org.allianceplanner.plans;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllocationBound;
import org.allianceplanner.solver.CpSat;
import org.allianceplanner.solver.PlanKpis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The proven optimality bound of each plan's allocation, computed after the solve (one proof at a time
 * on its own thread, within {@code alliance.bound.time-limit}), once per problem and weights,
 * and kept in memory: after a restart it is proven again when a plan is next looked at. It never
 * delays a solve: the solver does not wait for it, nor share its cores with it.
 */
@Component
class PlanBounds implements AutoCloseable {

    /** Where a plan's bound stands. */
    enum State {
        COMPUTING, PROVEN, UNAVAILABLE
    }

    /** The bound fields of a plan's status: all null while there is nothing to say. */
    record View(String boundState, Long bound, Double gapPercent, String boundNote) {
        static final View NONE = new View(null, null, null, null);
    }

    private record Entry(State state, AllocationBound bound) {
    }

    private final Duration budget;
    private final ThreadPoolExecutor executor;
    /** The gap of the plan whose gap was told last, for the metrics (NaN until one is known). */
    private final AtomicReference<Double> lastGap = new AtomicReference<>(Double.NaN);
    private final Map<String, Entry> byPlan = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > 256;
        }
    });

    PlanBounds(@Value("${alliance.bound.time-limit:60s}") Duration budget, ObjectProvider<MeterRegistry> registry) {
        this.budget = budget;
        registry.ifAvailable(r -> Gauge.builder("alliance.solve.gap.percent", () -> lastGap.get())
                .description("Optimality gap of the allocation of the plan told last, in percent of its proven bound")
                .register(r));
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4), r -> {
            Thread thread = new Thread(r, "optimality-bound");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /**
     * The bound of the plan and its gap, as known now; starts proving it when nobody has (and the plan has
     * been placed once, so that CP-SAT starts from its assignment).
     */
    View of(PlanJob job) {
        if (budget.isZero() || budget.isNegative()) {
            return View.NONE;
        }
        if (!CpSat.available()) {
            return new View(State.UNAVAILABLE.name(), null, null, CpSat.problem());
        }
        Entry entry = byPlan.get(job.id());
        if (entry == null) {
            // Proven once the plan has finished solving, so that CP-SAT never takes a core from the solver
            // (this machine class has two), and starting from the plan's final assignment.
            if (!job.state().isFinished() || job.score() == null || !job.score().isSolutionInitialized()) {
                return View.NONE;
            }
            entry = new Entry(State.COMPUTING, null);
            byPlan.put(job.id(), entry);
            try {
                executor.execute(() -> prove(job));
            } catch (RejectedExecutionException busy) {
                byPlan.remove(job.id()); // asked again at the next poll
            }
        }
        return view(entry, job);
    }

    private void prove(PlanJob job) {
        try {
            AlliancePlan plan = job.snapshot().solution();
            AllocationBound bound = AllocationBound.of(plan, budget, 1);
            byPlan.put(job.id(), new Entry(bound.available() ? State.PROVEN : State.UNAVAILABLE, bound));
        } catch (RuntimeException | LinkageError e) {
            byPlan.put(job.id(), new Entry(State.UNAVAILABLE, AllocationBound.unavailable(e.getMessage())));
        }
    }

    private View view(Entry entry, PlanJob job) {
        if (entry.state() != State.PROVEN) {
            return new View(entry.state().name(), null, null, entry.bound() == null ? null : entry.bound().reason());
        }
        AllocationBound bound = entry.bound();
        Double gap = null;
        PlanKpis kpis = job.kpis();
        if (kpis != null && kpis.allocationSoft() != null && job.score() != null && job.score().isFeasible()
                && kpis.unassigned() == bound.minUnassigned()) {
            gap = bound.gapPercent(-kpis.allocationSoft());
            if (gap != null) {
                lastGap.set(gap);
            }
        }
        return new View(State.PROVEN.name(), -bound.bound(), gap, null);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
