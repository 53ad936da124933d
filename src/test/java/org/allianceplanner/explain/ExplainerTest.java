package org.allianceplanner.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.allianceplanner.explain.Explanations.Alternatives;
import org.allianceplanner.explain.Explanations.Fit;
import org.allianceplanner.explain.Explanations.NeedCandidates;
import org.allianceplanner.explain.Explanations.Option;
import org.allianceplanner.explain.Explanations.Report;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.node.ObjectNode;

@DisplayName("为什么在这里，而不在那里 / why here and not there")
class ExplainerTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    /** The small county with every unit in the community it stands next to. */
    private static PlanDocument nearest() {
        ObjectNode problem = SmallCounty.problem("explain-test");
        int k = 0;
        for (var o : problem.get("organizations")) {
            ((ObjectNode) o).put("community", "c" + (k % SmallCounty.COMMUNITIES + 1));
            k++;
        }
        return PlanMapper.readDocument(problem.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static HardMediumSoftLongScore scoreWith(PlanDocument document, String organization, String community) {
        AlliancePlan plan = PlanMapper.toModel(document.mapOrganizations(
                o -> o.id().equals(organization) ? o.withCommunity(community) : o));
        return SOLVERS.score(plan);
    }

    @Test
    @DisplayName("每个替代方案的得分等于把这一步做出来后的方案得分 / each alternative's score is that of the plan with the move")
    void everyAlternativeScoresAsThePlanWithThatMove() {
        PlanDocument document = nearest();
        try (Explainer explainer = Explainer.open(SOLVERS, PlanMapper.toModel(document))) {
            assertThat(explainer.score()).isEqualTo(SOLVERS.score(PlanMapper.toModel(document)));
            Alternatives alternatives = explainer.alternatives("o1", 5);
            assertThat(alternatives.community()).isEqualTo("c1");
            assertThat(alternatives.alternatives()).hasSize(5);
            HardMediumSoftLongScore previous = null;
            for (Option option : alternatives.alternatives()) {
                HardMediumSoftLongScore expected = scoreWith(document, "o1", option.community());
                assertThat(option.score()).isEqualTo(expected.toString());
                assertThat(option.change()).isEqualTo(expected.subtract(explainer.score()).toString());
                assertThat(option.changeKm()).isEqualTo(Km.of(expected.subtract(explainer.score()).softScore()));
                assertThat(option.zh()).startsWith("若调至" + option.communityName() + "：");
                assertThat(option.en()).startsWith("If moved to " + option.communityName() + ": ")
                        .doesNotContainPattern("\\p{IsHan}{3}[^社区]");
                if (previous != null) {
                    assertThat(expected).isLessThanOrEqualTo(previous);
                }
                previous = expected;
            }
            assertThat(alternatives.zh()).contains("单位1");
            assertThat(alternatives.facts()).isNotEmpty();
            // Nothing was left moved.
            assertThat(explainer.alternatives("o1", 5).score()).isEqualTo(explainer.score().toString());
        }
    }

    @Test
    @DisplayName("每一步都违反硬性规则时说明是哪条，并给出互换 / every move breaking a hard rule says which, with a swap")
    void aUnitWhoseEveryMoveBreaksAHardRuleSaysWhichAndOffersASwap() {
        // Every community full (5 each, max 5): any plain move puts one over its maximum.
        PlanDocument document = nearest();
        PlanDocument full = document.withCommunities(document.communities().stream()
                .map(c -> new org.allianceplanner.io.CommunityDocument(c.id(), c.name(), c.street(), c.location(),
                        c.population(), c.needs(), 5, 5, c.typeQuotas()))
                .toList());
        try (Explainer explainer = Explainer.open(SOLVERS, PlanMapper.toModel(full))) {
            Alternatives alternatives = explainer.alternatives("o2", 3);
            assertThat(alternatives.feasibleElsewhere()).isZero();
            Option first = alternatives.alternatives().get(0);
            assertThat(first.feasible()).isFalse();
            assertThat(first.breaks()).extracting(b -> b.name()).contains("communityOverMax", "communityUnderMin");
            assertThat(first.zh()).contains("违反硬性规则").contains("社区成员单位超过上限");
            assertThat(first.breaks().get(0).zh()).contains(first.communityName());
            assertThat(alternatives.zh()).contains("都会违反硬性规则");
            assertThat(first.swap()).isNotNull();
            assertThat(first.swap().feasible()).isTrue();
            assertThat(first.swap().zh()).startsWith("若与" + first.communityName() + "的");
        }
    }

    @Test
    @DisplayName("未满足的需求列出具备该职能的候选单位 / an uncovered need lists units with that function")
    void uncoveredNeedsListCandidatesWithTheCapability() {
        try (Explainer explainer = Explainer.open(SOLVERS, PlanMapper.toModel(nearest()))) {
            var needs = explainer.needCandidates(3);
            assertThat(needs).isNotEmpty();
            for (NeedCandidates need : needs) {
                for (Option candidate : need.candidates()) {
                    assertThat(candidate.community()).isEqualTo(need.community());
                    var plan = explainer.plan();
                    var unit = plan.getOrganizations().stream().filter(o -> o.getId().equals(candidate.organization()))
                            .findFirst().orElseThrow();
                    assertThat(unit.getCapabilities()).contains(need.need().code());
                }
                assertThat(need.zh()).contains(need.communityName()).contains(need.need().zh());
            }
        }
    }

    @Test
    @DisplayName("新单位的最佳位置等于逐个社区试放的最好结果 / a new unit's best fit is the best of trying every community")
    void anUnassignedUnitsTopFitIsTheBestOfABruteForceCheck() {
        PlanDocument document = nearest().mapOrganizations(o -> o.id().equals("o7") ? o.withCommunity(null) : o);
        HardMediumSoftLongScore best = null;
        for (var c : document.communities()) {
            HardMediumSoftLongScore s = scoreWith(document, "o7", c.id());
            best = best == null || s.compareTo(best) > 0 ? s : best;
        }
        try (Explainer explainer = Explainer.open(SOLVERS, PlanMapper.toModel(document))) {
            Fit fit = explainer.fit("o7", 3, false);
            assertThat(fit.fits()).hasSize(3);
            assertThat(fit.fits().get(0).score()).isEqualTo(best.toString());
            assertThat(fit.fits().get(0).zh()).startsWith("若放入");
            assertThat(fit.zh()).contains("最适合放入" + fit.fits().get(0).communityName());
        }
    }

    @Test
    @DisplayName("全部单位的报告与未知单位 / the report of every unit, and an unknown unit")
    void reportsEveryUnit() {
        try (Explainer explainer = Explainer.open(SOLVERS, PlanMapper.toModel(nearest()))) {
            Report report = explainer.report(2);
            assertThat(report.units()).hasSize(SmallCounty.ORGANIZATIONS);
            assertThat(report.scoreKm()).isEqualTo(Km.of(explainer.score().softScore()));
            assertThatThrownBy(() -> explainer.alternatives("nobody", 3)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    @DisplayName("公里当量保留一位小数 / km-equivalent with one decimal")
    void kilometreEquivalents() {
        assertThat(Km.of(-389_682)).isEqualTo(-389.7);
        assertThat(Km.signed(3000)).isEqualTo("+3.0");
        assertThat(Km.signed(-2500)).isEqualTo("\u22122.5");
        assertThat(Km.plain(-700)).isEqualTo("0.7");
    }
}
