package org.allianceplanner.model;

import java.time.LocalDate;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One joint activity of one alliance, such as 迎春社区's third monthly joint visit. The solver picks
 * its date among the days of its window that its type allows.
 */
@PlanningEntity
public class JointActivity {

    public static final String CANDIDATE_DATES = "candidateDates";

    @PlanningId
    private String id;
    private ActivityType type;
    private Community community;
    /** 1 for the first of its type in the year. */
    private int sequence;
    private DateRange window;
    private ActivityCalendar calendar;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = CANDIDATE_DATES)
    private LocalDate date;

    // Derived once per problem by PlanPreparation.
    private List<LocalDate> candidateDates = List.of();

    public JointActivity() {
    }

    public JointActivity(ActivityType type, Community community, int sequence, DateRange window,
            ActivityCalendar calendar) {
        this.id = idOf(community.getId(), type.code(), sequence);
        this.type = type;
        this.community = community;
        this.sequence = sequence;
        this.window = window;
        this.calendar = calendar;
    }

    public static String idOf(String communityId, String typeCode, int sequence) {
        return communityId + "/" + typeCode + "/" + sequence;
    }

    @ValueRangeProvider(id = CANDIDATE_DATES)
    public List<LocalDate> getCandidateDates() {
        return candidateDates;
    }

    public boolean isOnHoliday() {
        return calendar.isHoliday(date);
    }

    /** On a day its type does not allow (holidays are counted by their own rule). */
    public boolean isOnWrongDayKind() {
        return !calendar.isHoliday(date) && !calendar.allows(type.dayKind(), date);
    }

    public boolean isOutsideWindow() {
        return !window.contains(date);
    }

    /** Days away from the county's fixed themed party day of the month it is in; 0 when not such a type. */
    public int daysFromThemedPartyDay() {
        if (!type.onThemedPartyDay() || calendar.themedPartyDay() == null) {
            return 0;
        }
        return calendar.themedPartyDay().daysAway(date);
    }

    /** The activity in a sentence: 迎春社区联合体第3次联合走访问计. */
    public String zh() {
        return "%s联合体第%d次%s".formatted(community.getName(), sequence, type.name());
    }

    public String en() {
        return "%s's %s #%d".formatted(community.getName(), type.nameEn() == null ? type.code() : type.nameEn(),
                sequence);
    }

    public String getId() {
        return id;
    }

    public ActivityType getType() {
        return type;
    }

    public Community getCommunity() {
        return community;
    }

    public int getSequence() {
        return sequence;
    }

    public DateRange getWindow() {
        return window;
    }

    public ActivityCalendar getCalendar() {
        return calendar;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    void setCandidateDates(List<LocalDate> candidateDates) {
        this.candidateDates = List.copyOf(candidateDates);
    }

    @Override
    public String toString() {
        return id + (date == null ? "" : " @ " + date);
    }
}
