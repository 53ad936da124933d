package org.allianceplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

@DisplayName("AllianceWeights 约束权重")
class AllianceWeightsTest {

    private static List<Field> weightFields() {
        return Arrays.stream(AllianceWeights.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toList();
    }

    private static HardMediumSoftLongScore fieldValue(AllianceWeights weights, String name) throws Exception {
        Field field = AllianceWeights.class.getDeclaredField(name);
        field.setAccessible(true);
        return (HardMediumSoftLongScore) field.get(weights);
    }

    @Test
    @DisplayName("每个字段都是以约束名命名的@ConstraintWeight，且都在目录中 / every field is a catalogue constraint")
    void everyFieldIsACatalogueConstraint() {
        assertThat(weightFields()).hasSize(AllianceConstraint.values().length);
        for (Field field : weightFields()) {
            ConstraintWeight annotation = field.getAnnotation(ConstraintWeight.class);
            assertThat(annotation).as("@ConstraintWeight on %s", field.getName()).isNotNull();
            assertThat(annotation.value()).isEqualTo(field.getName());
            assertThat(annotation.constraintPackage()).as("package of %s", field.getName()).isEmpty();
            assertThat(AllianceConstraint.byId(annotation.value())).as("catalogue entry for %s", field.getName())
                    .isPresent();
            assertThat(field.getType()).isEqualTo(HardMediumSoftLongScore.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AllianceConstraint.class)
    @DisplayName("目录中每个约束都有同名的@ConstraintWeight字段 / every catalogue constraint has its field")
    void everyCatalogueConstraintHasAField(AllianceConstraint constraint) throws Exception {
        Field field = AllianceWeights.class.getDeclaredField(constraint.id());
        assertThat(field.getAnnotation(ConstraintWeight.class).value()).isEqualTo(constraint.id());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AllianceConstraint.class)
    @DisplayName("默认权重等于目录，且在约束自己的级别上 / defaults equal the catalogue, on the right level")
    void defaultsEqualTheCatalogue(AllianceConstraint constraint) throws Exception {
        AllianceWeights weights = new AllianceWeights();

        assertThat(weights.get(constraint)).isEqualTo(constraint.defaultWeight());
        assertThat(fieldValue(weights, constraint.id())).isEqualTo(constraint.level().score(constraint.defaultWeight()));
    }

    @Test
    @DisplayName("目录中的默认值 / the catalogue's levels and defaults")
    void catalogue() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("communityOverMax", "HARD 1");
        expected.put("communityUnderMin", "HARD 1");
        expected.put("excludedCommunity", "HARD 1");
        expected.put("maxDistance", "HARD 1");
        expected.put("typeQuota", "HARD 1");
        expected.put("moveBudget", "HARD 1");
        expected.put("unassigned", "MEDIUM 1");
        expected.put("distance", "SOFT 1");
        expected.put("homeCommunity", "SOFT 3000");
        expected.put("outsideStreet", "SOFT 1500");
        expected.put("uncoveredNeed", "SOFT 2000");
        expected.put("idleMember", "SOFT 1000");
        expected.put("sizeBalance", "SOFT 1500");
        expected.put("partyMemberBalance", "SOFT 50");
        expected.put("typeDiversity", "SOFT 500");
        expected.put("stability", "SOFT 0");
        expected.put("activityOnHoliday", "HARD 1");
        expected.put("activityDayKind", "HARD 1");
        expected.put("activityOutsideWindow", "HARD 1");
        expected.put("reviewPanelCapacity", "HARD 1");
        expected.put("allianceSameDay", "HARD 1");
        expected.put("memberBlackout", "HARD 1");
        expected.put("themedPartyDay", "SOFT 1000");
        expected.put("activityGap", "SOFT 300");
        expected.put("streetDailyLoad", "SOFT 2000");
        expected.put("activitySpread", "SOFT 100");
        Map<String, String> actual = new LinkedHashMap<>();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            actual.put(c.id(), c.level() + " " + c.defaultWeight());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    @DisplayName("每个约束的分组 / each constraint's group")
    void groups() {
        Map<ConstraintGroup, List<String>> expected = new LinkedHashMap<>();
        expected.put(ConstraintGroup.RULES, List.of("communityOverMax", "communityUnderMin", "excludedCommunity",
                "maxDistance", "typeQuota", "moveBudget", "unassigned"));
        expected.put(ConstraintGroup.LOCALITY, List.of("distance", "homeCommunity", "outsideStreet"));
        expected.put(ConstraintGroup.NEED_MATCH, List.of("uncoveredNeed", "idleMember"));
        expected.put(ConstraintGroup.BALANCE, List.of("sizeBalance", "partyMemberBalance", "typeDiversity"));
        expected.put(ConstraintGroup.STABILITY, List.of("stability"));
        expected.put(ConstraintGroup.CALENDAR, List.of("activityOnHoliday", "activityDayKind", "activityOutsideWindow",
                "reviewPanelCapacity", "allianceSameDay", "memberBlackout", "themedPartyDay", "activityGap",
                "streetDailyLoad", "activitySpread"));
        Map<ConstraintGroup, List<String>> actual = new LinkedHashMap<>();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            actual.computeIfAbsent(c.group(), g -> new java.util.ArrayList<>()).add(c.id());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AllianceConstraint.class)
    @DisplayName("每个约束都有中英文名称和计量单位 / every constraint has its names and unit in both languages")
    void namesAndUnits(AllianceConstraint constraint) {
        assertThat(List.of(constraint.zh(), constraint.en(), constraint.unitZh(), constraint.unitEn()))
                .allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(constraint.zh()).as("zh is Chinese").matches(".*\\p{IsHan}.*");
        assertThat(constraint.en()).as("en is English").matches("[\\x20-\\x7E–]+");
    }

    @Test
    @DisplayName("asMap按目录顺序列出全部权重 / asMap lists every weight in catalogue order")
    void asMap() {
        Map<String, Long> map = new AllianceWeights().asMap();

        assertThat(map.keySet()).containsExactlyElementsOf(
                Arrays.stream(AllianceConstraint.values()).map(AllianceConstraint::id).toList());
        assertThat(map).containsEntry("homeCommunity", 3_000L).containsEntry("stability", 0L);
    }

    @Test
    @DisplayName("按名称覆盖部分权重，其余保持默认 / overrides by name, the rest stay default")
    void withOverrides() throws Exception {
        AllianceWeights weights = AllianceWeights.withOverrides(Map.of("distance", 2L, "sizeBalance", 5L,
                "maxDistance", 10L, "unassigned", 0L));

        assertThat(weights.get(AllianceConstraint.DISTANCE)).isEqualTo(2);
        assertThat(weights.get(AllianceConstraint.SIZE_BALANCE)).isEqualTo(5);
        assertThat(weights.get(AllianceConstraint.MAX_DISTANCE)).isEqualTo(10);
        assertThat(weights.get(AllianceConstraint.UNASSIGNED)).isZero();
        assertThat(fieldValue(weights, "sizeBalance")).isEqualTo(HardMediumSoftLongScore.ofSoft(5));
        assertThat(fieldValue(weights, "maxDistance")).isEqualTo(HardMediumSoftLongScore.ofHard(10));
        assertThat(fieldValue(weights, "unassigned")).isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(weights.get(AllianceConstraint.HOME_COMMUNITY)).isEqualTo(3_000);
        assertThat(weights.get(AllianceConstraint.TYPE_QUOTA)).isEqualTo(1);
    }

    @Test
    @DisplayName("没有覆盖时等于默认 / no overrides, defaults")
    void noOverrides() {
        assertThat(AllianceWeights.withOverrides(Map.of()).asMap()).isEqualTo(new AllianceWeights().asMap());
    }

    @Test
    @DisplayName("负权重被拒绝 / a negative weight is rejected")
    void negativeWeightRejected() {
        AllianceWeights weights = new AllianceWeights();

        assertThatThrownBy(() -> weights.set(AllianceConstraint.DISTANCE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance");
        assertThat(weights.get(AllianceConstraint.DISTANCE)).isEqualTo(1);
        assertThatThrownBy(() -> AllianceWeights.withOverrides(Map.of("sizeBalance", -5L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sizeBalance");
    }

    @Test
    @DisplayName("未知约束名被拒绝 / an unknown constraint name is rejected")
    void unknownNameRejected() {
        Map<String, Long> overrides = new HashMap<>();
        overrides.put("distanse", 1L);

        assertThatThrownBy(() -> AllianceWeights.withOverrides(overrides))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"distanse\"");
        assertThat(AllianceConstraint.byId("distanse")).isEmpty();
        assertThat(AllianceConstraint.byId("Distance")).isEmpty();
    }

    @Test
    @DisplayName("约束包名与约束流一致 / the constraint package the constraint streams use")
    void constraintPackage() {
        assertThat(AllianceWeights.class.getAnnotation(ConstraintConfiguration.class).constraintPackage())
                .isEqualTo(AllianceWeights.CONSTRAINT_PACKAGE).isEqualTo("org.allianceplanner");
    }
}
