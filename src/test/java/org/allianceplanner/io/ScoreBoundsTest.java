package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.model.AllianceConstraint;
import org.junit.jupiter.api.Test;

/** Weights that could overflow the score are refused; the defaults never are, even for the largest dataset. */
class ScoreBoundsTest {

    private static PlanDocument province() {
        return Datasets.generate(Datasets.PROVINCE, Datasets.COMMITTED_SEED);
    }

    @Test
    void theDefaultsAndTheMaximumOnTheLargestDatasetDoNotOverflow() {
        PlanDocument province = province();
        assertThat(ScoreBounds.overflows(province)).isFalse();
        Map<String, Long> max = new HashMap<>();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            max.put(c.id(), ScoreBounds.MAX_WEIGHT);
        }
        assertThat(ScoreBounds.overflows(province.withWeights(max))).as("every weight at the maximum").isFalse();
    }

    @Test
    void aWeightOverTheMaximumIsAFieldProblem() {
        PlanDocument plan = province().withWeights(Map.of("distance", ScoreBounds.MAX_WEIGHT + 1));
        assertThat(PlanChecks.check(plan)).extracting(FieldProblem::field).contains("weights.distance");
    }
}
