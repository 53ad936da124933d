package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Rules;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.partitionedsearch.PartitionedSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Partitioned search by street: parts cover the plan once and score their entities as the whole does. */
class StreetPartitionerTest {

    private static final SolutionManager<AlliancePlan, HardMediumSoftLongScore> SCORING =
            SolutionManager.create(SolverFactory.create(AllianceSolverConfig.base()));

    @Test
    void everyOrganizationAndCommunityIsInExactlyOnePartOfItsStreet() {
        AlliancePlan city = PlanMapper.toModel(Datasets.generate(Datasets.CITY, 11));

        List<AlliancePlan> parts = new StreetPartitioner().split(city);

        assertThat(parts).hasSize(8);
        assertThat(parts.stream().flatMap(p -> p.getOrganizations().stream()).map(Organization::getId))
                .doesNotHaveDuplicates().hasSize(city.getOrganizations().size());
        assertThat(parts.stream().flatMap(p -> p.getCommunities().stream()).map(Community::getId))
                .doesNotHaveDuplicates().hasSize(city.getCommunities().size());
        for (AlliancePlan part : parts) {
            Set<String> streets = part.getCommunities().stream().map(Community::getStreet).collect(Collectors.toSet());
            assertThat(streets).hasSize(1);
            assertThat(part.getOrganizations()).allSatisfy(o -> assertThat(streets).contains(o.getStreet()));
        }
    }

    @Test
    void whenEveryoneStaysInTheirStreetThePartsScoresAddUpToTheWhole() {
        AlliancePlan city = PlanMapper.toModel(Datasets.generate(Datasets.CITY, 11));
        for (Organization o : city.getOrganizations()) {
            o.setCommunity(city.getCommunities().stream()
                    .filter(c -> c.getStreet().equals(o.getStreet()))
                    .min(Comparator.comparingInt(o::distanceMetresTo)).orElseThrow());
            o.getCommunity().getMembers().add(o);
        }

        List<AlliancePlan> parts = new StreetPartitioner().split(city);
        HardMediumSoftLongScore whole = SCORING.update(city);
        HardMediumSoftLongScore sum = parts.stream().map(SCORING::update)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);

        // Home communities, exclusions and targets survive the copy: nothing is lost or gained.
        assertThat(sum).isEqualTo(whole);
        assertThat(whole.softScore()).isNegative();
    }

    @Test
    void theConfigurationFollowsTheProblemsSize() {
        assertThat(AllianceSolverConfig.resourceFor(sized(199, 26))).isEqualTo(AllianceSolverConfig.RESOURCE);
        assertThat(AllianceSolverConfig.resourceFor(sized(2_000, 300))).isEqualTo(AllianceSolverConfig.RESOURCE);
        assertThat(AllianceSolverConfig.resourceFor(sized(20_000, 2_600))).isEqualTo(AllianceSolverConfig.LARGE_RESOURCE);
        assertThat(AllianceSolverConfig.baseFor(sized(20_000, 2_600)).getPhaseConfigList().get(0))
                .isInstanceOf(PartitionedSearchPhaseConfig.class);
    }

    /** A plan of the given size: the choice of configuration looks at nothing else. */
    private static AlliancePlan sized(int organizations, int communities) {
        return new AlliancePlan("sized", Rules.defaults(), Collections.nCopies(communities, new Community()),
                Collections.nCopies(organizations, new Organization()), new AllianceWeights());
    }

    @Test
    void theLargeConfigurationSolvesACityToAFeasiblePlan() {
        // The city is not large enough to need it, but it is the largest problem a test can afford.
        AlliancePlan city = PlanMapper.toModel(Datasets.generate(Datasets.CITY, 11));
        // Stops as soon as it is feasible (a feasible-score termination cannot reach partitions' threads);
        // the two minutes only guard against a hang.
        Solver<AlliancePlan> solver = SolverFactory.<AlliancePlan>create(
                SolverConfig.createFromXmlResource(AllianceSolverConfig.LARGE_RESOURCE)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMinutes(2)))).buildSolver();
        solver.addEventListener(event -> {
            if (event.getNewBestScore().isFeasible()) {
                solver.terminateEarly();
            }
        });

        AlliancePlan best = solver.solve(city);

        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(best.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNotNull());
        // The parts' assignments came back to the plan's own communities, not to the parts' copies.
        assertThat(best.getCommunities().stream().mapToInt(Community::memberCount).sum()).isEqualTo(2_000);
    }
}
