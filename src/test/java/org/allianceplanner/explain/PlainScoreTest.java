package org.allianceplanner.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.solver.ScoreAnalysis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

@DisplayName("得分的白话 / the score in plain words")
class PlainScoreTest {

    @Test
    @DisplayName("软分以公里当量表述 / soft points as km-equivalent")
    void aScoreInWords() {
        PlainScore plain = PlainScore.of(HardMediumSoftLongScore.of(0, 0, -389_682));
        assertThat(plain.softKm()).isEqualTo(-389.7);
        assertThat(plain.zh()).contains("硬性规则全部满足").contains("全部单位已分配").contains("389.7公里当量");
        assertThat(plain.en()).contains("every hard rule kept").contains("389.7 km-equivalent");
        PlainScore broken = PlainScore.of(HardMediumSoftLongScore.of(-2, -1, -5000));
        assertThat(broken.zh()).contains("违反硬性规则2处").contains("1个单位未分配");
    }

    @Test
    @DisplayName("每个变化说明变好或变差及幅度 / every change says better or worse and by how much")
    void changesSayBetterOrWorseAndByHowMuch() {
        HardMediumSoftLongScore before = HardMediumSoftLongScore.of(0, 0, -10_000);
        PlainScore.Change worse = PlainScore.change(before, HardMediumSoftLongScore.of(0, 0, -10_700), null, null);
        assertThat(worse.verdict()).isEqualTo("WORSE");
        assertThat(worse.km()).isEqualTo(-0.7);
        assertThat(worse.zh()).isEqualTo("总体变差：软分变差约0.7公里当量。");
        assertThat(worse.en()).isEqualTo("Worse overall: about 0.7 km-equivalent worse.");
        PlainScore.Change better = PlainScore.change(HardMediumSoftLongScore.of(-1, -1, 0),
                HardMediumSoftLongScore.of(0, 0, -3000), null, null);
        assertThat(better.verdict()).isEqualTo("BETTER");
        assertThat(better.zh()).isEqualTo("总体变好：少违反1处硬性规则、未分配单位减少1个、软分变差约3.0公里当量。");
        assertThat(PlainScore.change(before, before, null, null).zh()).isEqualTo("总体得分不变。");
        assertThat(PlainScore.change(before, HardMediumSoftLongScore.of(0, 0, -10_010), null, null).zh())
                .isEqualTo("总体变差：软分变化不足0.1公里当量。");
    }

    private static ScoreAnalysis.ConstraintResult result(String name, HardMediumSoftLongScore score) {
        return new ScoreAnalysis.ConstraintResult(name, name, name, "SOFT", 1, "", "", score.toString(),
                score.softScore(), 1, List.of());
    }

    private static ScoreAnalysis analysis(ScoreAnalysis.ConstraintResult... results) {
        HardMediumSoftLongScore total = HardMediumSoftLongScore.ZERO;
        for (ScoreAnalysis.ConstraintResult r : results) {
            total = total.add(HardMediumSoftLongScore.parseScore(r.score()));
        }
        return new ScoreAnalysis(total.toString(), total.isFeasible(), List.of(results));
    }

    @Test
    @DisplayName("仅一侧有“其他”时按原则代码配对 / principles are paired by code when OTHER is on one side only")
    void principlesArePairedByCodeWhenOtherIsOnOneSideOnly() {
        String distance = AllianceConstraint.DISTANCE.id();
        ScoreAnalysis before = analysis(result(distance, HardMediumSoftLongScore.ofSoft(-1000)),
                result("someNewConstraint", HardMediumSoftLongScore.ofSoft(-400)));
        ScoreAnalysis after = analysis(result(distance, HardMediumSoftLongScore.ofSoft(-1500)));
        PlainScore.Change change = PlainScore.change(HardMediumSoftLongScore.parseScore(before.score()),
                HardMediumSoftLongScore.parseScore(after.score()), before, after);
        assertThat(change.principles()).extracting(PlainScore.Principle::code).contains("LOCALITY", "OTHER")
                .doesNotHaveDuplicates();
        assertThat(change.principles()).filteredOn(p -> p.code().equals("LOCALITY"))
                .singleElement().extracting(PlainScore.Principle::soft).isEqualTo(-500L);
        assertThat(change.principles()).filteredOn(p -> p.code().equals("OTHER"))
                .singleElement().extracting(PlainScore.Principle::soft).isEqualTo(400L);
        assertThat(change.principles()).filteredOn(p -> !p.code().equals("LOCALITY") && !p.code().equals("OTHER"))
                .allSatisfy(p -> assertThat(p.soft()).isZero());
        // And the other way round: OTHER only after.
        PlainScore.Change back = PlainScore.change(HardMediumSoftLongScore.parseScore(after.score()),
                HardMediumSoftLongScore.parseScore(before.score()), after, before);
        assertThat(back.principles()).filteredOn(p -> p.code().equals("OTHER"))
                .singleElement().extracting(PlainScore.Principle::soft).isEqualTo(-400L);
        assertThat(back.verdict()).isEqualTo(PlainScore.verdict(HardMediumSoftLongScore.ofSoft(100)));
    }
}
