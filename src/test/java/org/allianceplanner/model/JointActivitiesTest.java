package org.allianceplanner.model;

import static org.allianceplanner.model.Calendar2026.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every alliance's joint activities of the year, laid out per type and window. */
@DisplayName("JointActivities 全年联合活动")
class JointActivitiesTest {

    private static final GeoPoint SEAT = new GeoPoint(30.330, 107.349);

    private final ActivityCalendar calendar = Calendar2026.calendar();
    private final List<ActivityType> fourOnes = ActivityType.fourOnes(calendar.reviewWindow());

    private static List<Community> communities(int count) {
        List<Community> communities = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            communities.add(new Community("c" + i, "社区" + i, "桂溪街道", SEAT, 1, List.of()));
        }
        return communities;
    }

    private static ActivityType twicePerWindow(ActivityType type) {
        return new ActivityType(type.code(), type.name(), type.nameEn(), type.cadence(), type.window(), type.dayKind(), 2,
                type.onThemedPartyDay(), type.needsReviewPanel());
    }

    @Test
    @DisplayName("26个联合体 × 19项 = 494项 / 26 alliances × 19 = 494 activities")
    void dianjiang() {
        List<Community> alliances = communities(26);

        List<JointActivity> activities = JointActivities.forAlliances(alliances, fourOnes, calendar);

        assertThat(activities).hasSize(494);
        assertThat(activities.stream().map(JointActivity::getId).collect(Collectors.toSet())).hasSize(494);
        Map<String, Long> perType = activities.stream()
                .collect(Collectors.groupingBy(a -> a.getType().code(), Collectors.counting()));
        assertThat(perType).containsExactlyInAnyOrderEntriesOf(Map.of(ActivityType.JOINT_VISIT, 26L * 12,
                ActivityType.THEMED_PARTY_DAY, 26L * 4, ActivityType.VOLUNTEER_SERVICE, 26L * 2,
                ActivityType.YEAR_END_REVIEW, 26L));
        for (Community alliance : alliances) {
            assertThat(activities).filteredOn(a -> a.getCommunity() == alliance).hasSize(19);
        }
        assertThat(activities).allSatisfy(a -> {
            assertThat(a.getCalendar()).isSameAs(calendar);
            assertThat(a.getDate()).isNull();
            assertThat(a.isPinned()).isFalse();
        });
    }

    @Test
    @DisplayName("按联合体、类型、时段排列，序号从1起，每项在自己的时段 / in order, numbered from 1, each in its window")
    void orderSequencesAndWindows() {
        Community yingChun = new Community("yingchun", "迎春社区", "桂溪街道", SEAT, 1, List.of());

        List<JointActivity> activities = JointActivities.forAlliances(List.of(yingChun), fourOnes, calendar);

        assertThat(activities).extracting(JointActivity::getId).startsWith("yingchun/JOINT_VISIT/1",
                "yingchun/JOINT_VISIT/2").contains("yingchun/JOINT_VISIT/12", "yingchun/THEMED_PARTY_DAY/4",
                "yingchun/VOLUNTEER_SERVICE/2").endsWith("yingchun/YEAR_END_REVIEW/1");
        assertThat(activities.get(2).getWindow()).isEqualTo(new DateRange(day(3, 1), day(3, 31)));
        assertThat(activities.get(12 + 3).getWindow()).isEqualTo(new DateRange(day(10, 1), day(12, 31)));
        assertThat(activities.get(12 + 4 + 1).getWindow()).isEqualTo(new DateRange(day(7, 1), day(12, 31)));
        assertThat(activities.get(18).getWindow())
                .isEqualTo(new DateRange(day(12, 20), LocalDate.of(2027, 1, 20)));
        for (int i = 0; i < 12; i++) {
            assertThat(activities.get(i).getSequence()).isEqualTo(i + 1);
            assertThat(activities.get(i).getWindow().start().getMonthValue()).isEqualTo(i + 1);
        }
        assertThat(activities.get(2).zh()).isEqualTo("迎春社区联合体第3次联合走访问计");
        assertThat(activities.get(2).en()).isEqualTo("迎春社区's joint visit to residents #3");
    }

    @Test
    @DisplayName("每时段2次：数量翻倍为988，同一时段连续编号 / two per window: 988, numbered on within a window")
    void twicePerWindowDoubles() {
        List<ActivityType> twice = fourOnes.stream().map(JointActivitiesTest::twicePerWindow).toList();

        List<JointActivity> activities = JointActivities.forAlliances(communities(26), twice, calendar);

        assertThat(activities).hasSize(2 * 494);
        assertThat(new HashSet<>(activities.stream().map(JointActivity::getId).toList())).hasSize(2 * 494);
        List<JointActivity> visits = activities.stream()
                .filter(a -> a.getCommunity().getId().equals("c1") && a.getType().code().equals(ActivityType.JOINT_VISIT))
                .toList();
        assertThat(visits).hasSize(24);
        assertThat(visits.get(4).getSequence()).isEqualTo(5);
        assertThat(visits.get(4).getWindow()).isEqualTo(visits.get(5).getWindow())
                .isEqualTo(new DateRange(day(3, 1), day(3, 31)));
    }

    @Test
    @DisplayName("没有联合体就没有活动 / no alliances, no activities")
    void noAlliances() {
        assertThat(JointActivities.forAlliances(List.of(), fourOnes, calendar)).isEmpty();
    }
}
