package org.allianceplanner.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.ConstraintGroup;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Each match explains itself to a planner: a Chinese and an English sentence naming the organization and the
 * community, or the joint activity and its date, with their ids. Explained through {@link SolutionManager}, the
 * way the analysis endpoint does it.
 */
@DisplayName("约束说明 Reasons a planner reads")
class ReasonsTest {

    private static SolutionManager<AlliancePlan, HardMediumSoftLongScore> solutionManager;

    private EveryRuleBrokenCounty county;
    private ScoreExplanation<AlliancePlan, HardMediumSoftLongScore> explanation;

    @BeforeAll
    static void buildSolutionManager() {
        solutionManager = SolutionManager.create(SolverFactory.create(
                AllianceSolverConfig.base().withTerminationSpentLimit(Duration.ofSeconds(1))));
    }

    @BeforeEach
    void explainTheCounty() {
        county = new EveryRuleBrokenCounty();
        AlliancePlan plan = county.plan();
        AllianceWeights weights = new AllianceWeights();
        weights.set(AllianceConstraint.STABILITY, 1); // off by default; on here so that it explains itself too
        plan.setWeights(weights);
        // As a plan arrives over the API (PlanMapper): assignments set, members empty until prepared.
        // SolutionManager.explain(UPDATE_ALL) does not fill them from scratch; it fails on an organization
        // missing from its community's members. PlanPreparation.prepare fills them.
        plan.getCommunities().forEach(c -> c.getMembers().clear());
        PlanPreparation.prepare(plan);
        explanation = solutionManager.explain(plan, SolutionUpdatePolicy.UPDATE_ALL);
    }

    @Test
    @DisplayName("解释时补齐成员并给出与手算一致的分数 / explaining fills members and scores as worked out")
    void scoreAndMembers() {
        assertThat(county.yingChun.getMembers()).containsExactlyInAnyOrder(county.procuratorate, county.education,
                county.cityBureau);
        assertThat(county.nanYang.getMembers()).containsExactly(county.maternity);
        assertThat(explanation.getScore()).isEqualTo(EveryConstraintTest.DEFAULTS.add(HardMediumSoftLongScore.ofSoft(-1)));
    }

