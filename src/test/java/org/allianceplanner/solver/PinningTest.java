package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;

/**
 * Pinning composes: with the allocation pinned only the dates are planned, with the dates pinned
 * only the allocation — the same solver the service and the CLI use.
 */
class PinningTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    private static AlliancePlan solved;

    @BeforeAll
    static void solveOnce() throws IOException {
        solved = solve(PlanMapper.read(Files.readAllBytes(Path.of("datasets/jintang-zhaozhen.json"))));
        assertThat(solved.getScore().isFeasible()).isTrue();
    }

    private static AlliancePlan solve(AlliancePlan problem) {
        return SOLVERS.solve(problem, SolveLimits.of(Duration.ofSeconds(2)));
    }

    /** The solved plan as a new problem, with some of it pinned. */
    private static AlliancePlan resubmitted(boolean pinOrganizations, boolean pinActivities, boolean keepDates) {
        PlanDocument doc = PlanMapper.toDocument(solved);
        var organizations = doc.organizations().stream().map(o -> new org.allianceplanner.io.OrganizationDocument(
                o.id(), o.name(), o.type(), o.street(), o.location(), o.homeCommunity(), o.partyMembers(),
                o.capabilities(), o.currentCommunity(), pinOrganizations, o.excludedCommunities(), o.blackoutDates(),
                pinOrganizations ? o.community() : null)).toList();
        var activities = doc.activities().stream().map(a -> new org.allianceplanner.io.ActivityDocument(
                null, a.type(), a.community(), a.sequence(), null, keepDates ? a.date() : null, pinActivities)).toList();
        return PlanMapper.toModel(new PlanDocument(doc.name(), doc.scope(), doc.communities(), organizations,
                doc.rules(), doc.calendar(), doc.activityTypes(), doc.weights(), activities, null));
    }

    @Test
    void withTheAllocationPinnedOnlyDatesArePlanned() {
        AlliancePlan result = solve(resubmitted(true, false, false));

        Map<String, String> before = communities(solved);
        assertThat(communities(result)).isEqualTo(before);
        assertThat(result.getActivities()).allSatisfy(a -> assertThat(a.getDate()).isNotNull());
        assertThat(result.getScore().isFeasible()).isTrue();
    }

    @Test
    void withTheDatesPinnedOnlyTheAllocationIsPlanned() {
        AlliancePlan result = solve(resubmitted(false, true, true));

        assertThat(dates(result)).isEqualTo(dates(solved));
        assertThat(result.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNotNull());
    }

    @Test
    void theAnnealingAndTheExactPhaseLeaveTheCalendarsPolishItsShareOfTheTime() {
        List<PhaseConfig> phases = SOLVERS.config(resubmitted(false, false, false), SolveLimits.of(Duration.ofSeconds(50)))
                .getPhaseConfigList();
        assertThat(phases).hasSize(5);
        LocalSearchPhaseConfig annealing = (LocalSearchPhaseConfig) phases.get(2);
        assertThat(annealing.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(15));
        assertThat(AllianceSolverConfig.exactPhase(SOLVERS.config(resubmitted(false, false, false),
                SolveLimits.of(Duration.ofSeconds(50))))).hasValueSatisfying(
                        exact -> assertThat(exact.budget()).isEqualTo(Duration.ofMillis(27_500)));
        assertThat(AllianceSolverConfig.isExact(phases.get(3))).isTrue();
        assertThat(phases.get(4)).isInstanceOf(LocalSearchPhaseConfig.class);
        assertThat(((LocalSearchPhaseConfig) phases.get(4)).getTerminationConfig()).as("the polish runs to the end").isNull();
    }

    @Test
    void withTheDatesPinnedThereIsNoPolishAndTheExactPhaseHasTheRestOfTheRun() {
        AlliancePlan problem = resubmitted(false, true, true);
        var config = SOLVERS.config(problem, SolveLimits.of(Duration.ofSeconds(50)));
        List<PhaseConfig> phases = config.getPhaseConfigList();
        List<PhaseConfig> searches = phases.stream().filter(LocalSearchPhaseConfig.class::isInstance).toList();
        assertThat(searches).hasSize(1);
        assertThat(((LocalSearchPhaseConfig) searches.get(0)).getTerminationConfig().getSpentLimit())
                .isEqualTo(Duration.ofSeconds(15));
        assertThat(AllianceSolverConfig.isExact(phases.get(phases.size() - 1))).isTrue();
        assertThat(AllianceSolverConfig.exactPhase(config)).hasValueSatisfying(
                exact -> assertThat(exact.budget()).isEqualTo(Duration.ofMillis(31_250)));
    }

    private static Map<String, String> communities(AlliancePlan plan) {
        Map<String, String> map = new HashMap<>();
        for (Organization o : plan.getOrganizations()) {
            map.put(o.getId(), o.getCommunity() == null ? null : o.getCommunity().getId());
        }
        return map;
    }

    private static Map<String, LocalDate> dates(AlliancePlan plan) {
        Map<String, LocalDate> map = new HashMap<>();
        for (JointActivity a : plan.getActivities()) {
            map.put(a.getId(), a.getDate());
        }
        return map;
    }
}
