package org.allianceplanner.benchmark.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Organization;
import org.junit.jupiter.api.Test;

/** Each profile gets its own copy of the problem with exactly its weights, and a current plan sets current communities. */
class ComparisonProblemsTest {

    private static PlanDocument jintang() throws IOException {
        return PlanMapper.readDocument(Files.readAllBytes(Path.of("datasets/jintang-zhaozhen.json")));
    }

    @Test
    void aProfileReplacesTheDocumentsWeightsOnAFreshModel() throws IOException {
        PlanDocument own = ComparisonProblems.withWeights(jintang(), Map.of("stability", 7L, "distance", 5L));
        WeightProfile locality = new WeightProfile("locality-first", null, null, null,
                Map.of("distance", 3L, "homeCommunity", 9000L));

        AlliancePlan first = ComparisonProblems.forProfile(own, locality);
        AlliancePlan second = ComparisonProblems.forProfile(own, locality);

        assertThat(first.getWeights().get(AllianceConstraint.DISTANCE)).isEqualTo(3);
        assertThat(first.getWeights().get(AllianceConstraint.HOME_COMMUNITY)).isEqualTo(9000);
        assertThat(first.getWeights().get(AllianceConstraint.STABILITY)).as("the document's own override is gone")
                .isEqualTo(AllianceConstraint.STABILITY.defaultWeight());
        assertThat(second.getOrganizations().get(0)).isNotSameAs(first.getOrganizations().get(0));
        assertThat(first.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNull());
    }

    @Test
    void aSolvedPlansCommunitiesBecomeCurrentCommunities() throws IOException {
        PlanDocument problem = jintang();
        String community = problem.communities().get(1).id();
        List<OrganizationDocument> placed = new ArrayList<>();
        for (int i = 0; i < problem.organizations().size(); i++) {
            OrganizationDocument o = problem.organizations().get(i);
            // The first ten placed in one community, the rest left out of the "current" plan.
            placed.add(new OrganizationDocument(o.id(), o.name(), o.type(), o.street(), o.location(), o.homeCommunity(),
                    o.partyMembers(), o.capabilities(), null, null, null, null, i < 10 ? community : null));
        }
        PlanDocument solved = new PlanDocument(problem.name(), null, problem.communities(), placed, null, null, null,
                null, null, null);

        ComparisonProblems.WithCurrent result = ComparisonProblems.withCurrent(problem, solved);

        assertThat(result.matched()).isEqualTo(10);
        AlliancePlan model = ComparisonProblems.forProfile(result.problem(), new WeightProfile("d", null, null, null, null));
        List<Organization> organizations = model.getOrganizations();
        assertThat(organizations.subList(0, 10)).allSatisfy(o -> {
            assertThat(o.getCurrentCommunity().getId()).isEqualTo(community);
            assertThat(o.getCommunity()).as("current, not a starting assignment").isNull();
        });
        assertThat(organizations.subList(10, organizations.size()))
                .allSatisfy(o -> assertThat(o.getCurrentCommunity()).isNull());
    }

    @Test
    void aPlanOfAnotherCountyIsRefused() throws IOException {
        PlanDocument problem = jintang();
        PlanDocument other = PlanMapper.readDocument(Files.readAllBytes(Path.of("datasets/hejiang.json")));

        // The generated counties share organization ids (agency-001…), so Hejiang's plan names
        // Jintang's organizations in Hejiang's communities.
        PlanDocument hejiangPlan = placedIn(other, "", other.communities().get(0).id());
        assertThatThrownBy(() -> ComparisonProblems.withCurrent(problem, hejiangPlan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("communities this problem does not have").hasMessageContaining("→ baihuating");

        // Organizations the problem does not have are ignored; if that is all of them, nothing is current.
        PlanDocument strangers = placedIn(problem, "elsewhere-", problem.communities().get(0).id());
        assertThatThrownBy(() -> ComparisonProblems.withCurrent(problem, strangers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("places none of this problem's");
    }

    /** Every organization of {@code plan}, its id prefixed, placed in {@code community}. */
    private static PlanDocument placedIn(PlanDocument plan, String idPrefix, String community) {
        List<OrganizationDocument> placed = plan.organizations().stream().map(o -> new OrganizationDocument(
                idPrefix + o.id(), o.name(), o.type(), o.street(), o.location(), null, null, null, null, null, null,
                null, community)).toList();
        return new PlanDocument(plan.name(), null, plan.communities(), placed, null, null, null, null, null, null);
    }
}
