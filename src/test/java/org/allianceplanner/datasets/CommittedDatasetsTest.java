package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.ServiceVocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The files under datasets/ are exactly what the generators make with seed 2026, and they are valid,
 * solvable problems. To regenerate them after a deliberate change to a generator or catalogue, run
 * {@code mvn -q -B test -Dtest=CommittedDatasetsTest -Ddatasets.regenerate=true} and review the diff.
 */
class CommittedDatasetsTest {

    static final List<String> COMMITTED = Datasets.COMMITTED;

    static Path file(String name) {
        return Path.of("datasets", name + ".json");
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void committedFileIsWhatTheGeneratorMakesWithSeed2026(String name) throws IOException {
        PlanDocument generated = Datasets.generate(name, Datasets.COMMITTED_SEED);
        if (Boolean.getBoolean("datasets.regenerate")) {
            Datasets.write(generated, file(name));
        }
        assertThat(file(name)).exists();
        assertThat(Files.readAllBytes(file(name)))
                .as("datasets/%s.json differs from the generator's output; regenerate it if the change is wanted", name)
                .isEqualTo(Datasets.toJson(generated));
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void committedFileReadsWithoutProblems(String name) throws IOException {
        AlliancePlan plan = PlanMapper.read(Files.readAllBytes(file(name)));

        assertThat(plan.getCommunities()).isNotEmpty();
        assertThat(plan.getOrganizations()).allSatisfy(o -> {
            assertThat(o.getCommunity()).as("new problem: nothing assigned").isNull();
            assertThat(o.isPinned()).isFalse();
            assertThat(o.getCurrentCommunity()).isNull();
        });
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void usesOnlyTheSharedVocabulary(String name) {
        PlanDocument plan = Datasets.generate(name, Datasets.COMMITTED_SEED);

        assertThat(DatasetFacts.codesUsed(plan)).isNotEmpty().allMatch(ServiceVocabulary::isKnown);
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void everyNeedIsOfferedBySomeUnit(String name) {
        PlanDocument plan = Datasets.generate(name, Datasets.COMMITTED_SEED);
        Set<String> offered = plan.organizations().stream()
                .flatMap(o -> o.capabilities().stream()).collect(Collectors.toSet());

        assertThat(plan.communities()).allSatisfy(c -> assertThat(offered)
                .containsAll(c.needs().stream().map(NeedDocument::code).toList()));
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void isFeasibleByConstruction(String name) {
        PlanDocument plan = Datasets.generate(name, Datasets.COMMITTED_SEED);
        int units = plan.organizations().size();
        int sumMin = plan.communities().stream().mapToInt(CommunityDocument::minMembers).sum();
        int sumMax = plan.communities().stream().mapToInt(CommunityDocument::maxMembers).sum();

        assertThat(sumMin).isLessThanOrEqualTo(units);
        assertThat(sumMax).isGreaterThanOrEqualTo(units);
        assertThat(plan.communities()).allSatisfy(c -> assertThat(c.minMembers()).isLessThanOrEqualTo(c.maxMembers()));
        // Every unit has a community it may join within the maximum distance.
        double maxMetres = plan.rules().maxDistanceKm() * 1000;
        assertThat(plan.organizations()).allSatisfy(o -> assertThat(plan.communities().stream()
                .filter(c -> o.excludedCommunities() == null || !o.excludedCommunities().contains(c.id()))
                .anyMatch(c -> Geo.metres(c.location(), o.location()) <= maxMetres))
                .as(o.name()).isTrue());
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void isANewProblemWithDefaultWeights(String name) {
        PlanDocument plan = Datasets.generate(name, Datasets.COMMITTED_SEED);

        assertThat(plan.weights()).isNull();
        assertThat(plan.score()).isNull();
        assertThat(plan.organizations()).allSatisfy(o -> {
            assertThat(o.currentCommunity()).isNull();
            assertThat(o.pinned()).isNull();
            assertThat(o.community()).isNull();
        });
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void communitiesHaveTwoToFiveNeedsOfPriorityOneToThree(String name) {
        PlanDocument plan = Datasets.generate(name, Datasets.COMMITTED_SEED);

        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.needs()).hasSizeBetween(2, 5);
            assertThat(c.needs()).allSatisfy(n -> assertThat(n.priority()).isBetween(1, 3));
            assertThat(c.needs().stream().map(NeedDocument::code).distinct()).hasSameSizeAs(c.needs());
        });
    }

    @ParameterizedTest
    @FieldSource("COMMITTED")
    void unitsHaveOneToThreeCapabilitiesAndStandNearTheirHome(String name) {
        PlanDocument plan = Datasets.generate(name, Datasets.COMMITTED_SEED);
        Map<String, CommunityDocument> communities = plan.communities().stream()
                .collect(Collectors.toMap(CommunityDocument::id, c -> c));

        assertThat(plan.organizations()).allSatisfy(o -> {
            assertThat(o.capabilities()).hasSizeBetween(1, 3);
            if (o.homeCommunity() != null) {
                CommunityDocument home = communities.get(o.homeCommunity());
                assertThat(Geo.metres(home.location(), o.location())).as(o.name()).isLessThan(450);
                assertThat(o.street()).isEqualTo(home.street());
            }
        });
    }
}
