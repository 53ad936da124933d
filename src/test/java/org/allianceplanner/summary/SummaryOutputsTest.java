package org.allianceplanner.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.excel.Workbooks;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.testing.LibreOffice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The leadership summary PDF and the roster attachment, read back by real programs: poppler reads
 * the PDF (its text, its page count, and that every font is embedded, so that it reads the same on
 * a machine with no Chinese font), and LibreOffice prints the Word document to PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryOutputsTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    AlliancePlan plan;
    Path summaryPdf;
    List<String> summary;
    List<String> roster;
    Path rosterPdf;

    @BeforeAll
    void writeAndReadBack() throws IOException {
        plan = PlanMapper.toModel(Workbooks.dataset("dianjiang"));
        for (Organization o : plan.getOrganizations()) {
            o.setCommunity(plan.getCommunities().stream().min(Comparator.comparingInt(o::distanceMetresTo)).orElseThrow());
        }
        plan.getOrganizations().get(0).setCommunity(null);
        Path dir = Files.createTempDirectory("alliance-summary");
        PlanSummary.Comparison comparison = new PlanSummary.Comparison("adopted-1", "垫江县 2026 现行方案", 1, 0, 0,
                List.of(new PlanSummary.Move("o1", "县检察院", "MOVED", "东街社区", "西湖社区")));
        summaryPdf = Files.write(dir.resolve("summary.pdf"),
                SummaryPdf.write(PlanSummary.of(plan, DATE, "已完成", "solved", true, false, comparison)));
        summary = LibreOffice.pages(summaryPdf);
        Path docx = Files.write(dir.resolve("roster.docx"), RosterDocx.write(plan, null, DATE));
        Map<String, Path> pdfs = LibreOffice.toPdf(List.of(docx));
        rosterPdf = pdfs.get("roster.docx");
        roster = LibreOffice.pages(rosterPdf);
    }

    @Test
    void theSummaryOfACountyIsOnePageWithEveryPartInPlainWords() {
        assertThat(summary).hasSize(1);
        String page = summary.get(0);
        assertThat(page).contains("领导审阅汇总").contains(plan.getName()).contains("2026年11月20日").contains("已完成")
                .contains("属地优先").contains("职能与需求相匹配").contains("数量均衡")
                .contains("199个单位中198个分入26个联合体").contains("另有1个单位未分配")
                .contains("桂溪街道").contains("桂阳街道").contains("尚无成员单位对应的社区需求")
                .contains("与现行方案「垫江县 2026 现行方案」对比").contains("县检察院");
        for (Community c : plan.getCommunities()) {
            assertThat(page).contains(c.getName());
        }
    }

    @Test
    void theSummaryCarriesItsChineseFontInside() {
        List<String> fonts = LibreOffice.fonts(summaryPdf);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f).contains("NotoSansSC").contains("CID TrueType");
            // pdffonts columns: name, type, encoding, emb, sub, uni, object ID
            assertThat(f.split("\\s+")).containsSubsequence("Identity-H", "yes", "yes", "yes");
        });
        assertThat(summaryPdf.toFile().length()).as("a subset, not the 10 MB font").isLessThan(600_000);
    }

    @Test
    void theRosterAttachmentHasATablePerStreetWithEveryMember() {
        assertThat(roster).hasSizeBetween(2, 14);
        String all = String.join("\n", roster);
        assertThat(roster.get(0)).contains("附件").contains("城市基层党建联合体成员单位名单").contains("桂溪街道");
        assertThat(all).contains("桂阳街道").contains("序号").contains("成员单位").contains("单位类型");
        int firstGuiyang = -1;
        for (int i = 0; i < roster.size() && firstGuiyang < 0; i++) {
            if (roster.get(i).contains("（" + plan.getName() + " · 桂阳街道")) {
                firstGuiyang = i;
            }
        }
        assertThat(firstGuiyang).as("the second street starts a page of its own").isPositive();
        assertThat(roster.get(firstGuiyang)).contains("附件");
        // In drawing order a wrapped cell's lines stay together: every member's name, whole.
        String compact = String.join("", LibreOffice.rawPages(rosterPdf)).replaceAll("\\s+", "");
        for (Organization o : plan.getOrganizations()) {
            if (o.getCommunity() != null) {
                assertThat(compact).as(o.getName()).contains(o.getName().replaceAll("\\s+", ""));
            }
        }
        assertThat(roster).allSatisfy(page -> assertThat(page).as("the header on every page").contains("序号"));
    }
}
