package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The checks across the fields of a plan document, on a document that reads but is wrong. */
class PlanChecksTest {

    private static PlanDocument read(ObjectNode json) {
        return JsonInput.parse(json.toString().getBytes(StandardCharsets.UTF_8), PlanDocument.class).value();
    }

    private static ObjectNode organization(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("organizations").get(index);
    }

    @Test
    void aValidProblemHasNone() {
        assertThat(PlanChecks.validate(read(SmallCounty.problem("ok")))).isEmpty();
    }

    @Test
    void idsReferencesRangesQuotasAndWeights() {
        ObjectNode plan = SmallCounty.problem("bad");
        // c2 (no unit's home) becomes a second c3.
        ((ObjectNode) plan.get("communities").get(1)).put("id", "c3").put("minMembers", 9).put("maxMembers", 2);
        organization(plan, 4).put("id", "o1");
        organization(plan, 5).put("currentCommunity", "nowhere").put("pinned", true);
        organization(plan, 6).put("pinned", true);
        organization(plan, 7).putArray("blackoutDates").add("2026-06-09/2026-06-07").add("June");
        organization(plan, 8).putArray("excludedCommunities").add("c3").add("c99");
        ((ObjectNode) plan.get("rules")).putArray("typeQuotas").add(plan.objectNode().put("type", "AGENCY"))
                .add(plan.objectNode().put("type", "SCHOOL").put("min", 3).put("max", 1));
        plan.putObject("weights").put("distance", 2).put("closeness", 1).put("homeCommunity", -1);

        List<FieldProblem> problems = PlanChecks.check(read(plan));
        assertThat(problems).extracting(p -> p.field() + " " + p.code()).containsExactlyInAnyOrder(
                "communities[1].minMembers plan.minAboveMax",
                "communities[2].id plan.duplicateCommunityId",
                "organizations[4].id plan.duplicateOrganizationId",
                "organizations[5].currentCommunity plan.unknownCommunity",
                "organizations[6].pinned plan.pinnedWithoutCommunity",
                "organizations[7].blackoutDates[0] plan.rangeBackwards",
                "organizations[7].blackoutDates[1] plan.badDateRange",
                "organizations[8].excludedCommunities[1] plan.unknownCommunity",
                "rules.typeQuotas[0] plan.quotaEmpty",
                "rules.typeQuotas[1].min plan.quotaMinAboveMax",
                "weights.closeness plan.unknownConstraint",
                "weights.homeCommunity plan.badWeight");
        FieldProblem duplicate = problems.stream().filter(p -> p.code().equals("plan.duplicateOrganizationId"))
                .findFirst().orElseThrow();
        assertThat(duplicate.message()).isEqualTo("单位编号\"o1\"重复（与organizations[0]相同）");
        assertThat(duplicate.messageEn()).isEqualTo("duplicate id \"o1\" (also organizations[0])");
        assertThat(duplicate.text().args()).contains(new ItemRef("organizations", 0));
    }

    @Test
    void validateAddsTheFieldChecksInReadingOrder() {
        ObjectNode plan = SmallCounty.problem("fields");
        organization(plan, 10).remove("name");
        organization(plan, 2).put("homeCommunity", "c99");
        assertThat(PlanChecks.validate(read(plan))).extracting(FieldProblem::field)
                .containsExactly("organizations[2].homeCommunity", "organizations[10].name");
    }
}