    @Test
    @DisplayName("每个约束都以目录中的名字出现 / every constraint appears under its catalogue id")
    void everyConstraintExplained() {
        Set<String> ids = explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getConstraintMatchCount() > 0)
                .map(ConstraintMatchTotal::getConstraintName).collect(Collectors.toSet());
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(AllianceConstraint.values()).map(AllianceConstraint::id).toList());
        assertThat(explanation.getConstraintMatchTotalMap().values())
                .allSatisfy(total -> assertThat(total.getConstraintPackage()).isEqualTo(AllianceWeights.CONSTRAINT_PACKAGE));
    }

    @Test
    @DisplayName("每条说明都点名单位和社区（中英文）/ every sentence names the organization and the community")
    void sentencesNameOrganizationAndCommunity() {
        Map<String, Organization> organizations = county.fixture.organizations().stream()
                .collect(Collectors.toMap(Organization::getId, o -> o));
        Map<String, Community> communities = county.fixture.communities().stream()
                .collect(Collectors.toMap(Community::getId, c -> c));
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            AllianceConstraint constraint = AllianceConstraint.byId(total.getConstraintName()).orElseThrow();
            if (constraint.group() == ConstraintGroup.CALENDAR) {
                continue; // about activities: calendarSentencesNameActivityDateAndMember
            }
            boolean aboutOneOrganization = Set.of(AllianceConstraint.EXCLUDED_COMMUNITY, AllianceConstraint.MAX_DISTANCE,
                    AllianceConstraint.UNASSIGNED, AllianceConstraint.DISTANCE, AllianceConstraint.HOME_COMMUNITY,
                    AllianceConstraint.OUTSIDE_STREET, AllianceConstraint.IDLE_MEMBER, AllianceConstraint.STABILITY)
                    .contains(constraint);
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                Reason reason = match.getJustification();
                assertThat(reason.communities()).as("%s communities", constraint).hasSizeLessThanOrEqualTo(2);
                for (String communityId : reason.communities()) {
                    String name = communities.get(communityId).getName();
                    assertThat(reason.zh()).as("%s zh", constraint).contains(name);
                    assertThat(reason.en()).as("%s en", constraint).contains(name);
                }
                assertThat(reason.organizations()).as("%s organizations", constraint).isNotEmpty();
                if (aboutOneOrganization) {
                    assertThat(reason.organizations()).hasSize(1);
                    String name = organizations.get(reason.organizations().get(0)).getName();
                    assertThat(reason.zh()).as("%s zh", constraint).contains(name);
                    assertThat(reason.en()).as("%s en", constraint).contains(name);
                }
                if (constraint != AllianceConstraint.UNASSIGNED) {
                    assertThat(reason.communities()).as("%s communities", constraint).isNotEmpty();
                }
                assertThat(reason.activities()).as("%s activities", constraint).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("日程说明点名活动（联合体与类型）和日期，成员不便时点名该单位 / calendar sentences name each activity, its date and the unavailable member")
    void calendarSentencesNameActivityDateAndMember() {
        Map<String, JointActivity> activities = county.fixture.activities().stream()
                .collect(Collectors.toMap(JointActivity::getId, a -> a));
        int calendarMatches = 0;
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            AllianceConstraint constraint = AllianceConstraint.byId(total.getConstraintName()).orElseThrow();
            if (constraint.group() != ConstraintGroup.CALENDAR) {
                continue;
            }
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                calendarMatches++;
                Reason reason = match.getJustification();
                assertThat(reason.activities()).as("%s activities", constraint).isNotEmpty();
                for (String id : reason.activities()) {
                    JointActivity activity = activities.get(id);
                    assertThat(activity).as("%s activity %s", constraint, id).isNotNull();
                    assertThat(reason.zh()).as("%s zh", constraint).contains(activity.getCommunity().getName(),
                            activity.getType().name(), activity.getDate().toString());
                    assertThat(reason.en()).as("%s en", constraint).contains(activity.getCommunity().getName(),
                            activity.getType().nameEn(), activity.getDate().toString());
                }
                assertThat(reason.communities()).as("%s communities", constraint).containsExactlyInAnyOrderElementsOf(
                        reason.activities().stream().map(id -> activities.get(id).getCommunity().getId()).distinct()
                                .toList());
                if (constraint == AllianceConstraint.MEMBER_BLACKOUT) {
                    assertThat(reason.organizations()).containsExactly(county.education.getId());
                    assertThat(reason.zh()).contains(county.education.getName(), EveryRuleBrokenCounty.EXAMS.toString());
                    assertThat(reason.en()).contains(county.education.getName(), EveryRuleBrokenCounty.EXAMS.toString());
                } else {
                    assertThat(reason.organizations()).as("%s organizations", constraint).isEmpty();
                }
            }
        }
        assertThat(calendarMatches).isEqualTo(10);
    }

    @Test
    @DisplayName("每条说明的原文 / the exact sentences")
    void exactSentences() {
        List<String> yingChunMembers = List.of("chengguan", "education", "procuratorate");
        Map<String, Set<Sentence>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("communityOverMax", Set.of(new Sentence("迎春社区有3个成员单位，超过上限2个。",
                        "迎春社区 has 3 members, above its maximum of 2.", yingChunMembers, List.of("yingchun")))),
                Map.entry("communityUnderMin", Set.of(new Sentence("南阳社区有1个成员单位，低于下限2个。",
                        "南阳社区 has 1 members, below its minimum of 2.", List.of("maternity"), List.of("nanyang")))),
                Map.entry("excludedCommunity", Set.of(new Sentence("县妇幼保健院被分入其排除的社区南阳社区。",
                        "县妇幼保健院 is in 南阳社区, a community it excludes.", List.of("maternity"),
                        List.of("nanyang")))),
                Map.entry("maxDistance", Set.of(new Sentence("县妇幼保健院与南阳社区相距9.3公里，超过最大距离8.0公里。",
                        "县妇幼保健院 is 9.3 km from 南阳社区, beyond the maximum of 8.0 km.", List.of("maternity"),
                        List.of("nanyang")))),
                Map.entry("typeQuota", Set.of(new Sentence("南阳社区的类型配额未满足：机关0个（要求至少1个）。",
                        "南阳社区 breaks its type quotas: 0 agency (required at least 1).", List.of("maternity"),
                        List.of("nanyang")))),
                Map.entry("unassigned", Set.of(new Sentence("电力公司未分配到任何社区。",
                        "电力公司 is not assigned to any community.", List.of("power"), List.of()))),
                Map.entry("distance", Set.of(
                        new Sentence("县检察院与迎春社区相距0.0公里。", "县检察院 is 0.0 km from 迎春社区.",
                                List.of("procuratorate"), List.of("yingchun")),
                        new Sentence("县委教育工委与迎春社区相距0.6公里。", "县委教育工委 is 0.6 km from 迎春社区.",
                                List.of("education"), List.of("yingchun")),
                        new Sentence("县城管局与迎春社区相距1.2公里。", "县城管局 is 1.2 km from 迎春社区.",
                                List.of("chengguan"), List.of("yingchun")),
                        new Sentence("县妇幼保健院与南阳社区相距9.3公里。", "县妇幼保健院 is 9.3 km from 南阳社区.",
                                List.of("maternity"), List.of("nanyang")))),
                Map.entry("homeCommunity", Set.of(new Sentence("县妇幼保健院是迎春社区的驻区单位，却被分入南阳社区。",
                        "县妇幼保健院 stands in 迎春社区 but is in 南阳社区.", List.of("maternity"),
                        List.of("nanyang", "yingchun")))),
                Map.entry("outsideStreet", Set.of(new Sentence("县妇幼保健院位于桂溪街道，却被分入桂阳街道的南阳社区。",
                        "县妇幼保健院 is in 桂溪街道 but joins 南阳社区 in 桂阳街道.", List.of("maternity"),
                        List.of("nanyang")))),
                Map.entry("uncoveredNeed", Set.of(new Sentence("迎春社区的需求养老服务（优先级3）没有成员单位能够满足。",
                        "No member of 迎春社区 covers its needs: elderly care (priority 3).", yingChunMembers,
                        List.of("yingchun")))),
                Map.entry("idleMember", Set.of(
                        new Sentence("县委教育工委的职能（青少年与儿童服务）不对应迎春社区的任何需求。",
                                "县委教育工委's capabilities (children and youth) serve none of 迎春社区's needs.",
                                List.of("education"), List.of("yingchun")),
                        new Sentence("县城管局的职能（环境卫生）不对应迎春社区的任何需求。",
                                "县城管局's capabilities (sanitation and environment) serve none of 迎春社区's needs.",
                                List.of("chengguan"), List.of("yingchun")))),
                Map.entry("sizeBalance", Set.of(new Sentence("南阳社区有1个成员单位，目标为2个。",
                        "南阳社区 has 1 members against a target of 2.", List.of("maternity"), List.of("nanyang")))),
                Map.entry("partyMemberBalance", Set.of(
                        new Sentence("迎春社区的成员单位共有党员156名，目标为113名。",
                                "迎春社区's members have 156 party members against a target of 113.", yingChunMembers,
                                List.of("yingchun")),
                        new Sentence("南阳社区的成员单位共有党员50名，目标为113名。",
                                "南阳社区's members have 50 party members against a target of 113.", List.of("maternity"),
                                List.of("nanyang")))),
                Map.entry("typeDiversity", Set.of(new Sentence("迎春社区有3个机关单位。",
                        "迎春社区 has 3 members of type agency.", yingChunMembers, List.of("yingchun")))),
                Map.entry("moveBudget", Set.of(new Sentence("调整了1个单位（县妇幼保健院：迎春社区→南阳社区），超过上限0个。",
                        "1 organizations move (县妇幼保健院: 迎春社区 → 南阳社区), more than the budget of 0.", List.of("maternity"),
                        List.of("nanyang", "yingchun")))),
                Map.entry("stability", Set.of(new Sentence("县妇幼保健院从迎春社区调整到南阳社区。",
                        "县妇幼保健院 moves from 迎春社区 to 南阳社区.", List.of("maternity"),
                        List.of("yingchun", "nanyang")))),
                Map.entry("activityOnHoliday", Set.of(new Sentence(
                        "迎春社区联合体第4次联合支部主题党日安排在2026-10-02（周五），是法定节假日。",
                        "迎春社区's joint themed party day #4 is on Fri 2026-10-02, a public holiday.",
                        List.of(), List.of("yingchun"), List.of("yingchun/THEMED_PARTY_DAY/4")))),
                Map.entry("activityDayKind", Set.of(new Sentence(
                        "迎春社区联合体第1次联合志愿服务安排在2026-03-18（周三）（工作日），但该活动只能在周末举行。",
                        "迎春社区's joint volunteer service #1 is on Wed 2026-03-18, a workday, but must be on a weekend day.",
                        List.of(), List.of("yingchun"), List.of("yingchun/VOLUNTEER_SERVICE/1")))),
                Map.entry("activityOutsideWindow", Set.of(new Sentence(
                        "迎春社区联合体第3次联合走访问计安排在2026-04-08（周三），不在规定时段2026-03-01至2026-03-31内。",
                        "迎春社区's joint visit to residents #3 is on Wed 2026-04-08, outside its window 2026-03-01 to "
                                + "2026-03-31.",
                        List.of(), List.of("yingchun"), List.of("yingchun/JOINT_VISIT/3")))),
                Map.entry("reviewPanelCapacity", Set.of(new Sentence(
                        "2026-12-22（周二）安排了2场评议（南阳社区联合体第1次联合述职评议、迎春社区联合体第1次联合述职评议），"
                                + "超过评议组每日1场的容量。",
                        "2 reviews on Tue 2026-12-22 (南阳社区's joint year-end report and review #1, 迎春社区's joint "
                                + "year-end report and review #1), more than the panel's 1 a day.",
                        List.of(), List.of("nanyang", "yingchun"),
                        List.of("nanyang/YEAR_END_REVIEW/1", "yingchun/YEAR_END_REVIEW/1")))),
                Map.entry("allianceSameDay", Set.of(new Sentence(
                        "南阳社区联合体第6次联合走访问计和第2次联合支部主题党日同在2026-06-05（周五）。",
                        "南阳社区's joint visit to residents #6 and 南阳社区's joint themed party day #2 are both on "
                                + "Fri 2026-06-05.",
                        List.of(), List.of("nanyang"), List.of("nanyang/JOINT_VISIT/6", "nanyang/THEMED_PARTY_DAY/2")))),
                Map.entry("memberBlackout", Set.of(new Sentence(
                        "迎春社区联合体第6次联合走访问计安排在2026-06-08（周一），成员单位县委教育工委在2026-06-07/2026-06-10期间不便参加。",
                        "迎春社区's joint visit to residents #6 is on Mon 2026-06-08, when member 县委教育工委 is unavailable "
                                + "(2026-06-07/2026-06-10).",
                        List.of("education"), List.of("yingchun"), List.of("yingchun/JOINT_VISIT/6")))),
                Map.entry("themedPartyDay", Set.of(new Sentence(
                        "迎春社区联合体第1次联合支部主题党日安排在2026-03-09（周一），距当月固定主题党日2026-03-06（周五）有3天。",
                        "迎春社区's joint themed party day #1 is on Mon 2026-03-09, 3 day(s) from the month's fixed themed "
                                + "party day Fri 2026-03-06.",
                        List.of(), List.of("yingchun"), List.of("yingchun/THEMED_PARTY_DAY/1")))),
                Map.entry("activityGap", Set.of(new Sentence(
                        "南阳社区联合体第6次联合走访问计在2026-06-05（周五），第2次联合支部主题党日在2026-06-05（周五），只相隔0天，少于7天。",
                        "南阳社区's joint visit to residents #6 (Fri 2026-06-05) and 南阳社区's joint themed party day #2 "
                                + "(Fri 2026-06-05) are 0 day(s) apart, fewer than 7.",
                        List.of(), List.of("nanyang"), List.of("nanyang/JOINT_VISIT/6", "nanyang/THEMED_PARTY_DAY/2")))),
                Map.entry("streetDailyLoad", Set.of(new Sentence(
                        "桂阳街道在2026-06-05（周五）有2项联合活动（南阳社区联合体第6次联合走访问计、南阳社区联合体第2次联合支部主题党日），"
                                + "超过街道每日1项的上限。",
                        "桂阳街道 has 2 joint activities on Fri 2026-06-05 (南阳社区's joint visit to residents #6, "
                                + "南阳社区's joint themed party day #2), more than its 1 a day.",
                        List.of(), List.of("nanyang"), List.of("nanyang/JOINT_VISIT/6", "nanyang/THEMED_PARTY_DAY/2")))),
                Map.entry("activitySpread", Set.of(new Sentence(
                        "2026-12-22（周二）有2个联合体同时举行联合述职评议（南阳社区、迎春社区）。",
                        "2 alliances hold a joint year-end report and review on Tue 2026-12-22 (南阳社区, 迎春社区).",
                        List.of(), List.of("nanyang", "yingchun"),
                        List.of("nanyang/YEAR_END_REVIEW/1", "yingchun/YEAR_END_REVIEW/1"))))));

        Map<String, Set<Sentence>> actual = new TreeMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            actual.put(total.getConstraintName(), total.getConstraintMatchSet().stream()
                    .map(match -> Sentence.of(match.getJustification())).collect(Collectors.toSet()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** A reason as the planner reads it: both sentences and what they name. */
    private record Sentence(String zh, String en, List<String> organizations, List<String> communities,
            List<String> activities) {

        Sentence(String zh, String en, List<String> organizations, List<String> communities) {
            this(zh, en, organizations, communities, List.of());
        }

        static Sentence of(Reason reason) {
            return new Sentence(reason.zh(), reason.en(), reason.organizations(), reason.communities(),
                    reason.activities());
        }
    }

    @Test
    @DisplayName("问责对象只有单位、社区和联合活动 / only organizations, communities and joint activities are indicted")
    void indictedObjectsAreOrganizationsCommunitiesOrActivities() {
        assertThat(explanation.getIndictmentMap().keySet()).allSatisfy(indicted -> assertThat(indicted)
                .isInstanceOfAny(Organization.class, Community.class, JointActivity.class));
        assertThat(explanation.getIndictmentMap().get(county.yingChun).getConstraintMatchSet())
                .extracting(ConstraintMatch::getConstraintName)
                .containsExactlyInAnyOrder("communityOverMax", "uncoveredNeed", "partyMemberBalance", "typeDiversity");
    }

    @Test
    @DisplayName("日程约束问责到每项活动，成员不便时也问责该单位 / calendar matches indict each activity, and the unavailable member")
    void calendarIndictments() {
        assertThat(indictments(county.nanYangVisitJune))
                .containsExactlyInAnyOrder("allianceSameDay", "activityGap", "streetDailyLoad");
        assertThat(indictments(county.nanYangThemedJune))
                .containsExactlyInAnyOrder("allianceSameDay", "activityGap", "streetDailyLoad");
        assertThat(indictments(county.yingChunReview)).containsExactlyInAnyOrder("reviewPanelCapacity", "activitySpread");
        assertThat(indictments(county.nanYangReview)).containsExactlyInAnyOrder("reviewPanelCapacity", "activitySpread");
        assertThat(indictments(county.yingChunVisitJune)).containsExactly("memberBlackout");
        assertThat(indictments(county.yingChunThemedOctober)).containsExactly("activityOnHoliday");
        assertThat(indictments(county.yingChunThemedMarch)).containsExactly("themedPartyDay");
        assertThat(indictments(county.education)).contains("memberBlackout");
        assertThat(indictments(county.power)).doesNotContain("memberBlackout");
    }

    private List<String> indictments(Object indicted) {
        return explanation.getIndictmentMap().get(indicted).getConstraintMatchSet().stream()
                .map(ConstraintMatch::getConstraintName).toList();
    }

    @Test
    @DisplayName("公里数不受服务器区域设置影响 / kilometres read 9.3 whatever the server's locale")
    void kilometresIgnoreTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Reasons.km(9_300)).isEqualTo("9.3");
            assertThat(Reasons.tooFar(county.maternity).en())
                    .isEqualTo("县妇幼保健院 is 9.3 km from 南阳社区, beyond the maximum of 8.0 km.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
