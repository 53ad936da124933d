package org.allianceplanner.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.OrganizationType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The problem workbook: the template, a lossless round trip of every dataset, and row-level problems. */
class ExcelProblemWorkbookTest {

    @Test
    void theTemplateHasChineseHeadersEnglishKeysDropDownsAndTheYearsHolidays() {
        PlanDocument demo = Workbooks.dataset("dianjiang");
        byte[] bytes = ExcelProblemWriter.template(demo.calendar());
        try (XSSFWorkbook workbook = Workbooks.open(bytes)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("说明");
            assertThat(List.of("社区", "单位", "自定义代码", "规则", "日程", "代码表")).allSatisfy(
                    name -> assertThat(workbook.getSheet(name)).as(name).isNotNull());
            Sheet communities = workbook.getSheet("社区");
            assertThat(Workbooks.rows(communities, 0).get(0)).startsWith("社区编号*", "社区名称*", "所属街道", "纬度*", "经度*")
                    .contains("需求1", "优先级1", "需求6");
            assertThat(Workbooks.rows(communities, 1).get(0)).startsWith("id", "name", "street", "lat", "lon");
            Sheet organizations = workbook.getSheet("单位");
            assertThat(Workbooks.rows(organizations, 0).get(0)).contains("单位编号*", "单位类型*", "驻区社区编号", "职能1",
                    "锁定", "分配社区编号");
            assertThat(organizations.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("TypeList", "ServiceList", "YesNoList");
            assertThat(communities.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("ServiceList");
            assertThat(organizations.getDataValidations()).filteredOn(
                    v -> "ServiceList".equals(v.getValidationConstraint().getFormula1()))
                    .allSatisfy(v -> assertThat(v.getErrorStyle()).as("custom codes stay possible")
                            .isEqualTo(DataValidation.ErrorStyle.WARNING));
            assertThat(workbook.getName("TypeList").getRefersToFormula()).isEqualTo("'代码表'!$A$2:$A$8");
            assertThat(Workbooks.rows(workbook.getSheet("自定义代码"), 0)).as("headers only: no own codes yet")
                    .containsExactly(List.of("代码*", "中文名称*", "英文名称"), List.of("code", "name", "nameEn"));
            Sheet calendar = workbook.getSheet("日程");
            assertThat(Workbooks.rows(calendar, 2)).anySatisfy(row -> assertThat(row).startsWith("年度", "2026"))
                    .anySatisfy(row -> assertThat(row).startsWith("法定节假日", "2026-10-01/2026-10-07"))
                    .anySatisfy(row -> assertThat(row).startsWith("调休上班日", "2026-10-10"));
            assertThat(Workbooks.text(workbook.getSheet("说明").getRow(0).getCell(0))).contains("导入模板");
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        ExcelImportException empty = catchThrowableOfType(ExcelImportException.class,
                () -> ExcelProblemReader.read(bytes, "模板"));
        assertThat(empty.sheetProblems()).extracting(SheetProblem::message)
                .containsExactly("社区表：没有数据行（从第3行起填写）", "单位表：没有数据行（从第3行起填写）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dianjiang", "hejiang", "jintang-zhaozhen"})
    void everyDatasetSurvivesTheRoundTripThroughExcel(String name) {
        PlanDocument original = Workbooks.dataset(name);
        PlanDocument read = ExcelProblemReader.read(ExcelProblemWriter.write(original), "ignored");

        assertThat(read.name()).isEqualTo(original.name());
        assertThat(read.communities()).isEqualTo(original.communities());
        assertThat(read.organizations()).isEqualTo(original.organizations());
        assertThat(read.rules()).isEqualTo(original.rules());
        assertThat(read.calendar()).isEqualTo(original.calendar());
        assertThat(read.weights()).isNull();
        AlliancePlan model = PlanMapper.toModel(read);
        assertThat(model.getOrganizations()).hasSameSizeAs(original.organizations());
    }

    @Test
    void weightsPinsAndAssignmentsRoundTripToo() {
        PlanDocument original = Workbooks.dataset("jintang-zhaozhen");
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(original), workbook -> {
            Workbooks.set(workbook, "单位", 3, "分配社区编号", original.communities().get(1).id());
            Workbooks.set(workbook, "单位", 3, "锁定", "是");
            Workbooks.set(workbook, "单位", 4, "现所在社区编号", original.communities().get(0).name());
            Sheet rules = workbook.getSheet("规则");
            for (int r = 2; r <= rules.getLastRowNum(); r++) {
                if (Workbooks.text(rules.getRow(r).getCell(2)).equals("weight.homeCommunity")) {
                    rules.getRow(r).getCell(1).setCellValue(4500);
                }
            }
        });
        PlanDocument read = ExcelProblemReader.read(bytes, null);
        assertThat(read.organizations().get(0).community()).isEqualTo(original.communities().get(1).id());
        assertThat(read.organizations().get(0).pinned()).isTrue();
        assertThat(read.organizations().get(1).currentCommunity()).as("a community's name stands for its id")
                .isEqualTo(original.communities().get(0).id());
        assertThat(read.weights()).containsExactlyEntriesOf(java.util.Map.of("homeCommunity", 4500L));

        PlanDocument again = ExcelProblemReader.read(ExcelProblemWriter.write(read), null);
        assertThat(again.weights()).isEqualTo(read.weights());
        assertThat(again.organizations()).isEqualTo(read.organizations());
    }

    @Test
    void everyBadRowIsReportedAtOnceWithSheetRowAndColumn() {
        PlanDocument original = Workbooks.dataset("dianjiang");
        String firstId = original.organizations().get(0).id();
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(original), workbook -> {
            Workbooks.set(workbook, "社区", 4, "纬度", "北纬30度");
            Workbooks.set(workbook, "社区", 5, "经度", "200");
            Workbooks.set(workbook, "单位", 5, "单位类型", "工厂");
            Workbooks.set(workbook, "单位", 6, "单位名称", null);
            Workbooks.set(workbook, "单位", 7, "单位编号", firstId);
            Workbooks.set(workbook, "单位", 8, "锁定", "也许");
            Workbooks.set(workbook, "单位", 9, "党员人数", "12.5");
            Workbooks.set(workbook, "单位", 12, "驻区社区编号", "xx");
            Sheet rules = workbook.getSheet("规则");
            rules.getRow(5).getCell(1).setCellValue("-3");
            Sheet calendar = workbook.getSheet("日程");
            for (int r = 2; r <= calendar.getLastRowNum(); r++) {
                if (Workbooks.text(calendar.getRow(r).getCell(1)).equals("2026-06-19/2026-06-21")) {
                    calendar.getRow(r).getCell(1).setCellValue("2026-02-30");
                }
            }
        });

        ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
                () -> ExcelProblemReader.read(bytes, null));
        assertThat(e.sheetProblems()).extracting(SheetProblem::field).containsExactly(
                "社区!D4", "社区!E5", "单位!C5", "单位!B6", "单位!A7", "单位!R8", "单位!H9", "单位!G12", "规则!B6", "日程!B13");
        assertThat(e.sheetProblems()).extracting(SheetProblem::message).contains(
                "社区表第4行：“纬度”应为数字，实际为“北纬30度”（D列）",
                "社区表第5行：“经度”必须小于或等于180（E列）",
                "单位表第5行：单位类型“工厂”无效，应为：机关、学校、医院、国有企业、非公企业、社会组织、县级领导（C列“单位类型”）",
                "单位表第6行：“单位名称”不能为空（B列）",
                "单位表第7行：单位编号\"%s\"重复（与第3行相同）（A列“单位编号”）".formatted(firstId),
                "单位表第12行：社区编号\"xx\"不存在（G列“驻区社区编号”）",
                "单位表第9行：“党员人数”应为整数，实际为“12.5”（H列）",
                "单位表第8行：“锁定”应填“是”或“否”，实际为“也许”（R列“锁定”）",
                "规则表第6行：“最大距离（公里）”必须是正数（B列）");
        assertThat(e.sheetProblems()).filteredOn(p -> p.sheet().equals("日程")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("日程表第13行：").contains("2026-02-30"));
        assertThat(e.sheetProblems()).filteredOn(p -> p.field().equals("单位!G12")).singleElement()
                .satisfies(p -> {
                    assertThat(p.row()).isEqualTo(12);
                    assertThat(p.column()).isEqualTo("G");
                    assertThat(p.header()).isEqualTo("驻区社区编号");
                    assertThat(p.messageEn()).isEqualTo(
                            "sheet 单位 (Organizations), row 12: unknown community \"xx\" (column G, homeCommunity)");
                });
        assertThat(e.getProblems()).hasSize(10);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithOneClearProblem() throws IOException {
        assertThat(problem("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("上传的文件不是Excel工作簿（.xlsx）");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(problem(ole2)).startsWith("这是旧版Excel文件（.xls）");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(problem(zip.toByteArray())).startsWith("无法读取该Excel工作簿");
        assertThat(problem(new byte[0])).isEqualTo("上传的文件是空的");
    }

    @Test
    void aWorkbookWithoutTheTemplatesSheetsNamesWhatIsMissing() {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名称");
        ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
                () -> ExcelProblemReader.read(ExcelStyles.bytes(other), null));
        assertThat(e.sheetProblems()).extracting(SheetProblem::message).containsExactly(
                "缺少工作表“社区”（Communities）；工作簿中的工作表：Sheet1。请使用导入模板",
                "缺少工作表“单位”（Organizations）；工作簿中的工作表：Sheet1。请使用导入模板");
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(Workbooks.dataset("jintang-zhaozhen")), workbook -> {
            Sheet sheet = workbook.getSheet("单位");
            int type = Workbooks.column(sheet, 0, "单位类型");
            sheet.getRow(0).getCell(type).setCellValue("类别");
            sheet.getRow(1).getCell(type).setCellValue("category");
        });
        assertThatThrownBy(() -> ExcelProblemReader.read(bytes, null)).isInstanceOfSatisfying(ExcelImportException.class,
                e -> assertThat(e.sheetProblems()).extracting(SheetProblem::message)
                        .contains("单位表：缺少必填列“单位类型”（type）"));
    }

    @Test
    void plannersMayWriteLabelsCodesDatesAndListsTheirOwnWay() {
        PlanDocument original = Workbooks.dataset("jintang-zhaozhen");
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(original), workbook -> {
            Workbooks.set(workbook, "单位", 3, "单位类型", "SCHOOL");
            Workbooks.set(workbook, "单位", 3, "职能1", "ELDERLY_CARE");
            Workbooks.set(workbook, "单位", 3, "职能2", "老年食堂");
            Workbooks.set(workbook, "单位", 3, "不便参加日期", "2026年6月7日至2026年6月9日；2026-07-01");
            Workbooks.set(workbook, "单位", 3, "排除社区编号", original.communities().get(2).name() + "，"
                    + original.communities().get(3).id());
            workbook.getSheet("单位").getRow(2).getCell(Workbooks.column(workbook.getSheet("单位"), 0, "锁定"),
                    org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(false);
        });
        PlanDocument read = ExcelProblemReader.read(bytes, null);
        var first = read.organizations().get(0);
        assertThat(first.type()).isEqualTo(OrganizationType.SCHOOL);
        assertThat(first.capabilities()).startsWith("ELDERLY_CARE", "老年食堂");
        assertThat(first.blackoutDates()).containsExactly("2026-06-07/2026-06-09", "2026-07-01");
        assertThat(first.excludedCommunities()).containsExactly(original.communities().get(2).id(),
                original.communities().get(3).id());
        assertThat(first.pinned()).isNull();
    }

    private static String problem(byte[] bytes) {
        ExcelImportException e = catchThrowableOfType(ExcelImportException.class, () -> ExcelProblemReader.read(bytes, null));
        assertThat(e.sheetProblems()).hasSize(1);
        return e.sheetProblems().get(0).message();
    }
}
