package org.allianceplanner.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * The rules of the joint activity calendar (the "four ones" and whatever a county adds). Kept apart
 * from the allocation rules for readability; {@link AllianceConstraintProvider} defines both.
 */
abstract class CalendarConstraints {

    // ---- hard -------------------------------------------------------------------------------

    Constraint activityOnHoliday(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(JointActivity::isOnHoliday)
                .penalizeConfigurable()
                .justifyWith((a, score) -> CalendarReasons.onHoliday(a))
                .asConstraint(AllianceConstraint.ACTIVITY_ON_HOLIDAY.id());
    }

    /** A workday-only activity on a weekend (a make-up Saturday is a workday), or the other way round. */
    Constraint activityDayKind(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(JointActivity::isOnWrongDayKind)
                .penalizeConfigurable()
                .justifyWith((a, score) -> CalendarReasons.wrongDayKind(a))
                .asConstraint(AllianceConstraint.ACTIVITY_DAY_KIND.id());
    }

    /** Solving keeps dates in their windows; a hand-made or pinned date may not be. */
    Constraint activityOutsideWindow(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(JointActivity::isOutsideWindow)
                .penalizeConfigurable()
                .justifyWith((a, score) -> CalendarReasons.outsideWindow(a))
                .asConstraint(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW.id());
    }

    /** The county's review panel holds at most calendar.reviewsPerDay year-end reviews a day. */
    Constraint reviewPanelCapacity(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(a -> a.getType().needsReviewPanel())
                .groupBy(JointActivity::getDate, toList())
                .join(ActivityCalendar.class,
                        filtering((day, reviews, calendar) -> reviews.size() > calendar.reviewsPerDay()))
                .penalizeConfigurableLong((day, reviews, calendar) -> reviews.size() - calendar.reviewsPerDay())
                .justifyWith((day, reviews, calendar, score) ->
                        CalendarReasons.panelOverbooked(day, reviews, calendar.reviewsPerDay()))
                .indictWith((day, reviews, calendar) -> List.copyOf(reviews))
                .asConstraint(AllianceConstraint.REVIEW_PANEL_CAPACITY.id());
    }

    Constraint allianceSameDay(ConstraintFactory factory) {
        return factory.forEachUniquePair(JointActivity.class,
                        equal(JointActivity::getCommunity), equal(JointActivity::getDate))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> CalendarReasons.sameDay(a, b))
                .asConstraint(AllianceConstraint.ALLIANCE_SAME_DAY.id());
    }

    /** Every member of the alliance should be able to take part: none on a blackout date. */
    Constraint memberBlackout(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .join(factory.forEach(Organization.class).filter(o -> !o.getBlackoutDates().isEmpty()),
                        equal(JointActivity::getCommunity, Organization::getCommunity),
                        filtering((a, member) -> member.isUnavailableOn(a.getDate())))
                .penalizeConfigurable()
                .justifyWith((a, member, score) -> CalendarReasons.blackout(a, member))
                .asConstraint(AllianceConstraint.MEMBER_BLACKOUT.id());
    }

    // ---- soft ---------------------------------------------------------------------------------

    /** On the county's fixed day (e.g. the first Friday) when possible; else as near as the month allows. */
    Constraint themedPartyDay(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(a -> a.daysFromThemedPartyDay() > 0)
                .penalizeConfigurableLong(JointActivity::daysFromThemedPartyDay)
                .justifyWith((a, score) -> CalendarReasons.awayFromThemedPartyDay(a))
                .asConstraint(AllianceConstraint.THEMED_PARTY_DAY.id());
    }

    /**
     * Any two activities of one alliance at least calendar.minGapDays apart, per day short; in practice
     * the pairs that break it are neighbours in time, but three close together all count.
     */
    Constraint activityGap(ConstraintFactory factory) {
        return factory.forEachUniquePair(JointActivity.class, equal(JointActivity::getCommunity),
                        filtering((a, b) -> daysApart(a, b) < a.getCalendar().minGapDays()))
                .penalizeConfigurableLong((a, b) -> a.getCalendar().minGapDays() - daysApart(a, b))
                .justifyWith((a, b, score) -> CalendarReasons.tooClose(a, b, (int) daysApart(a, b),
                        a.getCalendar().minGapDays()))
                .asConstraint(AllianceConstraint.ACTIVITY_GAP.id());
    }

    /**
     * The street's staff attend the activities: at most calendar.maxActivitiesPerStreetPerDay a day. A community
     * without a street has no street staff to share, so its activities count for none (as for outsideStreet).
     */
    Constraint streetDailyLoad(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(a -> a.getCommunity().getStreet() != null)
                .groupBy(a -> a.getCommunity().getStreet(), JointActivity::getDate, toList())
                .join(ActivityCalendar.class, filtering((street, day, activities, calendar) ->
                        calendar.maxActivitiesPerStreetPerDay() > 0
                                && activities.size() > calendar.maxActivitiesPerStreetPerDay()))
                .penalizeConfigurableLong((street, day, activities, calendar) ->
                        activities.size() - calendar.maxActivitiesPerStreetPerDay())
                .justifyWith((street, day, activities, calendar, score) -> CalendarReasons.streetOverloaded(street,
                        day, activities, calendar.maxActivitiesPerStreetPerDay()))
                .indictWith((street, day, activities, calendar) -> List.copyOf(activities))
                .asConstraint(AllianceConstraint.STREET_DAILY_LOAD.id());
    }

    /**
     * Activities of one type spread over their window, not piled on its first days: pairs of same-type
     * activities on one day, county-wide. The themed party day is exempt: it is meant to be shared.
     */
    Constraint activitySpread(ConstraintFactory factory) {
        return factory.forEach(JointActivity.class)
                .filter(a -> !a.getType().onThemedPartyDay())
                .groupBy(JointActivity::getType, JointActivity::getDate, toList())
                .filter((type, day, activities) -> activities.size() > 1)
                .penalizeConfigurableLong((type, day, activities) ->
                        (long) activities.size() * (activities.size() - 1) / 2)
                .justifyWith((type, day, activities, score) -> CalendarReasons.piledUp(day, activities))
                .indictWith((type, day, activities) -> List.copyOf(activities))
                .asConstraint(AllianceConstraint.ACTIVITY_SPREAD.id());
    }

    static long daysApart(JointActivity a, JointActivity b) {
        return Math.abs(ChronoUnit.DAYS.between(a.getDate(), b.getDate()));
    }
}
