package org.allianceplanner.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Every new best score of one run with the time it was found, so a benchmark can say when the plan
 * first became feasible and what the score was at any moment (the best found up to then).
 */
public final class BestScoreTrace {

    /** One improvement: the best score from {@code elapsed} on. */
    public record Point(Duration elapsed, HardMediumSoftLongScore score) {
    }

    private final long startNanos;
    private final List<Point> points = new ArrayList<>();

    public BestScoreTrace(long startNanos) {
        this.startNanos = startNanos;
    }

    /** Called from the solver thread on every new best solution. */
    public synchronized void improved(HardMediumSoftLongScore score) {
        points.add(new Point(Duration.ofNanos(System.nanoTime() - startNanos), score));
    }

    public synchronized List<Point> points() {
        return List.copyOf(points);
    }

    /** When the first fully initialized plan with no hard or medium penalty was found; null if never. */
    public synchronized Duration timeToFeasible() {
        return points.stream()
                .filter(p -> p.score().isSolutionInitialized() && p.score().hardScore() == 0
                        && p.score().mediumScore() == 0)
                .map(Point::elapsed).findFirst().orElse(null);
    }

    /** The best score found up to {@code at}; null if nothing was found by then. */
    public synchronized HardMediumSoftLongScore bestAt(Duration at) {
        HardMediumSoftLongScore best = null;
        for (Point p : points) {
            if (p.elapsed().compareTo(at) > 0) {
                break;
            }
            best = p.score();
        }
        return best;
    }
}
