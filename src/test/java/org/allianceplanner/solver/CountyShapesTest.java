package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.allianceplanner.datasets.CountyShapes;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a planner would check by hand on counties of other shapes (datasets.CountyShapes). */
@DisplayName("其他形态的县 Counties of other shapes")
class CountyShapesTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();
    private static AlliancePlan riverCity;
    private static AlliancePlan overConstrained;

    @BeforeAll
    static void solve() {
        riverCity = SOLVERS.solve(PlanMapper.toModel(CountyShapes.generate(CountyShapes.RIVER_CITY, 1)),
                SolveLimits.of(Duration.ofSeconds(8)));
        overConstrained = SOLVERS.solve(PlanMapper.toModel(CountyShapes.generate(CountyShapes.OVER_CONSTRAINED, 1)),
                SolveLimits.of(Duration.ofSeconds(6)));
    }

    private static Organization unit(AlliancePlan plan, String id) {
        return plan.getOrganizations().stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("大学（1350名党员）和医院（900名）留在所在社区 / the 1,350 university and the 900 hospital stay at home")
    void bigUnitsAtHome() {
        assertThat(riverCity.getScore().isFeasible()).isTrue();
        for (String id : List.of(CountyShapes.UNIVERSITY, CountyShapes.HOSPITAL)) {
            Organization big = unit(riverCity, id);
            assertThat(big.getCommunity()).as(big.getName()).isSameAs(big.getHomeCommunity());
        }
    }

    @Test
    @DisplayName("没有街道的社区：无人计为街道外，句子里没有 null / a community without a street: nobody outside, no null")
    void communityWithoutStreet() {
        assertThat(riverCity.getCommunities()).anySatisfy(c -> assertThat(c.getStreet()).isNull());
        ScoreAnalysis analysis = SOLVERS.explain(PlanMapper.toModel(PlanMapper.toDocument(riverCity)));
        List<ScoreAnalysis.Match> outside = analysis.constraints().stream()
                .filter(c -> c.name().equals("outsideStreet")).flatMap(c -> c.matches().stream()).toList();
        List<String> streetless = riverCity.getCommunities().stream().filter(c -> c.getStreet() == null)
                .map(c -> c.getId()).toList();
        assertThat(outside).noneSatisfy(m -> assertThat(streetless).containsAnyElementsOf(m.communities()));
        assertThat(analysis.constraints().stream().flatMap(c -> c.matches().stream()))
                .allSatisfy(m -> assertThat(m.zh() + m.en()).doesNotContain("null"));
    }

    @Test
    @DisplayName("名额不足：只留出必须留出的单位，且不是最大的单位 / over-constrained: only as many left out as must be, not the biggest")
    void overConstrainedLeavesOutTheCheapest() {
        // 10 places a community × 5 = 50 places for 60 units, one leader each: 4 leaders and 6 others wait.
        assertThat(overConstrained.getScore().hardScore()).isZero();
        assertThat(overConstrained.getScore().mediumScore()).isEqualTo(-10);
        long leadersOut = overConstrained.getOrganizations().stream()
                .filter(o -> o.getCommunity() == null && o.getType() == OrganizationType.COUNTY_LEADER).count();
        assertThat(leadersOut).isEqualTo(4);
        List<Organization> biggest = overConstrained.getOrganizations().stream()
                .sorted(Comparator.comparingInt(Organization::getPartyMembers).reversed()).limit(5).toList();
        assertThat(biggest).allSatisfy(o -> assertThat(o.getCommunity()).as(o.getName()).isNotNull());
    }
}
