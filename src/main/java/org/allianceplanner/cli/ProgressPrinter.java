package org.allianceplanner.cli;

import java.io.PrintWriter;

import org.optaplanner.core.api.score.Score;

/** Prints new best scores as they come, at most a few a second so a fast start does not flood. */
final class ProgressPrinter {

    private static final long MIN_INTERVAL_NANOS = 500_000_000L;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private long lastPrinted = Long.MIN_VALUE;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    void bestChanged(Score<?> score) {
        long now = System.nanoTime();
        if (lastPrinted != Long.MIN_VALUE && now - lastPrinted < MIN_INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        out.printf("  %6.1fs  最优得分 best score %s%n", (now - start) / 1e9, score);
        out.flush();
    }
}
