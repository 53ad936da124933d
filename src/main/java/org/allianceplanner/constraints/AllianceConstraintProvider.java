package org.allianceplanner.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import java.util.List;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.Rules;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The allocation rules: hard rules a plan must keep, one medium rule (leave as few unassigned as
 * possible) and the soft preferences behind the three principles — locality first (属地优先),
 * function–need match (职能与需求相匹配) and balanced numbers (数量均衡). Weights come from
 * {@link org.allianceplanner.model.AllianceWeights}; each match explains itself with a {@link Reason}.
 * The joint activity calendar's rules come from {@link CalendarConstraints}.
 */
public class AllianceConstraintProvider extends CalendarConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                communityOverMax(factory),
                communityUnderMin(factory),
                excludedCommunity(factory),
                maxDistance(factory),
                typeQuota(factory),
                moveBudget(factory),
                unassigned(factory),
                distance(factory),
                homeCommunity(factory),
                outsideStreet(factory),
                uncoveredNeed(factory),
                idleMember(factory),
                sizeBalance(factory),
                partyMemberBalance(factory),
                typeDiversity(factory),
                stability(factory),
                activityOnHoliday(factory),
                activityDayKind(factory),
                activityOutsideWindow(factory),
                reviewPanelCapacity(factory),
                allianceSameDay(factory),
                memberBlackout(factory),
                themedPartyDay(factory),
                activityGap(factory),
                streetDailyLoad(factory),
                activitySpread(factory)
        };
    }

    // ---- hard -------------------------------------------------------------------------------

    Constraint communityOverMax(ConstraintFactory factory) {
        return factory.forEach(Community.class)
                .filter(c -> c.getMaxMembers() != null && c.memberCount() > c.getMaxMembers())
                .penalizeConfigurableLong(c -> c.memberCount() - c.getMaxMembers())
                .justifyWith((c, score) -> Reasons.overMax(c))
                .asConstraint(AllianceConstraint.COMMUNITY_OVER_MAX.id());
    }

    Constraint communityUnderMin(ConstraintFactory factory) {
        return factory.forEach(Community.class)
                .filter(c -> c.getMinMembers() != null && c.memberCount() < c.getMinMembers())
                .penalizeConfigurableLong(c -> c.getMinMembers() - c.memberCount())
                .justifyWith((c, score) -> Reasons.underMin(c))
                .asConstraint(AllianceConstraint.COMMUNITY_UNDER_MIN.id());
    }

    Constraint excludedCommunity(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(Organization::isInExcludedCommunity)
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.excluded(o))
                .asConstraint(AllianceConstraint.EXCLUDED_COMMUNITY.id());
    }

    Constraint maxDistance(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(o -> o.isTooFarFrom(o.getCommunity()))
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.tooFar(o))
                .asConstraint(AllianceConstraint.MAX_DISTANCE.id());
    }

    Constraint typeQuota(ConstraintFactory factory) {
        return factory.forEach(Community.class)
                .filter(c -> !c.getEffectiveQuotas().isEmpty() && c.quotaViolation() > 0)
                .penalizeConfigurableLong(Community::quotaViolation)
                .justifyWith((c, score) -> Reasons.typeQuota(c))
                .asConstraint(AllianceConstraint.TYPE_QUOTA.id());
    }

    /** Rebalancing with a budget: at most rules.maxMoves organizations leave their current community. */
    Constraint moveBudget(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(Organization::isMovedFromCurrent)
                .groupBy(toList())
                .join(Rules.class,
                        filtering((moved, rules) -> rules.maxMoves() != null && moved.size() > rules.maxMoves()))
                .penalizeConfigurableLong((moved, rules) -> moved.size() - rules.maxMoves())
                .justifyWith((moved, rules, score) -> Reasons.overBudget(moved, rules.maxMoves()))
                .indictWith((moved, rules) -> List.copyOf(moved))
                .asConstraint(AllianceConstraint.MOVE_BUDGET.id());
    }

    // ---- medium -----------------------------------------------------------------------------

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Organization.class)
                .filter(o -> o.getCommunity() == null)
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.unassigned(o))
                .asConstraint(AllianceConstraint.UNASSIGNED.id());
    }

    // ---- soft: locality first ------------------------------------------------------------------

    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .penalizeConfigurableLong(o -> o.distanceMetresTo(o.getCommunity()))
                .justifyWith((o, score) -> Reasons.distance(o))
                .asConstraint(AllianceConstraint.DISTANCE.id());
    }

    Constraint homeCommunity(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(Organization::isAwayFromHome)
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.awayFromHome(o))
                .asConstraint(AllianceConstraint.HOME_COMMUNITY.id());
    }

    Constraint outsideStreet(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(Organization::isOutsideOwnStreet)
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.outsideStreet(o))
                .asConstraint(AllianceConstraint.OUTSIDE_STREET.id());
    }

    // ---- soft: function–need match -----------------------------------------------------------

    Constraint uncoveredNeed(ConstraintFactory factory) {
        return factory.forEach(Community.class)
                .filter(c -> c.uncoveredPriority() > 0)
                .penalizeConfigurableLong(Community::uncoveredPriority)
                .justifyWith((c, score) -> Reasons.uncoveredNeeds(c))
                .asConstraint(AllianceConstraint.UNCOVERED_NEED.id());
    }

    Constraint idleMember(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(o -> !o.servesAnyNeedOf(o.getCommunity()))
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.idleMember(o))
                .asConstraint(AllianceConstraint.IDLE_MEMBER.id());
    }

    // ---- soft: balanced numbers ---------------------------------------------------------------

    Constraint sizeBalance(ConstraintFactory factory) {
        return factory.forEach(Community.class)
                .filter(c -> c.memberCount() != c.getTargetMembers())
                .penalizeConfigurableLong(c -> square(c.memberCount() - c.getTargetMembers()))
                .justifyWith((c, score) -> Reasons.sizeOffTarget(c))
                .asConstraint(AllianceConstraint.SIZE_BALANCE.id());
    }

    /**
     * Scale-free: whole percent of deviation from the alliance's target, capped at 100, each member
     * counting at most the target, so that one large unit (a university of 1,350 party members) weighs as
     * one full alliance: it neither outweighs locality nor makes piling big units together (or leaving
     * them out) cheap.
     */
    Constraint partyMemberBalance(ConstraintFactory factory) {
        return factory.forEach(Community.class)
                .filter(c -> partyMemberDeviation(c) > 0)
                .penalizeConfigurableLong(AllianceConstraintProvider::partyMemberDeviation)
                .justifyWith((c, score) -> Reasons.partyMembersOffTarget(c))
                .asConstraint(AllianceConstraint.PARTY_MEMBER_BALANCE.id());
    }

    /** Counts the pairs of same-type members, which is 0 when every member has a different type. */
    Constraint typeDiversity(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .groupBy(Organization::getCommunity, Organization::getType, count())
                .filter((community, type, count) -> count > 1)
                .penalizeConfigurableLong((community, type, count) -> (long) count * (count - 1) / 2)
                .justifyWith((community, type, count, score) -> Reasons.crowded(community, type, count))
                // By default a group's key and count would be indicted too: the type and an Integer shared
                // by every group of that size. Indict the alliance, as the other per-community rules do.
                .indictWith((community, type, count) -> List.of(community))
                .asConstraint(AllianceConstraint.TYPE_DIVERSITY.id());
    }

    // ---- soft: stability ------------------------------------------------------------------------

    Constraint stability(ConstraintFactory factory) {
        return factory.forEach(Organization.class)
                .filter(Organization::isMovedFromCurrent)
                .penalizeConfigurable()
                .justifyWith((o, score) -> Reasons.moved(o))
                .asConstraint(AllianceConstraint.STABILITY.id());
    }

    static long partyMemberDeviation(Community c) {
        return partyMemberPercentOff(c.balancedPartyMemberCount(), c.getTargetPartyMembers());
    }

    /**
     * The penalty of {@code partyMemberBalance} for an alliance of {@code partyMembers} against its
     * {@code target}: whole percent off the target (rounded down), at most {@value #PARTY_MEMBER_CAP_PERCENT}.
     * A target of 0 counts as 1. The exact CP-SAT model of the allocation uses the same formula.
     */
    public static long partyMemberPercentOff(long partyMembers, long target) {
        long deviation = Math.abs(partyMembers - target);
        long percent = 100 * deviation / Math.max(1, target);
        return Math.min(PARTY_MEMBER_CAP_PERCENT, percent);
    }

    /** The cap of {@code partyMemberBalance} per alliance, in percent of its target. */
    public static final long PARTY_MEMBER_CAP_PERCENT = 100;

    private static long square(long value) {
        return value * value;
    }
}
