package org.allianceplanner.plans;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.allianceplanner.store.PlanRepository;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The solver's metrics (Micrometer, scraped at /actuator/prometheus): plans waiting (all instances)
 * and solving here, how long runs take and how they end, the score calculation speed, the time to
 * the first feasible solution and the last finished plan's best score per level. The optimality gap
 * is published by {@link PlanBounds}, which proves the bounds.
 */
public class PlanMetrics {

    enum Level {
        HARD, MEDIUM, SOFT
    }

    private final MeterRegistry registry;
    private final Map<Level, AtomicLong> bestScore = new EnumMap<>(Level.class);
    private final DistributionSummary speed;
    private final Timer firstFeasible;

    public PlanMetrics(MeterRegistry registry, PlanRepository repository, Supplier<Integer> solvingHere) {
        this.registry = registry;
        Gauge.builder("alliance.plans.queued", () -> repository.countByStatus(PlanRepository.QUEUED))
                .description("Plans waiting to be solved, on every instance").register(registry);
        Gauge.builder("alliance.plans.solving", solvingHere::get)
                .description("Plans solving on this instance").register(registry);
        for (Level level : Level.values()) {
            AtomicLong value = new AtomicLong();
            bestScore.put(level, value);
            Gauge.builder("alliance.solve.best.score", value::get).tag("level", level.name().toLowerCase())
                    .description("Best score of the plan that finished last, per level").register(registry);
        }
        speed = DistributionSummary.builder("alliance.solve.score.calculation.speed").baseUnit("calculations/s")
                .description("Score calculations per second of each run").register(registry);
        firstFeasible = Timer.builder("alliance.solve.time.to.first.feasible")
                .description("From a run's start to its first feasible solution").register(registry);
    }

    /** A run found its first feasible solution after {@code elapsed}. */
    void firstFeasible(Duration elapsed) {
        firstFeasible.record(elapsed);
    }

    /** A run ended (SOLVED, STOPPED, FAILED or handed back as QUEUED). */
    void ended(PlanState state, Duration spent, HardMediumSoftLongScore score, Long calculationsPerSecond) {
        Timer.builder("alliance.solve.time").tag("outcome", state.name())
                .description("Solving time of each run, by how it ended").register(registry)
                .record(spent.toMillis(), TimeUnit.MILLISECONDS);
        if (calculationsPerSecond != null) {
            speed.record(calculationsPerSecond);
        }
        if (score != null && score.isSolutionInitialized()) {
            bestScore.get(Level.HARD).set(score.hardScore());
            bestScore.get(Level.MEDIUM).set(score.mediumScore());
            bestScore.get(Level.SOFT).set(score.softScore());
        }
    }
}
