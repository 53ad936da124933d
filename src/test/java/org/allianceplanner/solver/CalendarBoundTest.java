package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Cadence;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.ConstraintGroup;
import org.allianceplanner.model.ConstraintLevel;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.DayKind;
import org.allianceplanner.model.GeoPoint;
import org.allianceplanner.model.JointActivities;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.Rules;
import org.allianceplanner.model.SizeBalance;
import org.allianceplanner.model.ThemedPartyDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The calendar bound is sound: the exact model's objective of any dating is the constraint provider's
 * calendar score of it (so the two cannot drift apart), the bound never exceeds the optimum found by
 * enumeration on small random calendars, and it is never above a solved plan's calendar part; and the
 * default search reaches that optimum on a small calendar.
 */
@DisplayName("日历最优下界 Calendar bound")
@RequiresCpSat
class CalendarBoundTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    /** The soft penalty of the calendar constraints as the constraint provider scores them. */
    static long calendarSoft(AlliancePlan plan) {
        return SOLVERS.explain(plan).constraints().stream()
                .filter(c -> AllianceConstraint.byId(c.name()).orElseThrow().group() == ConstraintGroup.CALENDAR)
                .mapToLong(c -> -HardMediumSoftLongScore.parseScore(c.score()).softScore()).sum();
    }

    /** Random dates among each activity's allowed ones; other calendar weights in the last round. */
    private static void dateAtRandom(AlliancePlan plan, Random random, boolean otherWeights) {
        if (otherWeights) {
            for (AllianceConstraint c : AllianceConstraint.values()) {
                if (c.group() == ConstraintGroup.CALENDAR && c.level() == ConstraintLevel.SOFT) {
                    plan.getWeights().set(c, 1 + random.nextInt(3000));
                }
            }
        }
        for (JointActivity a : plan.getActivities()) {
            List<LocalDate> dates = a.getCandidateDates();
            a.setDate(dates.get(random.nextInt(dates.size())));
        }
    }

    /** The model's hard rules off, so that a random dating (two on a day, say) is one it allows. */
    private static void hardRulesOff(AlliancePlan plan) {
        plan.getWeights().set(AllianceConstraint.ALLIANCE_SAME_DAY, 0);
        plan.getWeights().set(AllianceConstraint.REVIEW_PANEL_CAPACITY, 0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Datasets.DIANJIANG, Datasets.HEJIANG, Datasets.JINTANG_ZHAOZHEN})
    @DisplayName("随机日期：精确模型的目标值 = Java 计算 = 约束提供者的日历得分 / exact objective = solver's calendar score")
    void exactModelEqualsTheSolversScore(String dataset) {
        Random random = new Random(5);
        for (int round = 0; round < 3; round++) {
            AlliancePlan plan = PlanMapper.toModel(Datasets.generate(dataset, Datasets.COMMITTED_SEED));
            dateAtRandom(plan, random, round == 2);
            long provider = calendarSoft(plan);
            assertThat(provider).as("round %d", round).isPositive();
            assertThat(CalendarModel.softCost(plan)).as("Java, round %d", round).isEqualTo(provider);
            hardRulesOff(plan);
            assertThat(CalendarBound.objectiveOf(plan)).as("CP-SAT, round %d", round).isEqualTo(provider);
        }
    }

    @Test
    @DisplayName("小随机日历：精确模型 = 约束提供者；下界不超过穷举的最优值 / small random calendars: exact = provider, bound ≤ optimum")
    void boundNeverAboveTheEnumeratedOptimum() {
        Random random = new Random(13);
        for (int instance = 0; instance < 20; instance++) {
            AlliancePlan plan = smallCalendar(random, 2, false);
            // Exact objective of random datings (hard rules off) equals the provider's calendar score.
            AlliancePlan relaxed = smallCalendar(new Random(instance), 4, false);
            for (int round = 0; round < 3; round++) {
                dateAtRandom(relaxed, random, round == 2);
                long provider = calendarSoft(relaxed);
                assertThat(CalendarModel.softCost(relaxed)).as("instance %d round %d", instance, round).isEqualTo(provider);
                AllianceWeights kept = copy(relaxed.getWeights());
                hardRulesOff(relaxed);
                assertThat(CalendarBound.objectiveOf(relaxed)).as("instance %d round %d", instance, round).isEqualTo(provider);
                relaxed.setWeights(kept);
            }
            CalendarBound bound = CalendarBound.compute(plan, Duration.ofSeconds(10), 1);
            Long optimum = enumerate(plan);
            if (optimum == null) {
                assertThat(bound.available()).as("instance %d has no dating keeping the hard rules", instance).isFalse();
                continue;
            }
            assertThat(bound.available()).as("instance %d", instance).isTrue();
            assertThat(bound.bound()).as("instance %d", instance).isLessThanOrEqualTo(optimum);
            assertThat(bound.optimal()).as("instance %d", instance).isTrue();
            assertThat(bound.best()).as("instance %d", instance).isEqualTo(optimum);
            // CP-SAT's dating scores as it says.
            bound.dates().forEach((id, date) -> plan.getActivities().stream().filter(a -> a.getId().equals(id))
                    .forEach(a -> a.setDate(date)));
            assertThat(calendarSoft(plan)).as("instance %d", instance).isEqualTo(optimum);
        }
    }

    @Test
    @DisplayName("下界不高于求解方案的日历部分，默认求解达到最优 / the bound is never above a solved plan's, and the default search reaches it")
    void defaultSearchReachesTheOptimum() {
        Random random = new Random(17);
        for (int instance = 0; instance < 3; instance++) {
            AlliancePlan problem = smallCalendar(new Random(100 + instance), 6, true);
            CalendarBound bound = CalendarBound.compute(problem, Duration.ofSeconds(20), 2);
            assertThat(bound.available()).isTrue();
            assertThat(bound.optimal()).as("instance %d: proven in the budget", instance).isTrue();

            AlliancePlan solved = solveBySteps(smallCalendar(new Random(100 + instance), 6, true), 2000);
            assertThat(solved.getScore().hardScore()).isZero();
            long part = CalendarModel.softCost(solved);
            assertThat(part).as("instance %d: the solver's calendar part", instance).isEqualTo(calendarSoft(solved));
            assertThat(bound.bound()).as("instance %d", instance).isLessThanOrEqualTo(part);
            assertThat(part).as("instance %d: the default search ends at the calendar's optimum", instance)
                    .isEqualTo(bound.best());
        }
        assertThat(random).isNotNull();
    }

    @Test
    @DisplayName("下界按问题与权重缓存 / the bound is kept per problem and weights")
    void cachedByFingerprint() {
        CalendarBound.clearCache();
        AlliancePlan plan = smallCalendar(new Random(3), 3, false);
        CalendarBound first = CalendarBound.of(plan, Duration.ofSeconds(5), 1);
        assertThat(CalendarBound.of(smallCalendar(new Random(3), 3, false), Duration.ofSeconds(5), 1)).isSameAs(first);
        AlliancePlan other = smallCalendar(new Random(3), 3, false);
        other.getWeights().set(AllianceConstraint.ACTIVITY_GAP, 7);
        assertThat(CalendarBound.fingerprint(other)).isNotEqualTo(CalendarBound.fingerprint(plan));
    }

    /** The default configuration with each local search stopped by steps (never by the clock). */
    private static AlliancePlan solveBySteps(AlliancePlan problem, int steps) {
        SolverConfig config = SOLVERS.config(problem, SolveLimits.of(Duration.ofHours(1)));
        config.setTerminationConfig(null);
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig phase : config.getPhaseConfigList()) {
            phases.add(phase instanceof LocalSearchPhaseConfig ls
                    ? ls.copyConfig().withTerminationConfig(new TerminationConfig().withStepCountLimit(steps)) : phase);
        }
        config.setPhaseConfigList(phases);
        config.setRandomSeed(0L);
        return SolverFactory.<AlliancePlan>create(config).buildSolver().solve(problem);
    }

    private static AllianceWeights copy(AllianceWeights weights) {
        AllianceWeights copy = new AllianceWeights();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            copy.set(c, weights.get(c));
        }
        return copy;
    }

    /**
     * A small calendar around the first of May 2026 (a holiday Friday, the themed party day's): {@code n}
     * communities in two streets and one without, a themed party day, a visit and a review in short windows,
     * random gap, street load and panel limits. {@code quarterly}: themed party days a quarter, as the four ones.
     */
    static AlliancePlan smallCalendar(Random random, int n, boolean quarterly) {
        String[] streets = {"甲街道", "甲街道", "乙街道", null, "甲街道", "乙街道"};
        List<Community> communities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            communities.add(new Community("c" + i, "社区" + i, streets[i % streets.length],
                    new GeoPoint(30 + 0.01 * i, 107), 3000, List.of(new Need("LEGAL_AID", 1))));
        }
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Organization o = new Organization("o" + i, "单位" + i, OrganizationType.AGENCY, streets[i % streets.length],
                    new GeoPoint(30 + 0.01 * i, 107.001), 20, Set.of("LEGAL_AID"));
            o.setHomeCommunity(communities.get(i));
            organizations.add(o);
        }
        Set<LocalDate> holidays = new java.util.HashSet<>();
        for (int d = 1; d <= 5; d++) {
            holidays.add(LocalDate.of(2026, 5, d));
        }
        holidays.add(LocalDate.of(2026, 1, 1));
        holidays.add(LocalDate.of(2026, 1, 2));
        ActivityCalendar calendar = new ActivityCalendar(2026, holidays, Set.of(LocalDate.of(2026, 5, 9)),
                ThemedPartyDay.parse("FIRST_FRIDAY"), ActivityCalendar.defaultReviewWindow(2026),
                1 + random.nextInt(2), 2 + random.nextInt(6), 1 + random.nextInt(2));
        List<ActivityType> types;
        if (quarterly) {
            types = List.of(
                    new ActivityType("THEMED_PARTY_DAY", "联合支部主题党日", "themed", Cadence.QUARTERLY, null,
                            DayKind.WORKDAY, 1, true, false),
                    new ActivityType("JOINT_VISIT", "联合走访问计", "visit", Cadence.MONTHLY, null, DayKind.ANY, 1, false,
                            false),
                    new ActivityType("VOLUNTEER_SERVICE", "联合志愿服务", "volunteer", Cadence.HALF_YEARLY, null,
                            DayKind.WEEKEND, 1, false, false));
        } else {
            types = List.of(
                    new ActivityType("THEMED_PARTY_DAY", "联合支部主题党日", "themed", Cadence.WINDOW,
                            new DateRange(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8)), DayKind.WORKDAY, 1, true,
                            false),
                    new ActivityType("JOINT_VISIT", "联合走访问计", "visit", Cadence.WINDOW,
                            new DateRange(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10)), DayKind.ANY, 1, false,
                            false),
                    new ActivityType("YEAR_END_REVIEW", "联合述职评议", "review", Cadence.WINDOW,
                            new DateRange(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 11)), DayKind.WORKDAY, 1, false,
                            true));
        }
        AllianceWeights weights = new AllianceWeights();
        AlliancePlan plan = new AlliancePlan("calendar", new Rules(SizeBalance.EQUAL, null, List.of(), null), communities,
                organizations, weights);
        plan.setCalendar(calendar, types, JointActivities.forAlliances(communities, types, calendar));
        return PlanPreparation.prepare(plan);
    }

    /** The least calendar penalty over every dating that keeps one a day per alliance and the panel; null if none. */
    private static Long enumerate(AlliancePlan plan) {
        List<JointActivity> activities = plan.getActivities();
        int[] choice = new int[activities.size()];
        Long best = null;
        while (true) {
            for (int i = 0; i < activities.size(); i++) {
                activities.get(i).setDate(activities.get(i).getCandidateDates().get(choice[i]));
            }
            if (keepsHardRules(plan)) {
                long cost = CalendarModel.softCost(plan);
                if (best == null || cost < best) {
                    best = cost;
                }
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == activities.get(i).getCandidateDates().size()) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                return best;
            }
        }
    }

    private static boolean keepsHardRules(AlliancePlan plan) {
        Map<String, Integer> perDay = new HashMap<>();
        Map<LocalDate, Integer> reviews = new HashMap<>();
        for (JointActivity a : plan.getActivities()) {
            if (perDay.merge(a.getCommunity().getId() + a.getDate(), 1, Integer::sum) > 1) {
                return false;
            }
            if (a.getType().needsReviewPanel()
                    && reviews.merge(a.getDate(), 1, Integer::sum) > plan.getCalendar().reviewsPerDay()) {
                return false;
            }
        }
        return true;
    }
}
