package org.allianceplanner.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.calendar.ActivitySelection;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roster and calendar workbooks, read back with POI. */
class ExcelExportsTest {

    AlliancePlan plan;

    /** Dianjiang with every organization in its nearest community and every activity on its first allowed day. */
    @BeforeEach
    void placeEverything() {
        plan = PlanMapper.toModel(Workbooks.dataset("dianjiang"));
        for (Organization o : plan.getOrganizations()) {
            o.setCommunity(plan.getCommunities().stream()
                    .min(Comparator.comparingInt(o::distanceMetresTo)).orElseThrow());
        }
        plan.getOrganizations().get(0).setCommunity(null);
        for (JointActivity a : plan.getActivities()) {
            a.setDate(a.getCandidateDates().get(0));
        }
    }

    @Test
    void theRosterHasTheCountySheetOneSheetPerStreetTheSummaryAndTheUnassigned() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(ExcelRosterWriter.write(plan))) {
            assertThat(sheetNames(workbook)).containsExactly("总表", "桂溪街道", "桂阳街道", "联合体汇总", "未分配");
            Sheet all = workbook.getSheet("总表");
            assertThat(Workbooks.text(all.getRow(0).getCell(0))).contains(plan.getName()).contains("总表");
            assertThat(Workbooks.rows(all, 1).get(0)).containsExactlyElementsOf(ExcelRosterWriter.MEMBER_HEADERS);
            List<List<String>> members = Workbooks.rows(all, 2);
            assertThat(members).hasSize(plan.getOrganizations().size() - 1);
            Set<String> ids = new HashSet<>();
            members.forEach(row -> ids.add(row.get(12)));
            assertThat(ids).hasSize(members.size()).doesNotContain(plan.getOrganizations().get(0).getId());

            Organization o = plan.getOrganizations().get(5);
            List<String> row = members.stream().filter(r -> r.get(12).equals(o.getId())).findFirst().orElseThrow();
            assertThat(row.get(2)).isEqualTo(o.getCommunity().getName());
            assertThat(row.get(11)).isEqualTo(o.getCommunity().getId());
            assertThat(row.get(3)).isEqualTo(o.getName());
            assertThat(row.get(4)).isEqualTo(o.getType().zh());
            assertThat(row.get(5)).isEqualTo(String.valueOf(o.getPartyMembers()));
            assertThat(Double.parseDouble(row.get(9))).isCloseTo(o.distanceMetresTo(o.getCommunity()) / 1000.0,
                    org.assertj.core.data.Offset.offset(0.01));

            int streetRows = 0;
            for (String street : List.of("桂溪街道", "桂阳街道")) {
                List<List<String>> rows = Workbooks.rows(workbook.getSheet(street), 2);
                assertThat(rows).allSatisfy(r -> assertThat(r.get(1)).isEqualTo(street));
                streetRows += rows.size();
            }
            assertThat(streetRows).as("the street sheets split the county sheet").isEqualTo(members.size());

            List<List<String>> summary = Workbooks.rows(workbook.getSheet("联合体汇总"), 2);
            assertThat(summary).hasSize(plan.getCommunities().size());
            Community first = plan.getCommunities().get(0);
            long count = plan.getOrganizations().stream().filter(x -> x.getCommunity() == first).count();
            assertThat(summary.get(0).get(2)).isEqualTo(first.getName());
            assertThat(summary.get(0).get(4)).isEqualTo(String.valueOf(count));
            assertThat(summary.get(0).get(9)).isEqualTo(first.getId());
            assertThat(Workbooks.rows(workbook.getSheet("未分配"), 2)).singleElement()
                    .satisfies(r -> assertThat(r.get(1)).isEqualTo(plan.getOrganizations().get(0).getName()));
        }
    }

    @Test
    void theCalendarListsEveryActivityAndLaysOutEachMonthAsAGrid() throws IOException {
        ActivitySelection selection = new ActivitySelection(plan, null, null);
        try (XSSFWorkbook workbook = Workbooks.open(ExcelCalendarWriter.write(selection))) {
            assertThat(sheetNames(workbook)).startsWith("全年活动", "2026年1月", "2026年2月").contains("2026年12月");
            Sheet all = workbook.getSheet("全年活动");
            assertThat(Workbooks.rows(all, 1).get(0)).containsExactlyElementsOf(ExcelCalendarWriter.HEADERS);
            assertThat(all.getLastRowNum() - 1).isEqualTo(plan.getActivities().size()).isEqualTo(26 * 19);
            Row firstRow = all.getRow(2);
            LocalDate firstDate = firstRow.getCell(0).getLocalDateTimeCellValue().toLocalDate();
            JointActivity earliest = plan.getActivities().stream().min(Comparator.comparing(JointActivity::getDate)
                    .thenComparing(JointActivity::getId)).orElseThrow();
            assertThat(firstDate).isEqualTo(earliest.getDate());
            assertThat(Workbooks.text(firstRow.getCell(2))).isEqualTo(earliest.getType().name());
            assertThat(Workbooks.text(firstRow.getCell(4))).isEqualTo(earliest.getCommunity().getName());

            Sheet october = workbook.getSheet("2026年10月");
            assertThat(Workbooks.rows(october, 1).get(0)).containsExactly("周一", "周二", "周三", "周四", "周五", "周六", "周日");
            // 1 October 2026 is a Thursday and a national holiday; 10 October is a make-up workday.
            assertThat(Workbooks.text(october.getRow(2).getCell(3))).startsWith("1日 休");
            assertThat(Workbooks.text(october.getRow(3).getCell(5))).startsWith("10日 班");
            String allText = String.join("\n", Workbooks.rows(october, 2).stream().flatMap(List::stream).toList());
            JointActivity inOctober = plan.getActivities().stream()
                    .filter(a -> a.getDate().getMonthValue() == 10 && a.getDate().getYear() == 2026).findFirst()
                    .orElseThrow();
            assertThat(allText).contains(inOctober.getCommunity().getName() + "·" + inOctober.getType().name());
        }

        ActivitySelection oneAlliance = new ActivitySelection(plan, "yingchun", null);
        try (XSSFWorkbook workbook = Workbooks.open(ExcelCalendarWriter.write(oneAlliance))) {
            assertThat(Workbooks.rows(workbook.getSheet("全年活动"), 2)).hasSize(19)
                    .allSatisfy(r -> assertThat(r.get(5)).isEqualTo("yingchun"));
            assertThat(Workbooks.text(workbook.getSheet("全年活动").getRow(0).getCell(0))).startsWith("迎春社区联合体");
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)
                .toList();
    }
}
