package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.ScoreAnalysis;
import org.allianceplanner.summary.PlanSummary;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A problem's own vocabulary entries: codes beyond the shared vocabulary, named in both languages. */
class OwnVocabularyTest {

    /** The small county with a need FLOOD_WATCH (防汛巡查) in c1 that nobody serves, and a unit offering it elsewhere. */
    private static ObjectNode problem() {
        ObjectNode plan = SmallCounty.problem("vocabulary");
        ((ArrayNode) plan.get("communities").get(0).get("needs")).addObject().put("code", "FLOOD_WATCH")
                .put("priority", 3);
        ((ArrayNode) plan.get("organizations").get(0).get("capabilities")).add("RIVER_CLEANING");
        ArrayNode vocabulary = plan.putArray("vocabulary");
        vocabulary.addObject().put("code", "FLOOD_WATCH").put("name", "防汛巡查").put("nameEn", "flood watch");
        vocabulary.addObject().put("code", "RIVER_CLEANING").put("name", "河道保洁").put("nameEn", "river cleaning");
        return plan;
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("句子、汇总和导出用问题自带的名称 / sentences and the summary use the problem's names")
    void sentencesUseTheNames() {
        AlliancePlan plan = PlanMapper.read(bytes(problem()));
        Community c1 = plan.getCommunities().get(0);
        for (Organization o : plan.getOrganizations()) {
            o.setCommunity(c1 == o.getHomeCommunity() ? plan.getCommunities().get(1) : c1);
        }
        org.allianceplanner.model.PlanPreparation.prepare(plan);
        ScoreAnalysis analysis = AllianceSolvers.withDefaults().explain(plan);
        List<String> sentences = analysis.constraints().stream().flatMap(c -> c.matches().stream())
                .flatMap(m -> java.util.stream.Stream.of(m.zh(), m.en())).toList();
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("防汛巡查"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("flood watch"));
        assertThat(sentences).noneSatisfy(s -> assertThat(s).contains("FLOOD_WATCH"));
        assertThat(sentences).noneSatisfy(s -> assertThat(s).contains("null"));

        PlanSummary summary = PlanSummary.of(plan, java.time.LocalDate.of(2026, 3, 1), "已完成", "solved", true, false, null);
        assertThat(summary.uncovered()).anySatisfy(u -> assertThat(u.needZh()).isEqualTo("防汛巡查"));
    }

    @Test
    @DisplayName("计划文档原样带回词汇条目 / the plan document gives the entries back")
    void roundTrip() {
        PlanDocument doc = PlanMapper.toDocument(PlanMapper.read(bytes(problem())));
        assertThat(doc.vocabulary()).containsExactly(
                new VocabularyEntryDocument("FLOOD_WATCH", "防汛巡查", "flood watch"),
                new VocabularyEntryDocument("RIVER_CLEANING", "河道保洁", "river cleaning"));
        assertThat(PlanMapper.toDocument(PlanMapper.read(bytes(SmallCounty.problem("plain")))).vocabulary()).isNull();
    }

    @Test
    @DisplayName("重复的编码、共用词汇中已有的编码、空名称都是输入错误 / duplicate, shared or unnamed codes are input errors")
    void badEntries() {
        ObjectNode plan = problem();
        ArrayNode vocabulary = (ArrayNode) plan.get("vocabulary");
        vocabulary.addObject().put("code", "FLOOD_WATCH").put("name", "防汛");
        vocabulary.addObject().put("code", "LEGAL_AID").put("name", "法律");
        vocabulary.addObject().put("code", "X").put("name", "");
        PlanDocument doc = JsonInput.parse(bytes(plan), PlanDocument.class).value();
        assertThat(PlanChecks.validate(doc)).extracting(FieldProblem::field, FieldProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple("vocabulary[2].code", "plan.duplicateVocabularyCode"),
                org.assertj.core.groups.Tuple.tuple("vocabulary[3].code", "plan.sharedVocabularyCode"));
        assertThat(PlanChecks.validate(doc)).extracting(FieldProblem::field).contains("vocabulary[4].name");
    }
}
