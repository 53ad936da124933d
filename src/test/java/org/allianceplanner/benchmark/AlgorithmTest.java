package org.allianceplanner.benchmark;

import org.allianceplanner.solver.OrganizationDifficulty;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

@DisplayName("Algorithm 算法对比的求解配置")
class AlgorithmTest {

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = "SERVICE_DEFAULT", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("每个配置都能求解有日历和没有日历的问题 / every configuration solves with and without a calendar")
    void solvesWithAndWithoutACalendar(Algorithm algorithm) throws IOException {
        AlliancePlan noCalendar = PlanMapper.read(SmallCounty.json("algo-" + algorithm).getBytes(StandardCharsets.UTF_8));
        AlliancePlan withCalendar = PlanMapper.read(Files.readAllBytes(Path.of("datasets/jintang-zhaozhen.json")));

        for (AlliancePlan problem : List.of(noCalendar, withCalendar)) {
            // The constructions run to the end whatever the machine's load; the local search takes a few steps.
            SolverConfig config = algorithm.solverConfig(Duration.ofMinutes(1));
            List<PhaseConfig> phases = config.getPhaseConfigList();
            assertThat(phases).hasSize(3);
            assertThat(phases.get(2)).isInstanceOf(LocalSearchPhaseConfig.class);
            phases.get(2).setTerminationConfig(new TerminationConfig().withStepCountLimit(20));

            BenchmarkRun run = BenchmarkRun.solve(problem, config);

            assertThat(run.best().getScore().isSolutionInitialized()).isTrue();
            assertThat(run.kpis().unassigned()).isZero();
            assertThat(run.best().getActivities()).allSatisfy(a -> assertThat(a.getDate()).isNotNull());
        }
    }

    @Test
    @DisplayName("服务现用配置就是共享的solverConfig.xml / the service's configuration is the shared one, phases untouched")
    void serviceDefaultIsTheSharedConfiguration() {
        SolverConfig config = Algorithm.SERVICE_DEFAULT.solverConfig(Duration.ofSeconds(7));

        // The phases of solverConfig.xml as they are, not the comparison's own.
        assertThat(config.getPhaseConfigList()).usingRecursiveComparison()
                .isEqualTo(AllianceSolverConfig.base().getPhaseConfigList());
        assertThat(config.getSolutionClass()).isEqualTo(AllianceSolverConfig.base().getSolutionClass());
        assertThat(config.getScoreDirectorFactoryConfig().getConstraintProviderClass())
                .isEqualTo(AllianceSolverConfig.base().getScoreDirectorFactoryConfig().getConstraintProviderClass());
        assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("难度：可去的社区越少越难，其次最近的越远越难 / fewer allowed communities is harder, then a farther nearest one")
    void difficulty() throws IOException {
        AlliancePlan plan = PlanMapper.read(SmallCounty.json("difficulty").getBytes(StandardCharsets.UTF_8));
        List<Community> communities = plan.getCommunities();
        Organization free = plan.getOrganizations().get(0);
        Organization restricted = plan.getOrganizations().get(1);
        restricted.setExcludedCommunities(Set.of(communities.get(0), communities.get(1)));
        OrganizationDifficulty difficulty = new OrganizationDifficulty();

        OrganizationDifficulty.Weight freeWeight = difficulty.createSorterWeight(plan, free);
        OrganizationDifficulty.Weight restrictedWeight = difficulty.createSorterWeight(plan, restricted);

        assertThat(freeWeight.allowedCommunities()).isEqualTo(SmallCounty.COMMUNITIES);
        assertThat(restrictedWeight.allowedCommunities()).isEqualTo(SmallCounty.COMMUNITIES - 2);
        assertThat(restrictedWeight).isGreaterThan(freeWeight);
        OrganizationDifficulty.Weight near = new OrganizationDifficulty.Weight(6, 100, 10, "a");
        OrganizationDifficulty.Weight far = new OrganizationDifficulty.Weight(6, 900, 10, "b");
        assertThat(far).isGreaterThan(near);
    }
}
