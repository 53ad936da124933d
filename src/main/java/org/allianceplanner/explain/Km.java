package org.allianceplanner.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.allianceplanner.model.ConstraintLevel;

/**
 * Soft scores are metres of travel (a weight of 3000 is worth 3 km of distance), so every soft total
 * and change is also told as 公里当量, km-equivalent, with one decimal.
 */
public final class Km {

    /** The minus sign of a written number (U+2212), as a page or a printout shows it. */
    public static final String MINUS = "\u2212";

    private Km() {
    }

    /** Soft points (metres) as km-equivalent, one decimal. */
    public static double of(long softPoints) {
        return BigDecimal.valueOf(softPoints).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** "0.7": the km-equivalent of soft points without a sign. */
    public static String plain(long softPoints) {
        return BigDecimal.valueOf(Math.abs(softPoints)).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** "+3.0" or "−2.5": a change of soft points as km-equivalent with its sign. */
    public static String signed(long softPoints) {
        if (Math.abs(softPoints) < 50) {
            return "0.0";
        }
        return (softPoints > 0 ? "+" : MINUS) + plain(softPoints);
    }

    /** A change in points of any level: soft ones as km-equivalent, hard and medium ones as counts ("+1"). */
    public static String signed(long points, ConstraintLevel level) {
        if (level == ConstraintLevel.SOFT) {
            return signed(points);
        }
        return points > 0 ? "+" + points : points < 0 ? MINUS + Math.abs(points) : "0";
    }

    /** Metres as kilometres with one decimal, without a sign: "0.8". */
    public static String distance(long metres) {
        return plain(metres);
    }
}
