package org.allianceplanner.benchmark.weights;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A finished comparison: how it was run and one result per profile, in the order given.
 *
 * @param dataset        the problem file or generated dataset name
 * @param communities    communities in the problem
 * @param organizations  organizations in the problem
 * @param timePerProfile the solving time each profile had
 * @param date           when the comparison started
 * @param cores          processors the JVM saw
 * @param currentPlan    the plan file whose assignment was taken as the current one; null if none
 * @param currentMatched organizations that got a current community from it
 * @param results        one per profile
 */
public record WeightsComparison(String dataset, int communities, int organizations, Duration timePerProfile,
        OffsetDateTime date, int cores, String currentPlan, int currentMatched, List<ProfileResult> results) {

    public WeightsComparison {
        results = List.copyOf(results);
    }

    /** Whether "moved vs current" means anything: only with a current plan. */
    public boolean hasCurrent() {
        return currentPlan != null;
    }
}
