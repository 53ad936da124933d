package org.allianceplanner.api;

import java.time.Duration;
import java.util.List;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.solver.Durations;
import org.allianceplanner.solver.SolveLimits;

/**
 * Reads a request's limits ("30s", "2m", "PT90S"); absent ones take the configured defaults.
 * Problems are returned, not thrown, so they join the body's problems in one response.
 */
public final class SolveLimitsParser {

    private SolveLimitsParser() {
    }

    /**
     * The limits of a request: {@code timeLimit} and {@code unimprovedTimeLimit} as given, or else
     * {@code defaults}'s; each between a second and {@code max}. An unimproved limit as long as the
     * time limit or longer means none.
     */
    public static SolveLimits parse(String timeLimit, String unimprovedTimeLimit, SolveLimits defaults, Duration max,
            List<FieldProblem> problems) {
        Duration limit = duration("timeLimit", timeLimit, defaults.timeLimit(), max, problems);
        Duration fallback = defaults.unimprovedTimeLimit() == null ? defaults.timeLimit() : defaults.unimprovedTimeLimit();
        Duration unimproved = duration("unimprovedTimeLimit", unimprovedTimeLimit, fallback, max, problems);
        if (limit == null || unimproved == null) {
            return null;
        }
        return new SolveLimits(limit, unimproved.compareTo(limit) >= 0 ? null : unimproved);
    }

    private static Duration duration(String field, String text, Duration fallback, Duration max,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Durations.Reading reading = Durations.read(text, Duration.ofSeconds(1), max);
        if (reading.problem() != null) {
            problems.add(new FieldProblem(field, reading.problem()));
        }
        return reading.value();
    }
}
