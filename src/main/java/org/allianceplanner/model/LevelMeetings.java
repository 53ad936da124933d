package org.allianceplanner.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The joint meetings above the communities' (三级联席会议): each street's meeting (街道联席会议) and the
 * county's (县级联席会议), once a quarter when the alliances hold their community joint meetings. A
 * street meets on the last workday before the first community meeting of its street in the quarter,
 * the county on the last workday before the first street meeting; so what the county and the streets
 * decide reaches the communities' meetings, where members claim projects. Derived from a plan's dated
 * community meetings, not planned by the solver.
 */
public final class LevelMeetings {

    public enum Level {
        COUNTY("县级联席会议", "county joint meeting"),
        STREET("街道联席会议", "street joint meeting");

        private final String zh;
        private final String en;

        Level(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /** One meeting: its level, its street (null for the county), the quarter and the day. */
    public record Meeting(Level level, String street, int quarter, LocalDate date) {

        public String name() {
            return (street == null ? "" : street) + level.zh();
        }

        public String nameEn() {
            return (street == null ? "" : street + " ") + level.en();
        }
    }

    private LevelMeetings() {
    }

    /** The county's and the streets' meetings of the plan; none without dated community joint meetings. */
    public static List<Meeting> of(AlliancePlan plan) {
        ActivityCalendar calendar = plan.getCalendar();
        if (calendar == null || plan.getActivities() == null) {
            return List.of();
        }
        List<JointActivity> meetings = plan.getActivities().stream()
                .filter(a -> a.getType().code().equals(ActivityType.JOINT_MEETING) && a.getDate() != null)
                .toList();
        List<Meeting> result = new ArrayList<>();
        TreeSet<String> streets = new TreeSet<>();
        plan.getCommunities().stream().map(Community::getStreet).filter(Objects::nonNull).forEach(streets::add);
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            List<Meeting> streetMeetings = new ArrayList<>();
            for (String street : streets) {
                meetings.stream()
                        .filter(a -> street.equals(a.getCommunity().getStreet()) && quarterOf(a.getDate()) == q
                                && a.getDate().getYear() == calendar.year())
                        .map(JointActivity::getDate).min(Comparator.naturalOrder())
                        .ifPresent(first -> streetMeetings.add(new Meeting(Level.STREET, street, q,
                                workdayBefore(calendar, first))));
            }
            streetMeetings.stream().map(Meeting::date).min(Comparator.naturalOrder())
                    .ifPresent(first -> result.add(new Meeting(Level.COUNTY, null, q, workdayBefore(calendar, first))));
            result.addAll(streetMeetings);
        }
        result.sort(Comparator.comparing(Meeting::date).thenComparing(m -> m.level().ordinal())
                .thenComparing(m -> Objects.toString(m.street(), "")));
        return List.copyOf(result);
    }

    private static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** The last workday before {@code day}, in the same quarter when there is one, else {@code day} itself. */
    static LocalDate workdayBefore(ActivityCalendar calendar, LocalDate day) {
        LocalDate quarterStart = YearMonth.of(day.getYear(), (quarterOf(day) - 1) * 3 + 1).atDay(1);
        for (LocalDate d = day.minusDays(1); !d.isBefore(quarterStart); d = d.minusDays(1)) {
            if (calendar.isWorkday(d)) {
                return d;
            }
        }
        return day;
    }
}
