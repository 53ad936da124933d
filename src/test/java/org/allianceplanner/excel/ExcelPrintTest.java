package org.allianceplanner.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.calendar.ActivitySelection;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.testing.LibreOffice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The roster and calendar workbooks as they print: converted to PDF by LibreOffice (once for the
 * class), then read page by page with pdftotext. Dianjiang's roster prints each sheet one page wide
 * with its headers on every page and an alliance's rows on one page; each month of the calendar is
 * one page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcelPrintTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    AlliancePlan plan;
    List<String> roster;
    List<String> rosterRaw;
    List<String> calendar;

    @BeforeAll
    void printBoth() throws IOException {
        plan = PlanMapper.toModel(Workbooks.dataset("dianjiang"));
        for (Organization o : plan.getOrganizations()) {
            o.setCommunity(plan.getCommunities().stream().min(Comparator.comparingInt(o::distanceMetresTo)).orElseThrow());
        }
        for (JointActivity a : plan.getActivities()) {
            a.setDate(a.getCandidateDates().get(0));
        }
        Path dir = Files.createTempDirectory("alliance-print");
        Path rosterFile = Files.write(dir.resolve("roster.xlsx"), ExcelRosterWriter.write(plan, DATE));
        Path calendarFile = Files.write(dir.resolve("calendar.xlsx"),
                ExcelCalendarWriter.write(new ActivitySelection(plan, null, null), DATE));
        Map<String, Path> pdfs = LibreOffice.toPdf(List.of(rosterFile, calendarFile));
        roster = LibreOffice.pages(pdfs.get("roster.xlsx"));
        rosterRaw = LibreOffice.rawPages(pdfs.get("roster.xlsx"));
        calendar = LibreOffice.pages(pdfs.get("calendar.xlsx"));

    }

    @Test
    void theCountySheetPrintsOnAHandfulOfPagesWithItsHeadersOnEachAndWholeRows() {
        List<String> county = pagesOf(roster, "联合体成员名单（总表）");
        assertThat(county).as("199 members, some 25 a page").hasSizeBetween(5, 8);
        assertThat(county).allSatisfy(page -> assertThat(page)
                .contains(plan.getName()).contains("2026年11月20日").contains("序号").contains("成员单位").contains("职能"));
        // Row numbers run on from page to page: every row is printed whole, once.
        int next = 1;
        for (String page : county) {
            List<Integer> numbers = rowNumbers(page);
            assertThat(numbers).as("rows on a page").isNotEmpty();
            assertThat(numbers.get(0)).isEqualTo(next);
            assertThat(numbers).isSorted();
            next = numbers.get(numbers.size() - 1) + 1;
        }
        assertThat(next - 1).isEqualTo(plan.getOrganizations().size());
    }

    @Test
    void anAlliancesMembersStayOnOnePage() {
        List<String> county = pagesOf(roster, "联合体成员名单（总表）");
        for (Community c : plan.getCommunities()) {
            Pattern name = Pattern.compile("\\s" + Pattern.quote(c.getName()) + "\\s");
            long pages = county.stream().filter(p -> name.matcher(p).find()).count();
            assertThat(pages).as("pages naming %s", c.getName()).isEqualTo(1);
        }
    }

    @Test
    void theSummaryWrapsMemberNamesInsteadOfOverlapping() {
        List<String> summary = pagesOf(rosterRaw, "联合体汇总");
        assertThat(summary).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        String all = String.join("", summary).replaceAll("\\s+", "");
        for (Community c : plan.getCommunities()) {
            String names = plan.getOrganizations().stream().filter(o -> o.getCommunity() == c)
                    .sorted(Comparator.comparing(Organization::getType)
                            .thenComparing(Organization::getName, java.text.Collator.getInstance(java.util.Locale.CHINA)))
                    .map(Organization::getName).reduce((a, b) -> a + "、" + b).orElse("");
            assertThat(all).as("the members of %s, whole", c.getName()).contains(names.replaceAll("\\s+", ""));
        }
    }

    @Test
    void eachMonthOfTheCalendarIsOnePage() {
        for (int month = 1; month <= 12; month++) {
            String label = "2026年" + month + "月";
            List<String> pages = pagesOf(calendar, "· " + label);
            assertThat(pages).as(label).hasSize(1);
            assertThat(pages.get(0)).contains("周一").contains("周日").contains(label + "联合活动");
        }
        List<String> list = pagesOf(calendar, "· 全年活动");
        assertThat(list).allSatisfy(page -> assertThat(page).contains("日期").contains("成员单位"));
        assertThat(calendar).hasSize(list.size() + 12);
    }

    private static List<String> pagesOf(List<String> pages, String header) {
        return pages.stream().filter(p -> p.contains(header)).toList();
    }

    /** The numbers in the first column (序号) of a page's table rows. */
    private static List<Integer> rowNumbers(String page) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s{0,6}(\\d{1,3})\\s+\\S").matcher(page);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
