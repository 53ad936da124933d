package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;

import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.NeedDocument;
import org.junit.jupiter.api.Test;

/** The small parts the generators are built from. */
class GeneratorPartsTest {

    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void pointsNearACentreStayWithinTheRadius() {
        LocationDocument centre = Geo.point(30.33, 107.349);
        for (int i = 0; i < 1_000; i++) {
            assertThat(Geo.metres(centre, Geo.near(centre, 300, random))).isLessThanOrEqualTo(300.5);
        }
    }

    @Test
    void aJitteredGridHasOnePointPerCellInsideTheBox() {
        Geo.Box box = new Geo.Box(30.305, 30.355, 107.319, 107.357);

        List<LocationDocument> cells = box.jitteredGrid(6, 3, random);

        assertThat(cells).hasSize(18).allMatch(box::contains);
        assertThat(box.areaKm2()).isBetween(19.0, 22.0);
    }

    @Test
    void weightedDrawsNeverRepeatAndStopWhenTheChoicesRunOut() {
        WeightedChoices<String> pool = WeightedChoices.<String>builder().add("a", 5).add("b", 1).add("c", 1).build();

        assertThat(pool.drawDistinct(2, List.of("a"), random)).containsExactlyInAnyOrder("b", "c");
        assertThat(pool.drawDistinct(5, List.of(), random)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void unknownVocabularyCodesAreRefusedWhenTheDataIsRead() {
        assertThatThrownBy(() -> VocabularyCodes.codes("HEALTH_CARE,ELDERLY"))
                .hasMessageContaining("ELDERLY");
        assertThat(VocabularyCodes.needs("ELDERLY_CARE:3, ROADS_FACILITIES:1"))
                .containsExactly(new NeedDocument("ELDERLY_CARE", 3), new NeedDocument("ROADS_FACILITIES", 1));
    }

    @Test
    void reportedNeedsComeFirstAndTheTotalIsTwoToFive() {
        List<NeedDocument> reported = List.of(new NeedDocument("ROADS_FACILITIES", 3));
        for (int i = 0; i < 200; i++) {
            List<NeedDocument> needs = CommunityCharacter.PERI_URBAN.drawNeeds(reported, random);

            assertThat(needs).hasSizeBetween(2, 5).startsWith(reported.get(0));
            assertThat(needs.stream().map(NeedDocument::code).distinct()).hasSameSizeAs(needs);
        }
    }

    @Test
    void populationsStayInTheCharactersRangeTimesTheFactor() {
        for (int i = 0; i < 200; i++) {
            assertThat(CommunityCharacter.OLD_TOWN.drawPopulation(2.0, random)).isBetween(18_000, 30_000)
                    .matches(p -> p % 10 == 0);
        }
    }

    @Test
    void apportionmentAddsUpAndFollowsTheWeights() {
        int[] parts = ScaleGenerator.apportion(2_000, new double[] {30, 15, 6, 14, 25, 10});

        assertThat(parts).containsExactly(600, 300, 120, 280, 500, 200);
        assertThat(ScaleGenerator.apportion(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
    }
}
