package org.allianceplanner.lists.matching;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Every matching rule: it fires, it does not, and its weight scales it. */
@DisplayName("清单匹配规则 Matching rules")
class MatchingRulesTest {

    private static final ConstraintVerifier<MatchingConstraints, MatchingProblem> VERIFIER = ConstraintVerifier
            .build(new MatchingConstraints(), MatchingProblem.class, NeedMatch.class);

    private static final Set<Integer> ALL = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    private static final Set<Integer> QUARTERLY = Set.of(3, 6, 9, 12);

    /** A unit of the yingchun alliance in 桂溪街道 offering elderly care twice a year. */
    private static Offer offer(String id, String unit, String alliance, String street, int remaining, Set<Integer> months) {
        return new Offer(id, id + " 服务", unit, unit + "党支部", alliance, street, "ELDERLY_CARE", remaining, months);
    }

    private static NeedMatch need(String id, int priority, int effort, long waitingDays, List<Offer> candidates) {
        return new NeedMatch(id, id + " 需求", "yingchun", "桂溪街道", "ELDERLY_CARE", priority, effort, waitingDays,
                QUARTERLY, 3, candidates);
    }

    private static MatchingProblem weighOnly(String rule, long weight, List<Offer> offers, NeedMatch... matches) {
        return new MatchingProblem(offers, List.of(matches), List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                MatchingWeights.only(rule, weight));
    }

    private final Offer own = offer("own", "unit-a", "yingchun", "桂溪街道", 2, QUARTERLY);
    private final Offer street = offer("street", "unit-b", "sanhe", "桂溪街道", 5, ALL);
    private final Offer county = offer("county", "unit-c", null, null, 5, ALL);

    @Nested
    @DisplayName("offerCapacity 资源能力（硬）")
    class Capacity {

