package org.allianceplanner.solver;

import java.time.Duration;

/**
 * When a run stops: after {@code timeLimit} at most, or earlier once the best score has not improved
 * for {@code unimprovedTimeLimit} (null: never early).
 */
public record SolveLimits(Duration timeLimit, Duration unimprovedTimeLimit) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_UNIMPROVED_TIME_LIMIT = Duration.ofSeconds(10);

    public SolveLimits {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive.");
        }
    }

    public static SolveLimits defaults() {
        return new SolveLimits(DEFAULT_TIME_LIMIT, DEFAULT_UNIMPROVED_TIME_LIMIT);
    }

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, null);
    }
}
