package org.allianceplanner.benchmark.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AllianceWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles read strictly: the shipped ones work, and each mistake names its file and field. */
class WeightProfilesTest {

    private static final Path SHIPPED = Path.of("benchmark/weights");

    @TempDir
    Path dir;

    @Test
    void theShippedProfilesReadAndEachIsNamedLikeItsFile() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SHIPPED)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<WeightProfile> profiles = WeightProfiles.readAll(files);

        assertThat(profiles).extracting(WeightProfile::name).containsExactly("balance-first", "balanced-default",
                "locality-first", "needs-first", "stability-first");
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i).getFileName().toString()).isEqualTo(profiles.get(i).name() + ".json");
            assertThat(profiles.get(i).titleZh()).isNotBlank();
            assertThat(profiles.get(i).titleEn()).isNotBlank();
        }
    }

    @Test
    void theDefaultIsTheCatalogueAndLocalityFirstTriplesTheLocalityWeights() {
        WeightProfile defaults = WeightProfiles.read(SHIPPED.resolve("balanced-default.json"));
        assertThat(AllianceWeights.withOverrides(defaults.overrides()).asMap())
                .isEqualTo(new AllianceWeights().asMap());
        assertThat(defaults.changesFromDefaults()).isEmpty();

        AllianceWeights locality = AllianceWeights.withOverrides(
                WeightProfiles.read(SHIPPED.resolve("locality-first.json")).overrides());
        for (AllianceConstraint c : List.of(AllianceConstraint.DISTANCE, AllianceConstraint.HOME_COMMUNITY,
                AllianceConstraint.OUTSIDE_STREET)) {
            assertThat(locality.get(c)).as(c.id()).isEqualTo(3 * c.defaultWeight());
        }
        assertThat(locality.get(AllianceConstraint.SIZE_BALANCE)).isEqualTo(AllianceConstraint.SIZE_BALANCE.defaultWeight());
        AllianceWeights stability = AllianceWeights.withOverrides(
                WeightProfiles.read(SHIPPED.resolve("stability-first.json")).overrides());
        assertThat(stability.get(AllianceConstraint.STABILITY)).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void aGoodFileGivesItsFieldsAndChanges() throws IOException {
        Path file = write("good.json", """
                {"name": "mine", "titleZh": "我的", "titleEn": "Mine", "description": "d",
                 "weights": {"distance": 2, "stability": 0}}""");

        WeightProfile profile = WeightProfiles.read(file);

        assertThat(profile.name()).isEqualTo("mine");
        assertThat(profile.title()).isEqualTo("我的 Mine");
        assertThat(profile.overrides()).containsEntry("distance", 2L).containsEntry("stability", 0L);
        assertThat(profile.changesFromDefaults()).isEqualTo("distance 1→2");
    }

    @Test
    void anUnknownConstraintIsNamedWithItsFieldAndFile() throws IOException {
        Path file = write("typo.json", """
                {"name": "typo", "weights": {"distanse": 3}}""");

        String message = problem(file).getMessage();

        assertThat(message).contains(file.toString()).contains("weights.distanse")
                .contains("unknown constraint \"distanse\"").contains("未知的约束名称").contains("homeCommunity");
    }

    @Test
    void aNegativeWeightIsNamedWithItsField() throws IOException {
        Path file = write("negative.json", """
                {"name": "neg", "weights": {"distance": -1}}""");

        assertThat(problem(file).getMessage()).contains(file.toString()).contains("weights.distance")
                .contains("negative");
    }

    @Test
    void aMissingNameIsAProblemOfTheNameField() throws IOException {
        Path file = write("nameless.json", """
                {"titleEn": "No name", "weights": {}}""");

        WeightProfileException e = problem(file);

        assertThat(e.getProblems()).extracting(p -> p.problem().field()).containsExactly("name");
        assertThat(e.getMessage()).contains(file.toString()).contains("name: ").contains("must not be blank");
    }

    @Test
    void textThatIsNotJsonSaysSoWithTheFile() throws IOException {
        Path file = write("broken.json", "name = locality-first\ndistance = 3\n");

        assertThat(problem(file).getMessage()).contains(file.toString()).contains("(文件 file)")
                .contains("not valid JSON (line 1, column");
        Path cut = write("cut.json", "{\"name\": \"x\", \"weights\": {\"distance\": 3");
        assertThat(problem(cut).getMessage()).contains(cut.toString()).contains("end-of-input");
        assertThat(problem(write("empty.json", "  \n")).getMessage()).contains("the file is empty");
        assertThat(problem(dir.resolve("nowhere.json")).getMessage()).contains("nowhere.json").contains("no such file");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        Path file = write("many.json", """
                {"titel": "x", "weights": {"distance": "3", "homeCommunity": -5, "nope": 1, "stability": 2.5}}""");

        WeightProfileException e = problem(file);

        assertThat(e.getProblems()).extracting(p -> p.problem().field()).containsExactlyInAnyOrder("name", "titel",
                "weights.distance", "weights.homeCommunity", "weights.nope", "weights.stability");
        assertThat(e.getMessage()).contains("titel: 未知字段 / unknown field")
                .contains("weights.distance: ").contains("wrong type");
    }

    @Test
    void twoProfilesWithOneNameAndProblemsInTwoFilesComeInOneMessage() throws IOException {
        Path first = write("a.json", "{\"name\": \"same\"}");
        Path second = write("b.json", "{\"name\": \"same\"}");
        Path third = write("c.json", "{\"name\": \"c\", \"weights\": {\"bogus\": 1}}");

        WeightProfileException e = catchThrowableOfType(WeightProfileException.class,
                () -> WeightProfiles.readAll(List.of(first, second, third)));

        assertThat(e.getProblems()).extracting(WeightProfileException.Problem::file).containsExactly(second, third);
        assertThat(e.getMessage()).contains(second + " 有1处问题").contains("the name \"same\" is also the name of " + first)
                .contains(third + " 有1处问题").contains("weights.bogus");
    }

    private WeightProfileException problem(Path file) {
        WeightProfileException e = catchThrowableOfType(WeightProfileException.class, () -> WeightProfiles.read(file));
        assertThat(e).as("a problem with " + file).isNotNull();
        return e;
    }

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }
}
