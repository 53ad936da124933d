package org.allianceplanner.excel;

import static org.allianceplanner.excel.ExcelStyles.put;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster of a plan (联合体成员名单) as a workbook: 总表 with every alliance's members, one sheet
 * per street with the same columns, 联合体汇总 with one row per alliance (members, party members,
 * needs covered and not), and 未分配 when some organizations have no community.
 */
public final class ExcelRosterWriter {

    /**
     * The member columns of 总表 and the street sheets. The ids come last, outside the print area:
     * they are for matching rows with the data, not for the printed page.
     */
    public static final List<String> MEMBER_HEADERS = List.of("序号", "街道", "联合体（社区）", "成员单位", "单位类型",
            "党员人数", "职能", "对应社区需求", "驻区单位", "距离（公里）", "锁定", "社区编号", "单位编号");
    public static final List<String> SUMMARY_HEADERS = List.of("序号", "街道", "联合体（社区）", "常住人口", "成员单位数",
            "党员人数", "社区需求", "未满足的需求", "成员单位", "社区编号");
    public static final String ALL = "总表";
    public static final String SUMMARY = "联合体汇总";
    public static final String UNASSIGNED = "未分配";

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    /** Column widths in characters: the printed ones fit a landscape A4 page at full scale. */
    private static final int[] MEMBER_WIDTHS = {5, 9, 11, 26, 9, 6, 34, 20, 14, 6, 5, 12, 22};
    private static final int MEMBER_PRINTED = 11;
    private static final int[] SUMMARY_WIDTHS = {5, 9, 11, 8, 7, 7, 28, 18, 52, 12};
    private static final int SUMMARY_PRINTED = 9;
    /** The height of a line of 10-pt text. */
    private static final float LINE = 12.5f;

    private final XSSFWorkbook workbook = ExcelStyles.newWorkbook();
    private final ExcelStyles styles = new ExcelStyles(workbook);
    private final AlliancePlan plan;
    private final String date;
    private final Map<Community, List<Organization>> members = new LinkedHashMap<>();

    private ExcelRosterWriter(AlliancePlan plan, LocalDate date) {
        this.plan = plan;
        this.date = ExcelPrint.dateText(date);
        plan.getCommunities().forEach(c -> members.put(c, new ArrayList<>()));
        for (Organization o : plan.getOrganizations()) {
            if (o.getCommunity() != null && members.containsKey(o.getCommunity())) {
                members.get(o.getCommunity()).add(o);
            }
        }
        members.values().forEach(list -> list.sort(Comparator.comparing(Organization::getType)
                .thenComparing(Organization::getName, CHINESE)));
    }

    public static byte[] write(AlliancePlan plan) {
        return write(plan, LocalDate.now());
    }

    /** The roster, its titles dated {@code date} (the plan's date as the planner knows it). */
    public static byte[] write(AlliancePlan plan, LocalDate date) {
        return new ExcelRosterWriter(plan, date).write();
    }

    private byte[] write() {
        List<String> streets = plan.getCommunities().stream().map(ExcelRosterWriter::street).distinct().toList();
        memberSheet(ALL, plan.getName() + " · 联合体成员名单（总表）", null);
        for (String street : streets) {
            memberSheet(ExcelStyles.sheetName(workbook, street), plan.getName() + " · " + street + "联合体成员名单", street);
        }
        summarySheet();
        List<Organization> unassigned = plan.getOrganizations().stream().filter(o -> o.getCommunity() == null).toList();
        if (!unassigned.isEmpty()) {
            unassignedSheet(unassigned);
        }
        return ExcelStyles.bytes(workbook);
    }

    private static String street(Community c) {
        return c.getStreet() == null || c.getStreet().isBlank() ? "未填街道" : c.getStreet();
    }

    private String dated(String title) {
        return title + "（" + date + "）";
    }