        @Test
        @DisplayName("三个项目各占1，剩余2：超1 / three projects on a resource with 2 left exceed it by 1")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::offerCapacity)
                    .given(own, need("n1", 1, 1, 0, List.of(own)).placed(own, 3),
                            need("n2", 1, 1, 0, List.of(own)).placed(own, 6),
                            need("n3", 1, 1, 0, List.of(own)).placed(own, 9))
                    .penalizesBy(1);
        }

        @Test
        @DisplayName("工作量计入能力 / effort counts against capacity")
        void effortCounts() {
            VERIFIER.verifyThat(MatchingConstraints::offerCapacity)
                    .given(own, need("n1", 1, 5, 0, List.of(own)).placed(own, 3))
                    .penalizesBy(3);
        }

        @Test
        @DisplayName("能力之内不罚 / within capacity, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::offerCapacity)
                    .given(own, need("n1", 1, 1, 0, List.of(own)).placed(own, 3),
                            need("n2", 1, 1, 0, List.of(own)).placed(own, 6))
                    .penalizesBy(0);
        }

        @Test
        @DisplayName("权重3：罚3硬 / weight 3 scores -3hard")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.OFFER_CAPACITY, 3, List.of(own),
                    need("n1", 1, 3, 0, List.of(own)).placed(own, 3)))
                    .scores(HardMediumSoftLongScore.ofHard(-3));
        }
    }

    @Nested
    @DisplayName("offerMonth 资源可用月份（硬）")
    class OfferMonth {

        @Test
        @DisplayName("资源4月不可用 / the resource is not available in April")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::offerMonth)
                    .given(need("n1", 1, 1, 0, List.of(own)).placed(own, 4)).penalizesBy(1);
        }

        @Test
        @DisplayName("可用月份不罚 / an available month, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::offerMonth)
                    .given(need("n1", 1, 1, 0, List.of(own)).placed(own, 6)).penalizesBy(0);
        }

        @Test
        @DisplayName("权重2 / weight 2")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.OFFER_MONTH, 2, List.of(own),
                    need("n1", 1, 1, 0, List.of(own)).placed(own, 4)))
                    .scores(HardMediumSoftLongScore.ofHard(-2));
        }
    }

    @Nested
    @DisplayName("meetingMonth 联席会议月份（硬）")
    class MeetingMonth {

        @Test
        @DisplayName("联合体5月不开联席会议 / no joint meeting in May")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::meetingMonth)
                    .given(need("n1", 1, 1, 0, List.of(street)).placed(street, 5)).penalizesBy(1);
        }

        @Test
        @DisplayName("6月开会不罚 / a meeting in June, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::meetingMonth)
                    .given(need("n1", 1, 1, 0, List.of(street)).placed(street, 6)).penalizesBy(0);
        }

        @Test
        @DisplayName("权重4 / weight 4")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.MEETING_MONTH, 4, List.of(street),
                    need("n1", 1, 1, 0, List.of(street)).placed(street, 5)))
                    .scores(HardMediumSoftLongScore.ofHard(-4));
        }
    }

    @Nested
    @DisplayName("unmatchedNeed 需求未匹配（中，按优先级与等待）")
    class Unmatched {

        @Test
        @DisplayName("优先级3、等待65天：3×(1+2)=9 / priority 3 waiting 65 days weighs 9")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::unmatchedNeed)
                    .given(need("n1", 3, 1, 65, List.of(own)).placed(null, 3)).penalizesBy(9);
        }

        @Test
        @DisplayName("已匹配不罚 / a matched need, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::unmatchedNeed)
                    .given(need("n1", 3, 1, 65, List.of(own)).placed(own, 3)).penalizesBy(0);
        }

        @Test
        @DisplayName("权重2：罚-4中 / weight 2 on priority 2 scores -4medium")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.UNMATCHED_NEED, 2, List.of(own),
                    need("n1", 2, 1, 0, List.of(own)).placed(null, 3)))
                    .scores(HardMediumSoftLongScore.ofMedium(-4));
        }
    }

    @Nested
    @DisplayName("outsideAlliance 先本联合体，再同街道，再全县（软）")
    class OutsideAlliance {

        @Test
        @DisplayName("同街道罚1，全县罚3 / same street 1, county-wide 3")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::outsideAlliance)
                    .given(need("n1", 1, 1, 0, List.of(street)).placed(street, 3),
                            need("n2", 1, 1, 0, List.of(county)).placed(county, 3))
                    .penalizesBy(4);
        }

        @Test
        @DisplayName("本联合体成员不罚 / a member of its own alliance, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::outsideAlliance)
                    .given(need("n1", 1, 1, 0, List.of(own)).placed(own, 3)).penalizesBy(0);
        }

        @Test
        @DisplayName("权重10：全县罚-30软 / weight 10 scores county-wide -30soft")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.OUTSIDE_ALLIANCE, 10, List.of(county),
                    need("n1", 1, 1, 0, List.of(county)).placed(county, 3)))
                    .scores(HardMediumSoftLongScore.ofSoft(-30));
        }
    }

    @Nested
    @DisplayName("lateMonth 越早越好（按优先级，软）")
    class LateMonth {

        @Test
        @DisplayName("优先级2晚3个月：罚6 / priority 2 three months late weighs 6")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::lateMonth)
                    .given(need("n1", 2, 1, 0, List.of(own)).placed(own, 6)).penalizesBy(6);
        }

        @Test
        @DisplayName("最早月份不罚 / the first month, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::lateMonth)
                    .given(need("n1", 2, 1, 0, List.of(own)).placed(own, 3)).penalizesBy(0);
        }

        @Test
        @DisplayName("权重5 / weight 5")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.LATE_MONTH, 5, List.of(own),
                    need("n1", 1, 1, 0, List.of(own)).placed(own, 6)))
                    .scores(HardMediumSoftLongScore.ofSoft(-15));
        }
    }

    @Nested
    @DisplayName("unitLoad 责任单位负担均衡（软）")
    class UnitLoad {

        @Test
        @DisplayName("一家单位3个项目：罚9 / three projects on one unit weigh 9")
        void fires() {
            VERIFIER.verifyThat(MatchingConstraints::unitLoad)
                    .given(street, need("n1", 1, 1, 0, List.of(street)).placed(street, 3),
                            need("n2", 1, 1, 0, List.of(street)).placed(street, 6),
                            need("n3", 1, 1, 0, List.of(street)).placed(street, 9))
                    .penalizesBy(9);
        }

        @Test
        @DisplayName("分给两家单位：2²+1²=5 / spread over two units weighs 5")
        void spreads() {
            VERIFIER.verifyThat(MatchingConstraints::unitLoad)
                    .given(need("n1", 1, 1, 0, List.of(street)).placed(street, 3),
                            need("n2", 1, 1, 0, List.of(street)).placed(street, 6),
                            need("n3", 1, 1, 0, List.of(county)).placed(county, 9))
                    .penalizesBy(5);
        }

        @Test
        @DisplayName("没有项目不罚 / no projects, no penalty")
        void doesNotFire() {
            VERIFIER.verifyThat(MatchingConstraints::unitLoad)
                    .given(need("n1", 1, 1, 0, List.of(street)).placed(null, 3)).penalizesBy(0);
        }

        @Test
        @DisplayName("权重2：两个项目罚-8软 / weight 2 on two projects scores -8soft")
        void scales() {
            VERIFIER.verifyThat().givenSolution(weighOnly(MatchingWeights.UNIT_LOAD, 2, List.of(street),
                    need("n1", 1, 1, 0, List.of(street)).placed(street, 3),
                    need("n2", 1, 1, 0, List.of(street)).placed(street, 6)))
                    .scores(HardMediumSoftLongScore.ofSoft(-8));
        }
    }
}
