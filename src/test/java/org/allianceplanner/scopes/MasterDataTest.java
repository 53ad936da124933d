package org.allianceplanner.scopes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.allianceplanner.io.ActivityDocument;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The master-data aggregate without a database: each change, its checks and the community cascade. */
class MasterDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** SmallCounty as adopted: every organization in community c1 or c2 as its current community. */
    private static MasterData adopted() {
        ObjectNode problem = SmallCounty.problem("md");
        for (int i = 0; i < SmallCounty.ORGANIZATIONS; i++) {
            ((ObjectNode) problem.get("organizations").get(i)).put("community", i % 2 == 0 ? "c1" : "c2");
        }
        ((ObjectNode) problem.get("organizations").get(0)).put("pinned", true).putArray("excludedCommunities").add("c2");
        ((ObjectNode) problem.get("organizations").get(2)).putArray("excludedCommunities").add("c1").add("c3");
        problem.putObject("calendar").put("year", 2026);
        problem.putArray("activities").addObject().put("type", "JOINT_VISIT").put("community", "c1").put("sequence", 1)
                .put("date", "2026-01-09");
        PlanDocument document = JsonInput.read(problem.toString().getBytes(StandardCharsets.UTF_8), PlanDocument.class);
        return MasterData.adoptedFrom(document.withScore("0hard/0medium/-1soft"));
    }

    private static byte[] bytes(Object json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void adoptionKeepsEachPlaceAsTheCurrentCommunity() {
        MasterData data = adopted();
        assertThat(data.document().score()).isNull();
        assertThat(data.document().organizations()).allSatisfy(o -> {
            assertThat(o.community()).isNull();
            assertThat(o.currentCommunity()).isIn("c1", "c2");
        });
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void anOrganizationIsAddedOnlyWhenTheWholeIsValid() {
        MasterData data = adopted();
        ObjectNode fresh = SmallCounty.organization("n1", "新单位", "HOSPITAL", 1, 0, 0, "HEALTH_CARE", "c2", 30);
        MasterData.Edit added = data.addOrganization(JsonInput.parse(bytes(fresh), OrganizationDocument.class));
        assertThat(added.kind()).isEqualTo("ADD_ORGANIZATION");
        assertThat(added.after().organization("n1").homeCommunity()).isEqualTo("c2");
        assertThat(data.document().organizations()).as("a value: the old master data is unchanged")
                .hasSize(SmallCounty.ORGANIZATIONS);

        fresh.put("id", "o5").put("homeCommunity", "c9").put("community", "c1").put("partyMembers", "many");
        ((ObjectNode) fresh.get("location")).put("lat", 95);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> data.addOrganization(JsonInput.parse(bytes(fresh), OrganizationDocument.class)));
        assertThat(e.getProblems()).extracting(p -> p.field() + " " + p.code()).containsExactly(
                "community masterData.noCommunity", "homeCommunity plan.unknownCommunity",
                "id plan.duplicateOrganizationId", "location.lat validation.DecimalMax",
                "partyMembers input.wrongType");
    }

    @Test
    void aMergePatchChangesWhatItNamesAndKeepsTheRest() throws Exception {
        MasterData data = adopted();
        OrganizationDocument before = data.organization("o3");
        MasterData.Edit patched = data.updateOrganization("o3",
                MergePatch.of(JSON.readTree("{\"partyMembers\": 55, \"location\": {\"lat\": 30.31}, \"homeCommunity\": null}")));
        OrganizationDocument after = patched.after().organization("o3");
        assertThat(after.partyMembers()).isEqualTo(55);
        assertThat(after.location().lat()).isEqualTo(30.31);
        assertThat(after.location().lon()).isEqualTo(before.location().lon());
        assertThat(after.homeCommunity()).isNull();
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(patched.body()).hasToString("{\"partyMembers\":55,\"location\":{\"lat\":30.31},\"homeCommunity\":null}");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> data.updateOrganization("o3",
                MergePatch.of(JSON.readTree("{\"id\": \"o99\", \"colour\": \"red\"}"))));
        assertThat(e.getProblems()).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("masterData.idFixed", "input.unknownField");
        assertThatThrownBy(() -> data.updateOrganization("nobody", MergePatch.of(JSON.readTree("{}"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void needsAreReplacedAndReadAsStrictlyAsInACommunity() throws Exception {
        MasterData data = adopted();
        MasterData.Edit edit = data.replaceNeeds("c2", JSON.readTree("[{\"code\": \"LEGAL_AID\", \"priority\": 3}]"));
        assertThat(edit.kind()).isEqualTo("CHANGE_NEEDS");
        assertThat(edit.after().community("c2").needs()).singleElement()
                .satisfies(n -> assertThat(n.code()).isEqualTo("LEGAL_AID"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> data.replaceNeeds("c2", JSON.readTree("[{\"priority\": 0}]")));
        assertThat(e.getProblems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("needs[0].code", "needs[0].priority");
    }

    @Test
    void removingACommunityLeavesNoReferenceToItBehind() {
        MasterData data = adopted();
        MasterData.Edit edit = data.removeCommunity("c1", "md");
        PlanDocument after = edit.after().document();

        assertThat(after.communities()).extracting(c -> c.id()).doesNotContain("c1");
        assertThat(after.organizations()).allSatisfy(o -> {
            assertThat(o.currentCommunity()).isNotEqualTo("c1");
            assertThat(o.homeCommunity()).isNotEqualTo("c1");
            assertThat(o.excludedCommunities() == null ? java.util.List.of() : o.excludedCommunities())
                    .doesNotContain("c1");
        });
        OrganizationDocument first = after.organizations().get(0);
        assertThat(first.currentCommunity()).isNull();
        assertThat(first.pinned()).as("nothing to be pinned to any more").isNull();
        assertThat(first.excludedCommunities()).containsExactly("c2");
        assertThat(after.organizations().get(2).excludedCommunities()).containsExactly("c3");
        assertThat(after.activities()).extracting(ActivityDocument::community).doesNotContain("c1");
        assertThat(edit.notes()).extracting(Message::code).contains("masterData.note.noCurrentCommunity",
                "masterData.note.unpinned", "masterData.note.noHomeCommunity", "masterData.note.activitiesRemoved");
        assertThat(edit.notes().stream().map(Message::en).toList()).contains("1 of activities removed with it");
        assertThat(edit.after().problems()).isEmpty();
    }

    @Test
    void theLastOrganizationAndCommunityStay() {
        MasterData data = adopted();
        for (int i = 2; i <= SmallCounty.COMMUNITIES; i++) {
            data = data.removeCommunity("c" + i, "md").after();
        }
        MasterData one = data;
        assertThatThrownBy(() -> one.removeCommunity("c1", "md")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.title().code()).isEqualTo("error.lastCommunity.title"));
    }

    @Test
    void aNewRevisionDropsThePlansOutputAndKeepsTheScope() {
        MasterData data = adopted();
        PlanDocument revision = data.document().withScope(null)
                .mapOrganizations(o -> o.withCommunity(o.currentCommunity()));
        MasterData.Edit edit = data.replace(revision, "md");
        assertThat(edit.after().document().scope()).isEqualTo("md");
        assertThat(edit.after().document().organizations()).allSatisfy(o -> assertThat(o.community()).isNull());
        assertThat(edit.notes()).extracting(Message::code).containsExactly("masterData.note.communityDropped");
        assertThatThrownBy(() -> data.replace(revision.withScope("elsewhere"), "md"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getProblems()).extracting(FieldProblem::field).containsExactly("scope"));
    }
}