    /**
     * The members, one row each, alliance by alliance. Printed landscape and one page wide, with the
     * title and headers on every page; an alliance's rows stay on one page where they fit.
     */
    private void memberSheet(String name, String title, String street) {
        Sheet sheet = workbook.createSheet(name);
        styles.title(sheet, dated(title), MEMBER_HEADERS.size());
        styles.headers(sheet, 1, MEMBER_HEADERS.toArray(String[]::new));
        sheet.getRow(1).setHeightInPoints(30);
        int total = members.values().stream().mapToInt(List::size).sum();
        float[] heights = new float[total + 2];
        List<int[]> blocks = new ArrayList<>();
        int r = 2;
        int number = 1;
        for (Map.Entry<Community, List<Organization>> e : members.entrySet()) {
            Community c = e.getKey();
            if ((street != null && !street.equals(street(c))) || e.getValue().isEmpty()) {
                continue;
            }
            int first = r;
            for (Organization o : e.getValue()) {
                Row row = sheet.createRow(r);
                List<String> texts = List.of(String.valueOf(number), text(c.getStreet()), c.getName(), o.getName(),
                        o.getType().zh(), String.valueOf(o.getPartyMembers()), labels(o.getCapabilities()),
                        labels(served(o, c)), home(o, c), "0.00", o.isPinned() ? "是" : "");
                put(row, 0, number++).setCellStyle(styles.cell);
                put(row, 1, c.getStreet()).setCellStyle(styles.cellWrap);
                put(row, 2, c.getName()).setCellStyle(styles.cellWrap);
                put(row, 3, o.getName()).setCellStyle(styles.cellWrap);
                put(row, 4, o.getType().zh()).setCellStyle(styles.cell);
                put(row, 5, o.getPartyMembers()).setCellStyle(styles.cell);
                put(row, 6, texts.get(6)).setCellStyle(styles.cellWrap);
                put(row, 7, texts.get(7)).setCellStyle(styles.cellWrap);
                put(row, 8, texts.get(8)).setCellStyle(styles.cellWrap);
                put(row, 9, Math.round(o.distanceMetresTo(c) / 10.0) / 100.0).setCellStyle(styles.cellDecimal);
                put(row, 10, texts.get(10)).setCellStyle(styles.cell);
                put(row, 11, c.getId()).setCellStyle(styles.cell);
                put(row, 12, o.getId()).setCellStyle(styles.cell);
                heights[r] = ExcelPrint.fitHeight(row, MEMBER_WIDTHS, texts, LINE);
                r++;
            }
            blocks.add(new int[] {first, r - 1});
        }
        for (int i = 0; i < MEMBER_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, MEMBER_WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        if (r > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, MEMBER_HEADERS.size() - 1));
        }
        ExcelPrint.setUp(sheet, true, 0, 1, 1, dated(title));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, MEMBER_PRINTED - 1, 0, Math.max(1, r - 1));
        double scale = ExcelPrint.scale(java.util.Arrays.copyOf(MEMBER_WIDTHS, MEMBER_PRINTED), true);
        // The first page also holds the title row (24 pt); the others only the repeated headers (30 pt).
        ExcelPrint.keepBlocksTogether(sheet, blocks, heights, ExcelPrint.rowSpace(true, 30, scale), 24);
    }

    private void summarySheet() {
        Sheet sheet = workbook.createSheet(SUMMARY);
        String title = dated(plan.getName() + " · 联合体汇总");
        styles.title(sheet, title, SUMMARY_HEADERS.size());
        styles.headers(sheet, 1, SUMMARY_HEADERS.toArray(String[]::new));
        sheet.getRow(1).setHeightInPoints(30);
        int r = 2;
        for (Map.Entry<Community, List<Organization>> e : members.entrySet()) {
            Community c = e.getKey();
            List<Organization> list = e.getValue();
            Set<String> offered = list.stream().flatMap(o -> o.getCapabilities().stream()).collect(Collectors.toSet());
            Row row = sheet.createRow(r);
            String needs = c.getNeeds().stream().map(n -> plan.getVocabulary().zh(n.code()) + "（" + n.priority() + "）")
                    .collect(Collectors.joining("、"));
            String uncovered = c.getNeeds().stream().filter(n -> !offered.contains(n.code()))
                    .map(n -> plan.getVocabulary().zh(n.code())).collect(Collectors.joining("、"));
            String names = list.stream().map(Organization::getName).collect(Collectors.joining("、"));
            put(row, 0, r - 1).setCellStyle(styles.cell);
            put(row, 1, c.getStreet()).setCellStyle(styles.cellWrap);
            put(row, 2, c.getName()).setCellStyle(styles.cellWrap);
            put(row, 3, c.getPopulation()).setCellStyle(styles.cell);
            put(row, 4, list.size()).setCellStyle(styles.cell);
            put(row, 5, list.stream().mapToInt(Organization::getPartyMembers).sum()).setCellStyle(styles.cell);
            put(row, 6, needs).setCellStyle(styles.cellWrap);
            put(row, 7, uncovered).setCellStyle(styles.cellWrap);
            put(row, 8, names).setCellStyle(styles.cellWrap);
            put(row, 9, c.getId()).setCellStyle(styles.cell);
            ExcelPrint.fitHeight(row, SUMMARY_WIDTHS, java.util.Arrays.asList(null, text(c.getStreet()), c.getName(),
                    null, null, null, needs, uncovered, names), LINE);
            r++;
        }
        for (int i = 0; i < SUMMARY_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, SUMMARY_WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        ExcelPrint.setUp(sheet, true, 0, 1, 1, title);
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, SUMMARY_PRINTED - 1, 0, Math.max(1, r - 1));
    }

    private void unassignedSheet(List<Organization> unassigned) {
        Sheet sheet = workbook.createSheet(UNASSIGNED);
        String title = dated(plan.getName() + " · 未分配的单位");
        styles.title(sheet, title, 6);
        styles.headers(sheet, 1, "序号", "单位名称", "单位编号", "单位类型", "所属街道", "党员人数");
        int r = 2;
        for (Organization o : unassigned) {
            Row row = sheet.createRow(r);
            put(row, 0, r - 1).setCellStyle(styles.cell);
            put(row, 1, o.getName()).setCellStyle(styles.cellWrap);
            put(row, 2, o.getId()).setCellStyle(styles.cellWrap);
            put(row, 3, o.getType().zh()).setCellStyle(styles.cell);
            put(row, 4, o.getStreet()).setCellStyle(styles.cellWrap);
            put(row, 5, o.getPartyMembers()).setCellStyle(styles.cell);
            r++;
        }
        int[] widths = {6, 30, 14, 10, 14, 9};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        ExcelPrint.setUp(sheet, false, 0, 1, 1, title);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> served(Organization o, Community c) {
        return c.getNeeds().stream().map(Need::code).filter(o.getCapabilities()::contains).toList();
    }

    private String labels(java.util.Collection<String> codes) {
        return codes.stream().map(plan.getVocabulary()::zh).collect(Collectors.joining("、"));
    }

    private static String home(Organization o, Community c) {
        if (o.getHomeCommunity() == null) {
            return "";
        }
        return Objects.equals(o.getHomeCommunity(), c) ? "是" : "否（驻" + o.getHomeCommunity().getName() + "）";
    }
}
