package org.allianceplanner.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.plans.PlanProperties;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.boot.convert.DurationStyle;

/**
 * Reads a request's limits ("30s", "2m", "PT90S"); absent ones take the configured defaults.
 * Problems are returned, not thrown, so they join the body's problems in one response.
 */
public final class SolveLimitsParser {

    private SolveLimitsParser() {
    }

    public static SolveLimits parse(String timeLimit, String unimprovedTimeLimit, PlanProperties defaults,
            List<FieldProblem> problems) {
        Duration limit = duration("timeLimit", timeLimit, defaults.defaultTimeLimit(), defaults, problems);
        Duration unimproved = duration("unimprovedTimeLimit", unimprovedTimeLimit,
                defaults.defaultUnimprovedTimeLimit(), defaults, problems);
        if (limit == null || unimproved == null) {
            return null;
        }
        return new SolveLimits(limit, unimproved.compareTo(limit) >= 0 ? null : unimproved);
    }

    private static Duration duration(String field, String text, Duration fallback, PlanProperties defaults,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Duration value;
        try {
            value = DurationStyle.detectAndParse(text.trim());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "limits.notDuration", text));
            return null;
        }
        if (value.toMillis() < 1000 || value.compareTo(defaults.maxTimeLimit()) > 0) {
            problems.add(FieldProblem.of(field, "limits.outOfRange", defaults.maxTimeLimit().toSeconds()));
            return null;
        }
        return value;
    }

    static List<FieldProblem> newProblemList() {
        return new ArrayList<>();
    }
}
