package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @Test
    void refusesAnUnknownNameAndListsTheKnownOnes() {
        assertThatThrownBy(() -> Datasets.generate("chongqing", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chongqing")
                .hasMessageContaining("dianjiang, jintang-zhaozhen, hejiang, city, province");
    }

    @Test
    void writesPrettyUtf8JsonWithUnixNewlinesAndATrailingNewline(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested/hejiang.json");

        Datasets.write(Datasets.generate(Datasets.HEJIANG, 1), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"name\": \"合江县").endsWith("}\n").doesNotContain("\r")
                .doesNotContain("null").doesNotContain("\\u");
        assertThat(PlanMapper.readDocument(Files.readAllBytes(file)).communities()).hasSize(13);
    }

    @Test
    void leavesOutNullFieldsButKeepsAPinThatIsSet() {
        PlanDocument hejiang = Datasets.generate(Datasets.HEJIANG, 1);
        OrganizationDocument o = hejiang.organizations().get(0);
        OrganizationDocument pinned = new OrganizationDocument(o.id(), o.name(), o.type(), o.street(), o.location(),
                null, o.partyMembers(), o.capabilities(), "licheng", true, null, null, null);
        PlanDocument withPin = new PlanDocument(hejiang.name(), null, hejiang.communities(), List.of(pinned),
                hejiang.rules(), hejiang.calendar(), null, null, null, null);

        String unpinned = new String(Datasets.toJson(hejiang), StandardCharsets.UTF_8);
        String json = new String(Datasets.toJson(withPin), StandardCharsets.UTF_8);

        assertThat(unpinned).doesNotContain("\"pinned\"").doesNotContain("\"currentCommunity\"");
        assertThat(json).contains("\"pinned\": true").contains("\"currentCommunity\": \"licheng\"");
        assertThat(PlanMapper.readDocument(json.getBytes(StandardCharsets.UTF_8)).organizations().get(0).pinnedOrDefault())
                .isTrue();
    }

    @Test
    void differentDatasetsWithTheSameSeedDoNotShareDraws() {
        PlanDocument dianjiang = Datasets.generate(Datasets.DIANJIANG, 5);
        PlanDocument jintang = Datasets.generate(Datasets.JINTANG_ZHAOZHEN, 5);

        assertThat(dianjiang.communities().get(0).population()).isNotEqualTo(jintang.communities().get(0).population());
    }

    @Test
    void namedDatasetsChangeWithTheSeedButKeepTheirRealNames() {
        PlanDocument a = Datasets.generate(Datasets.DIANJIANG, 1);
        PlanDocument b = Datasets.generate(Datasets.DIANJIANG, 2);

        assertThat(Datasets.toJson(a)).isNotEqualTo(Datasets.toJson(b));
        assertThat(a.communities()).extracting(CommunityDocument::name)
                .isEqualTo(b.communities().stream().map(CommunityDocument::name).toList());
        assertThat(a.organizations()).extracting(OrganizationDocument::name)
                .isEqualTo(b.organizations().stream().map(OrganizationDocument::name).toList());
    }
}
