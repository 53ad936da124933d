package org.allianceplanner.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.io.VocabularyEntryDocument;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.ScoreAnalysis;
import org.allianceplanner.testing.LibreOffice;
import org.allianceplanner.testing.SmallCounty;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A problem's own vocabulary entries in the problem workbook: the 自定义代码 sheet, written and read back. */
class ExcelOwnVocabularyTest {

    private static final List<VocabularyEntryDocument> OWN = List.of(
            new VocabularyEntryDocument("FLOOD_WATCH", "防汛巡查", "flood watch"),
            new VocabularyEntryDocument("RIVER_CLEANING", "河道保洁", null));

    /** The small county with c1 needing FLOOD_WATCH (nobody offers it) and o1 offering RIVER_CLEANING. */
    private static PlanDocument problem() {
        ObjectNode plan = SmallCounty.problem("own-codes");
        ((ArrayNode) plan.get("communities").get(0).get("needs")).addObject().put("code", "FLOOD_WATCH")
                .put("priority", 3);
        ((ArrayNode) plan.get("organizations").get(0).get("capabilities")).add("RIVER_CLEANING");
        return PlanMapper.readDocument(plan.toString().getBytes(StandardCharsets.UTF_8)).withVocabulary(OWN);
    }

    @Test
    @DisplayName("JSON → 工作簿 → JSON 保留自定义代码，句子用中文名称 / the round trip keeps the own entries and sentences use their names")
    void roundTripKeepsTheEntriesAndSentencesUseTheNames() {
        PlanDocument original = problem();
        byte[] bytes = ExcelProblemWriter.write(original);
        try (XSSFWorkbook workbook = Workbooks.open(bytes)) {
            Sheet own = workbook.getSheet("自定义代码");
            assertThat(workbook.getSheetIndex(own)).isEqualTo(workbook.getSheetIndex("单位") + 1);
            assertThat(Workbooks.rows(own, 0)).containsExactly(List.of("代码*", "中文名称*", "英文名称"),
                    List.of("code", "name", "nameEn"), List.of("FLOOD_WATCH", "防汛巡查", "flood watch"),
                    List.of("RIVER_CLEANING", "河道保洁"));
            Sheet communities = workbook.getSheet("社区");
            assertThat(Workbooks.rows(communities, 2).get(0)).as("an own need by its name, like a shared one")
                    .contains("防汛巡查").doesNotContain("FLOOD_WATCH");
            Sheet codes = workbook.getSheet("代码表");
            // The own codes follow the shared ones, as formulas on 自定义代码 with their values saved.
            List<List<String>> saved = new java.util.ArrayList<>();
            for (int r = 1; r <= codes.getLastRowNum(); r++) {
                var row = codes.getRow(r);
                saved.add(Stream.of(4, 5, 6).map(c -> row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue())
                        .toList());
            }
            assertThat(saved).containsSubsequence(List.of("防汛巡查", "FLOOD_WATCH", "flood watch"),
                    List.of("河道保洁", "RIVER_CLEANING", ""), List.of("", "", ""));
            assertThat(codes.getRow(1 + saved.indexOf(List.of("防汛巡查", "FLOOD_WATCH", "flood watch"))).getCell(4)
                    .getCellFormula()).contains("'自定义代码'!$B$3");
            assertThat(workbook.getName("ServiceList").getRefersToFormula()).startsWith("OFFSET(").contains("COUNTIF");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        PlanDocument read = ExcelProblemReader.read(bytes, null);
        assertThat(read.vocabulary()).containsExactlyElementsOf(OWN);
        assertThat(read.communities()).isEqualTo(original.communities());
        assertThat(read.organizations()).isEqualTo(original.organizations());

        AlliancePlan plan = PlanMapper.toModel(read);
        Community c1 = plan.getCommunities().get(0);
        for (Organization o : plan.getOrganizations()) {
            o.setCommunity(c1 == o.getHomeCommunity() ? plan.getCommunities().get(1) : c1);
        }
        PlanPreparation.prepare(plan);
        ScoreAnalysis analysis = AllianceSolvers.withDefaults().explain(plan);
        List<String> sentences = analysis.constraints().stream().flatMap(c -> c.matches().stream())
                .flatMap(m -> Stream.of(m.zh(), m.en())).toList();
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("防汛巡查"))
                .anySatisfy(s -> assertThat(s).contains("flood watch"))
                .noneSatisfy(s -> assertThat(s).contains("FLOOD_WATCH"));
    }

