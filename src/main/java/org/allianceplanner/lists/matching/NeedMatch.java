package org.allianceplanner.lists.matching;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * An open need the matching proposes a project for: which resource takes it (none when nothing fits)
 * and in which month, at its alliance's joint meeting. Its candidates are the resources whose
 * capability is its category.
 */
@PlanningEntity(difficultyComparatorClass = NeedDifficulty.class)
public class NeedMatch {

    public static final String CANDIDATES = "candidates";

    @PlanningId
    private String id;
    private String title;
    private String community;
    private String street;
    private String category;
    private int priority;
    private int effort;
    /** Whole months the need has waited when the proposal's first month begins. */
    private int waitingMonths;
    private long waitingDays;
    private Set<Integer> meetingMonths;
    private int firstMonth;
    private List<Offer> candidates;

    @PlanningVariable(valueRangeProviderRefs = CANDIDATES, nullable = true)
    private Offer offer;
    @PlanningVariable(valueRangeProviderRefs = MatchingProblem.MONTHS)
    private Integer month;

    public NeedMatch() {
    }

    public NeedMatch(String id, String title, String community, String street, String category, int priority,
            int effort, long waitingDays, Set<Integer> meetingMonths, int firstMonth, List<Offer> candidates) {
        this.id = id;
        this.title = title;
        this.community = community;
        this.street = street;
        this.category = category;
        this.priority = priority;
        this.effort = effort;
        this.waitingDays = waitingDays;
        this.waitingMonths = (int) (waitingDays / 30);
        this.meetingMonths = Set.copyOf(meetingMonths);
        this.firstMonth = firstMonth;
        this.candidates = List.copyOf(candidates);
    }

    @ValueRangeProvider(id = CANDIDATES)
    public List<Offer> getCandidates() {
        return candidates;
    }

    /** Where the offer comes from, seen from this need; null without an offer. */
    public Tier tier() {
        if (offer == null) {
            return null;
        }
        if (offer.getAlliance() != null && offer.getAlliance().equals(community)) {
            return Tier.OWN_ALLIANCE;
        }
        if (offer.getStreet() != null && offer.getStreet().equals(street)) {
            return Tier.SAME_STREET;
        }
        return Tier.COUNTY;
    }

    /** How much an unmatched need weighs: its priority times one plus the months it has waited. */
    public int urgency() {
        return priority * (1 + waitingMonths);
    }

    public boolean isInMeetingMonth() {
        return month != null && meetingMonths.contains(month);
    }

    public int monthsLate() {
        return month == null ? 0 : Math.max(0, month - firstMonth);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getCommunity() {
        return community;
    }

    public String getStreet() {
        return street;
    }

    public String getCategory() {
        return category;
    }

    public int getPriority() {
        return priority;
    }

    public int getEffort() {
        return effort;
    }

    public int getWaitingMonths() {
        return waitingMonths;
    }

    public long getWaitingDays() {
        return waitingDays;
    }

    public Set<Integer> getMeetingMonths() {
        return meetingMonths;
    }

    public int getFirstMonth() {
        return firstMonth;
    }

    public Offer getOffer() {
        return offer;
    }

    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    /** For tests: placed with this offer in this month. */
    public NeedMatch placed(Offer newOffer, Integer newMonth) {
        this.offer = newOffer;
        this.month = newMonth;
        return this;
    }

    @Override
    public String toString() {
        return id + "->" + Objects.toString(offer) + "@" + month;
    }
}
