package org.allianceplanner.plans;

import java.time.Duration;

import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service solves: how many plans at once, the limits a request gets when it sets none (by
 * default {@link SolveLimits#defaults()}, the command line's too), the longest time limit a request
 * may ask for, and OptaPlanner's environment mode and move-thread count (unset: the solver
 * configuration's, REPRODUCIBLE and NONE).
 */
@ConfigurationProperties("alliance.solver")
public record PlanProperties(
        @DefaultValue("2") int parallelPlans,
        Duration defaultTimeLimit,
        Duration defaultUnimprovedTimeLimit,
        @DefaultValue("1h") Duration maxTimeLimit,
        EnvironmentMode environmentMode,
        String moveThreadCount) {

    public PlanProperties {
        defaultTimeLimit = defaultTimeLimit == null ? SolveLimits.DEFAULT_TIME_LIMIT : defaultTimeLimit;
        defaultUnimprovedTimeLimit = defaultUnimprovedTimeLimit == null ? SolveLimits.DEFAULT_UNIMPROVED_TIME_LIMIT
                : defaultUnimprovedTimeLimit;
    }

    /** Limits with these as the defaults, as for a rebalancing proposal (environment unchanged). */
    public PlanProperties withDefaultLimits(Duration timeLimit, Duration unimprovedTimeLimit) {
        return new PlanProperties(parallelPlans, timeLimit, unimprovedTimeLimit, maxTimeLimit, environmentMode,
                moveThreadCount);
    }

    public SolveLimits defaultLimits() {
        return new SolveLimits(defaultTimeLimit, defaultUnimprovedTimeLimit);
    }
}
