package org.allianceplanner.solver;

import java.util.Comparator;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.JointActivity;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionSorterWeightFactory;

/**
 * How hard an activity is to date, for the activities' construction in solverConfig.xml: the themed
 * party day's first (they all want the one fixed day of the month, which the street's daily load caps),
 * window by window; then those needing the review panel; then the fewer allowed dates the harder. Dating
 * the contested ones first leaves the others (a month or more of free days) to fit around them.
 */
public final class ActivityDifficulty implements SelectionSorterWeightFactory<AlliancePlan, JointActivity> {

    /** Greater is harder. */
    public record Weight(boolean themed, boolean reviewed, long windowStart, int candidates, String id)
            implements Comparable<Weight> {

        private static final Comparator<Weight> ORDER = Comparator
                .comparing(Weight::themed)
                .thenComparing(Weight::reviewed)
                .thenComparing(Weight::windowStart, Comparator.reverseOrder())
                .thenComparingInt(w -> -w.candidates)
                .thenComparing(Weight::id, Comparator.reverseOrder());

        @Override
        public int compareTo(Weight other) {
            return ORDER.compare(this, other);
        }
    }

    @Override
    public Weight createSorterWeight(AlliancePlan plan, JointActivity activity) {
        boolean themed = activity.getType().onThemedPartyDay() && activity.getCalendar().themedPartyDay() != null;
        return new Weight(themed, activity.getType().needsReviewPanel(), activity.getWindow().start().toEpochDay(),
                activity.getCandidateDates().size(), activity.getId());
    }
}
