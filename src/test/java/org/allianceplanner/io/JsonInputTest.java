package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The strict reading every JSON endpoint, the command line and the store share: every problem of a
 * body at once, by field path and code, and no body that is half read.
 */
class JsonInputTest {

    private static List<FieldProblem> problems(String body) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> JsonInput.read(body.getBytes(StandardCharsets.UTF_8), PlanDocument.class)).getProblems();
    }

    private static List<String> codes(String body) {
        return problems(body).stream().map(p -> p.field() + " " + p.code()).toList();
    }

    @Test
    void wrongTypesUnknownFieldsAndMissingOnesAreReportedTogether() {
        assertThat(codes("""
                {"name": 7, "colour": "red", "communities": [{"id": "c1", "name": "一", "location": {"lat": "north", "lon": 1}}],
                 "organizations": [{"id": "o1", "name": "甲", "type": "BANK", "location": {"lat": 1, "lon": 1},
                                    "partyMembers": 2.5, "homeCommunity": "c9"}]}""")).containsExactly(
                "colour input.unknownField",
                "communities[0].location.lat input.wrongType",
                "name input.wrongType",
                "organizations[0].homeCommunity plan.unknownCommunity",
                "organizations[0].partyMembers input.wrongType",
                "organizations[0].type input.notOneOf");
    }

    @Test
    void aFieldWithTheWrongTypeIsNotAlsoReportedAsMissing() {
        assertThat(codes("{\"name\": [], \"communities\": [], \"organizations\": []}"))
                .containsExactly("communities validation.NotEmpty", "name input.wrongType",
                        "organizations validation.NotEmpty");
    }

    @Test
    void messagesReadInBothLanguages() {
        FieldProblem problem = problems("{\"name\": \"x\", \"communities\": [], \"organizations\": [], \"rules\": "
                + "{\"sizeBalance\": \"BY_AREA\"}}").stream().filter(p -> p.field().equals("rules.sizeBalance"))
                .findFirst().orElseThrow();
        assertThat(problem.message()).isEqualTo("取值\"BY_AREA\"无效，应为以下之一：EQUAL, BY_POPULATION");
        assertThat(problem.messageEn()).isEqualTo("\"BY_AREA\" is not one of: EQUAL, BY_POPULATION");
    }

    @Test
    void duplicateKeysAndContentAfterTheDocumentAreRefused() {
        assertThat(codes("{\"name\": \"a\", \"name\": \"b\"}")).containsExactly("name input.duplicateKey");
        assertThat(codes("{\"communities\": [{\"id\": \"a\", \"id\": \"b\"}]}"))
                .containsExactly("communities[0].id input.duplicateKey");
        assertThat(codes("{\"name\": \"a\"} {\"name\": \"b\"}")).containsExactly(" input.trailingContent");
        assertThat(codes("{\"name\": \"a\"}]")).containsExactly(" input.notJson");
        assertThat(codes("{\"name\": ")).containsExactly(" input.notJson");
    }

    @Test
    void anEmptyBodyOrOneThatIsNoObjectSaysSo() {
        assertThat(codes("")).containsExactly(" input.empty");
        assertThat(codes("  \n")).containsExactly(" input.empty");
        assertThat(codes("null")).containsExactly(" input.notObject");
        assertThat(codes("[1, 2]")).containsExactly(" input.notObject");
        assertThat(problems("[1, 2]").get(0).messageEn()).isEqualTo("the body must be a JSON object");
    }

    @Test
    void parsedKeepsTheDocumentAndItsReadingProblemsForMoreChecks() {
        Parsed<OrganizationDocument> parsed = JsonInput.parse(
                "{\"id\": \"o1\", \"partyMembers\": \"many\", \"colour\": 1}".getBytes(StandardCharsets.UTF_8),
                OrganizationDocument.class);
        assertThat(parsed.value().id()).isEqualTo("o1");
        assertThat(parsed.value().partyMembers()).isNull();
        assertThat(parsed.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("partyMembers", "colour");
        Parsed<OrganizationDocument> checked = JsonInput.check(parsed, o -> List.of());
        assertThat(checked.problems()).extracting(FieldProblem::field)
                .contains("name", "type", "location").doesNotContain("id");
    }
}
