package org.allianceplanner.benchmark.weights;

import java.time.Duration;

import org.allianceplanner.benchmark.BenchmarkRun;
import org.allianceplanner.solver.PlanKpis;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One profile's solve in a comparison.
 *
 * @param profile        the weighting
 * @param score          the best score under that profile's weights (not comparable across profiles)
 * @param feasible       no hard and no medium penalty: every rule kept and every organization placed,
 *                       the same test as the time to feasible
 * @param timeToFeasible when the first such plan was found; null if never
 * @param spent          wall time of the solve
 * @param kpis           the best plan's KPIs, which do not depend on the weights
 */
public record ProfileResult(WeightProfile profile, String score, boolean feasible, Duration timeToFeasible,
        Duration spent, PlanKpis kpis) {

    public static ProfileResult of(WeightProfile profile, BenchmarkRun run) {
        HardMediumSoftLongScore score = run.best().getScore();
        boolean feasible = score != null && score.isSolutionInitialized() && score.hardScore() == 0
                && score.mediumScore() == 0;
        return new ProfileResult(profile, String.valueOf(score), feasible, run.trace().timeToFeasible(), run.spent(),
                run.kpis());
    }
}