    /** A code the planner adds on the code sheet's first free row: STREET_LIGHTS, 路灯维护. */
    private static void addStreetLights(XSSFWorkbook workbook) {
        Workbooks.set(workbook, "自定义代码", 5, "代码", "STREET_LIGHTS");
        Workbooks.set(workbook, "自定义代码", 5, "中文名称", "路灯维护");
    }

    @Test
    @DisplayName("表中新增的代码可以按名称或代码填写 / a code added on the sheet is read by its name or its code")
    void aCodeAddedInTheWorkbookIsReadByNameOrCode() {
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(problem()), workbook -> {
            addStreetLights(workbook);
            Workbooks.set(workbook, "社区", 4, "需求3", "路灯维护");
            Workbooks.set(workbook, "单位", 4, "职能2", "STREET_LIGHTS");
            Workbooks.set(workbook, "单位", 5, "职能2", "河道保洁");
            Workbooks.set(workbook, "单位", 6, "职能2", "本县特色服务");
        });
        PlanDocument read = ExcelProblemReader.read(bytes, null);
        assertThat(read.vocabulary()).extracting(VocabularyEntryDocument::code)
                .containsExactly("FLOOD_WATCH", "RIVER_CLEANING", "STREET_LIGHTS");
        assertThat(read.communities().get(1).needs()).anySatisfy(n -> assertThat(n.code()).isEqualTo("STREET_LIGHTS"));
        assertThat(read.organizations().get(1).capabilities()).contains("STREET_LIGHTS");
        assertThat(read.organizations().get(2).capabilities()).contains("RIVER_CLEANING");
        assertThat(read.organizations().get(3).capabilities()).as("other text stays a custom code")
                .contains("本县特色服务");
    }

    @Test
    @DisplayName("LibreOffice 打开、重算并另存后照常导入 / LibreOffice recalculates the code table from the sheet, and what it saves imports")
    void libreOfficeRecalculatesTheCodeTableAndItsCopyImports(@TempDir Path dir) throws java.io.IOException {
        PlanDocument original = problem();
        // A code the planner adds on the sheet: the code table's formulas, not POI, must pick it up.
        byte[] edited = Workbooks.edit(ExcelProblemWriter.write(original), workbook -> {
            addStreetLights(workbook);
        });
        Path saved = LibreOffice.resaveXlsx(List.of(Files.write(dir.resolve("problem.xlsx"), edited)))
                .get("problem.xlsx");
        byte[] bytes = Files.readAllBytes(saved);
        try (XSSFWorkbook workbook = Workbooks.open(bytes)) {
            Sheet codes = workbook.getSheet("代码表");
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= codes.getLastRowNum(); r++) {
                var cell = codes.getRow(r) == null ? null : codes.getRow(r).getCell(4);
                names.add(cell == null ? "" : cell.getStringCellValue());
            }
            assertThat(names).as("the names LibreOffice computed").contains("防汛巡查", "河道保洁", "路灯维护");
        }
        PlanDocument read = ExcelProblemReader.read(bytes, null);
        assertThat(read.vocabulary()).extracting(VocabularyEntryDocument::code)
                .containsExactly("FLOOD_WATCH", "RIVER_CLEANING", "STREET_LIGHTS");
        assertThat(read.vocabulary().get(0)).isEqualTo(OWN.get(0));
        // LibreOffice keeps 15 significant digits: a latitude of 30.333000000000002 comes back as 30.333.
        java.util.Comparator<Double> closeEnough = (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);
        assertThat(read.communities()).usingRecursiveComparison().withComparatorForType(closeEnough, Double.class)
                .isEqualTo(original.communities());
        assertThat(read.organizations()).usingRecursiveComparison().withComparatorForType(closeEnough, Double.class)
                .isEqualTo(original.organizations());
    }

    @Test
    @DisplayName("没有或空的自定义代码表照常导入 / a workbook without the sheet, or with it empty, still imports")
    void aWorkbookWithoutTheSheetStillImports() {
        PlanDocument plain = Workbooks.dataset("jintang-zhaozhen");
        byte[] withoutSheet = Workbooks.edit(ExcelProblemWriter.write(plain),
                workbook -> workbook.removeSheetAt(workbook.getSheetIndex("自定义代码")));
        PlanDocument read = ExcelProblemReader.read(withoutSheet, null);
        assertThat(read.vocabulary()).isNull();
        assertThat(read.organizations()).isEqualTo(plain.organizations());

        PlanDocument emptySheet = ExcelProblemReader.read(ExcelProblemWriter.write(plain), null);
        assertThat(emptySheet.vocabulary()).isNull();

        // Own codes without the sheet are custom codes as the cells show them: the names, raw.
        byte[] ownWithoutSheet = Workbooks.edit(ExcelProblemWriter.write(problem()),
                workbook -> workbook.removeSheetAt(workbook.getSheetIndex("自定义代码")));
        PlanDocument raw = ExcelProblemReader.read(ownWithoutSheet, null);
        assertThat(raw.vocabulary()).isNull();
        assertThat(raw.organizations().get(0).capabilities()).contains("河道保洁");
    }

    @Test
    @DisplayName("自定义代码表的每一处错误都指明表、行、列 / every bad row of the sheet is named with sheet, row and column")
    void everyBadRowIsReportedWithSheetAndRow() {
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(problem()), workbook -> {
            Workbooks.set(workbook, "自定义代码", 5, "中文名称", "无代码");
            Workbooks.set(workbook, "自定义代码", 6, "代码", "FLOOD_WATCH");
            Workbooks.set(workbook, "自定义代码", 6, "中文名称", "防汛");
            Workbooks.set(workbook, "自定义代码", 7, "代码", "LEGAL_AID");
            Workbooks.set(workbook, "自定义代码", 7, "中文名称", "法律");
            Workbooks.set(workbook, "自定义代码", 8, "代码", "LONG_NAME");
            Workbooks.set(workbook, "自定义代码", 8, "中文名称", "长".repeat(61));
            Workbooks.set(workbook, "自定义代码", 9, "代码", "NO_NAME");
        });
        ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
                () -> ExcelProblemReader.read(bytes, null));
        assertThat(e.sheetProblems()).extracting(SheetProblem::field).containsExactly(
                "自定义代码!A5", "自定义代码!A6", "自定义代码!A7", "自定义代码!B8", "自定义代码!B9");
        assertThat(e.sheetProblems()).allSatisfy(p -> assertThat(p.sheet()).isEqualTo("自定义代码"));
        assertThat(e.sheetProblems()).extracting(SheetProblem::row).containsExactly(5, 6, 7, 8, 9);
        assertThat(e.sheetProblems()).extracting(SheetProblem::message).contains(
                "自定义代码表第5行：“代码”不能为空（A列）",
                "自定义代码表第6行：词汇编码\"FLOOD_WATCH\"重复（与第3行相同）（A列“代码”）",
                "自定义代码表第9行：“中文名称”不能为空（B列）");
        assertThat(e.sheetProblems()).filteredOn(p -> p.row() == 7).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("LEGAL_AID").contains("共用词汇"));
        assertThat(e.sheetProblems()).filteredOn(p -> p.row() == 8).singleElement()
                .satisfies(p -> assertThat(p.messageEn()).startsWith("sheet 自定义代码 (Own codes), row 8:"));
    }
}
