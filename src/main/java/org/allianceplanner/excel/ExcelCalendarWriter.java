package org.allianceplanner.excel;

import static org.allianceplanner.excel.ExcelStyles.put;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.calendar.ActivitySelection;
import org.allianceplanner.calendar.CalendarMonths;
import org.allianceplanner.model.ActivityCalendar;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The joint activity calendar as a workbook: 全年活动, every activity of the selection in date order
 * (one row each, with the alliance's members), then one sheet per month laid out as a calendar
 * (Monday to Sunday), holidays shaded and make-up workdays marked 班.
 */
public final class ExcelCalendarWriter {

    public static final String ALL = "全年活动";
    public static final List<String> HEADERS = List.of("日期", "星期", "活动", "第几次", "联合体（社区）", "社区编号", "街道",
            "成员单位", "日期类型", "锁定");
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private static final int[] LIST_WIDTHS = {11, 5, 16, 6, 14, 11, 10, 58, 9, 5};
    private static final int DAY_WIDTH = 24;

    private final XSSFWorkbook workbook = ExcelStyles.newWorkbook();
    private final ExcelStyles styles = new ExcelStyles(workbook);
    /** The plan's name and date, in every printed page's header. */
    private final String pageHeader;

    private ExcelCalendarWriter(String pageHeader) {
        this.pageHeader = pageHeader;
    }

    public static byte[] write(ActivitySelection selection) {
        return write(selection, LocalDate.now());
    }

    /** The calendar workbook, its printed pages headed with the plan's name and {@code date}. */
    public static byte[] write(ActivitySelection selection, LocalDate date) {
        String header = selection.plan().getName() + "（" + ExcelPrint.dateText(date) + "）";
        return new ExcelCalendarWriter(header).write(CalendarMonths.of(selection), selection.plan().getCalendar());
    }

    private byte[] write(CalendarMonths.CalendarView view, ActivityCalendar calendar) {
        listSheet(view);
        for (CalendarMonths.MonthView month : view.months()) {
            monthSheet(view, month, calendar);
        }
        return ExcelStyles.bytes(workbook);
    }

    private void listSheet(CalendarMonths.CalendarView view) {
        Sheet sheet = workbook.createSheet(ALL);
        styles.title(sheet, "%s · %d年联合活动日程（%s，共%d项）".formatted(view.selection(), view.year(),
                view.themedPartyDay() == null ? "" : "主题党日" + view.themedPartyDay(), view.activityCount()),
                HEADERS.size());
        styles.headers(sheet, 1, HEADERS.toArray(String[]::new));
        int r = 2;
        for (CalendarMonths.MonthView month : view.months()) {
            for (CalendarMonths.ActivityView a : month.activities()) {
                Row row = sheet.createRow(r++);
                Cell date = row.createCell(0);
                date.setCellValue(a.date());
                date.setCellStyle(styles.date);
                String members = String.join("、", a.members());
                put(row, 1, a.weekday()).setCellStyle(styles.cell);
                put(row, 2, a.typeName()).setCellStyle(styles.cellWrap);
                put(row, 3, a.sequence()).setCellStyle(styles.cell);
                put(row, 4, a.communityName()).setCellStyle(styles.cellWrap);
                put(row, 5, a.community()).setCellStyle(styles.cellWrap);
                put(row, 6, a.street()).setCellStyle(styles.cellWrap);
                put(row, 7, members).setCellStyle(styles.cellWrap);
                put(row, 8, a.dayKind()).setCellStyle(styles.cell);
                put(row, 9, a.pinned() ? "是" : "").setCellStyle(styles.cell);
                ExcelPrint.fitHeight(row, LIST_WIDTHS, java.util.Arrays.asList(null, null, a.typeName(), null,
                        a.communityName(), a.community(), a.street(), members), 13f);
            }
        }
        for (int i = 0; i < LIST_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, LIST_WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        if (r > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, HEADERS.size() - 1));
        }
        ExcelPrint.setUp(sheet, true, 0, 1, 1, pageHeader + " · " + ALL);
    }

    /** A month as a calendar grid: one row per week, each day's activities listed in its cell. */
    private void monthSheet(CalendarMonths.CalendarView view, CalendarMonths.MonthView month, ActivityCalendar calendar) {
        Sheet sheet = workbook.createSheet(ExcelStyles.sheetName(workbook, month.label()));
        YearMonth ym = YearMonth.parse(month.month());
        styles.title(sheet, "%s · %s联合活动（%d项）".formatted(view.selection(), month.label(), month.activities().size()),
                7);
        styles.headers(sheet, 1, WEEKDAYS);
        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        for (CalendarMonths.ActivityView a : month.activities()) {
            byDay.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a.communityName() + "·" + a.typeName());
        }
        LocalDate day = ym.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = ym.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int r = 2;
        while (!day.isAfter(last)) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c < 7; c++, day = day.plusDays(1)) {
                Cell cell = row.createCell(c);
                if (!YearMonth.from(day).equals(ym)) {
                    cell.setCellStyle(styles.muted);
                    continue;
                }
                StringBuilder text = new StringBuilder().append(day.getDayOfMonth()).append("日");
                if (calendar != null && calendar.isHoliday(day)) {
                    text.append(" 休");
                } else if (calendar != null && calendar.extraWorkdays().contains(day)) {
                    text.append(" 班");
                }
                if (day.equals(month.themedPartyDay())) {
                    text.append(" ★主题党日");
                }
                List<String> activities = byDay.getOrDefault(day, List.of());
                activities.forEach(a -> text.append('\n').append(a));
                lines = Math.max(lines, ExcelPrint.lines(text.toString(), DAY_WIDTH));
                cell.setCellValue(text.toString());
                cell.setCellStyle(calendar != null && !calendar.isWorkday(day) && !calendar.extraWorkdays().contains(day)
                        ? styles.holiday : styles.workday);
            }
            row.setHeightInPoints(Math.max(48, 14.5f * lines));
        }
        for (int c = 0; c < 7; c++) {
            sheet.setColumnWidth(c, DAY_WIDTH * 256);
        }
        // A month on one landscape page, whatever its weeks hold.
        ExcelPrint.setUp(sheet, true, 1, -1, -1, pageHeader + " · " + month.label());
    }
}
