package org.allianceplanner.api;

import java.time.Duration;
import java.util.List;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.boot.convert.DurationStyle;

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
        Duration value;
        try {
            value = DurationStyle.detectAndParse(text.trim());
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(FieldProblem.of(field, "limits.notDuration", text));
            return null;
        }
        // Compared as durations: 9300000000000000s is a Duration, but not a number of milliseconds.
        if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(max) > 0) {
            problems.add(FieldProblem.of(field, "limits.outOfRange", max.toSeconds()));
            return null;
        }
        return value;
    }

}
