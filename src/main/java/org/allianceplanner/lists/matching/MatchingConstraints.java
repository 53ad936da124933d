package org.allianceplanner.lists.matching;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import java.util.List;

import org.allianceplanner.messages.Message;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The matching's rules. Hard: a resource gives no more than its capacity left, only in its months, and
 * a project is placed in a month its alliance meets (联席会议 or joint visit). Medium: a need left
 * without a proposal costs its urgency (priority × (1 + months waited)). Soft: a resource from the
 * same street costs 1, county-wide 3 (own alliance first); each month later than the first possible
 * costs the need's priority; the responsible units' load is balanced (squares of their project counts).
 */
public class MatchingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                offerCapacity(factory),
                offerMonth(factory),
                meetingMonth(factory),
                unmatchedNeed(factory),
                outsideAlliance(factory),
                lateMonth(factory),
                unitLoad(factory)
        };
    }

    Constraint offerCapacity(ConstraintFactory factory) {
        return factory.forEach(NeedMatch.class)
                .groupBy(NeedMatch::getOffer, sum(NeedMatch::getEffort))
                .filter((offer, used) -> used > offer.getRemaining())
                .penalizeConfigurableLong((offer, used) -> used - offer.getRemaining())
                .justifyWith((offer, used, score) -> new MatchReason(
                        Message.of("lists.rule.offerCapacity", offer.getTitle(), used, offer.getRemaining()),
                        List.of(), List.of(offer.getId())))
                .asConstraint(MatchingWeights.OFFER_CAPACITY);
    }

    Constraint offerMonth(ConstraintFactory factory) {
        return factory.forEach(NeedMatch.class)
                .filter(m -> !m.getOffer().isAvailableIn(m.getMonth()))
                .penalizeConfigurable()
                .justifyWith((m, score) -> new MatchReason(
                        Message.of("lists.rule.offerMonth", m.getTitle(), m.getOffer().getTitle(), m.getMonth()),
                        List.of(m.getId()), List.of(m.getOffer().getId())))
                .asConstraint(MatchingWeights.OFFER_MONTH);
    }

    Constraint meetingMonth(ConstraintFactory factory) {
        return factory.forEach(NeedMatch.class)
                .filter(m -> !m.isInMeetingMonth())
                .penalizeConfigurable()
                .justifyWith((m, score) -> new MatchReason(
                        Message.of("lists.rule.meetingMonth", m.getTitle(), m.getMonth()),
                        List.of(m.getId()), List.of(m.getOffer().getId())))
                .asConstraint(MatchingWeights.MEETING_MONTH);
    }

    Constraint unmatchedNeed(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(NeedMatch.class)
                .filter(m -> m.getOffer() == null)
                .penalizeConfigurableLong(NeedMatch::urgency)
                .justifyWith((m, score) -> new MatchReason(
                        Message.of("lists.rule.unmatchedNeed", m.getTitle(), m.getPriority(), m.getWaitingDays()),
                        List.of(m.getId()), List.of()))
                .asConstraint(MatchingWeights.UNMATCHED_NEED);
    }

    Constraint outsideAlliance(ConstraintFactory factory) {
        return factory.forEach(NeedMatch.class)
                .filter(m -> m.tier() != Tier.OWN_ALLIANCE)
                .penalizeConfigurableLong(m -> m.tier().cost())
                .justifyWith((m, score) -> new MatchReason(
                        Message.of("lists.rule.outsideAlliance." + m.tier().name(), m.getTitle(),
                                m.getOffer().getOrganizationName()),
                        List.of(m.getId()), List.of(m.getOffer().getId())))
                .asConstraint(MatchingWeights.OUTSIDE_ALLIANCE);
    }

    Constraint lateMonth(ConstraintFactory factory) {
        return factory.forEach(NeedMatch.class)
                .filter(m -> m.monthsLate() > 0)
                .penalizeConfigurableLong(m -> (long) m.getPriority() * m.monthsLate())
                .justifyWith((m, score) -> new MatchReason(
                        Message.of("lists.rule.lateMonth", m.getTitle(), m.getMonth(), m.monthsLate()),
                        List.of(m.getId()), List.of(m.getOffer().getId())))
                .asConstraint(MatchingWeights.LATE_MONTH);
    }

    Constraint unitLoad(ConstraintFactory factory) {
        return factory.forEach(NeedMatch.class)
                .groupBy(m -> m.getOffer().getOrganization(), count())
                .penalizeConfigurableLong((unit, n) -> (long) n * n)
                .justifyWith((unit, n, score) -> new MatchReason(
                        Message.of("lists.rule.unitLoad", unit, n), List.of(), List.of()))
                .asConstraint(MatchingWeights.UNIT_LOAD);
    }
}
