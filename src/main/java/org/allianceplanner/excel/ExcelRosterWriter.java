package org.allianceplanner.excel;

import static org.allianceplanner.excel.ExcelStyles.put;

import java.text.Collator;
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
import org.allianceplanner.model.ServiceVocabulary;
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

    /** The member columns of 总表 and the street sheets. */
    public static final List<String> MEMBER_HEADERS = List.of("序号", "街道", "联合体（社区）", "社区编号", "成员单位",
            "单位编号", "单位类型", "党员人数", "职能", "对应社区需求", "驻区单位", "距离（公里）", "锁定");
    public static final List<String> SUMMARY_HEADERS = List.of("序号", "街道", "联合体（社区）", "社区编号", "常住人口",
            "成员单位数", "党员人数", "社区需求", "未满足的需求", "成员单位");
    public static final String ALL = "总表";
    public static final String SUMMARY = "联合体汇总";
    public static final String UNASSIGNED = "未分配";

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final XSSFWorkbook workbook = ExcelStyles.newWorkbook();
    private final ExcelStyles styles = new ExcelStyles(workbook);
    private final AlliancePlan plan;
    private final Map<Community, List<Organization>> members = new LinkedHashMap<>();

    private ExcelRosterWriter(AlliancePlan plan) {
        this.plan = plan;
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
        return new ExcelRosterWriter(plan).write();
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

    private void memberSheet(String name, String title, String street) {
        Sheet sheet = workbook.createSheet(name);
        styles.title(sheet, title, MEMBER_HEADERS.size());
        styles.headers(sheet, 1, MEMBER_HEADERS.toArray(String[]::new));
        int r = 2;
        int number = 1;
        for (Map.Entry<Community, List<Organization>> e : members.entrySet()) {
            Community c = e.getKey();
            if (street != null && !street.equals(street(c))) {
                continue;
            }
            for (Organization o : e.getValue()) {
                Row row = sheet.createRow(r++);
                put(row, 0, number++);
                put(row, 1, c.getStreet());
                put(row, 2, c.getName());
                put(row, 3, c.getId());
                put(row, 4, o.getName());
                put(row, 5, o.getId());
                put(row, 6, o.getType().zh());
                put(row, 7, o.getPartyMembers());
                put(row, 8, labels(o.getCapabilities()));
                put(row, 9, labels(served(o, c)));
                put(row, 10, home(o, c));
                put(row, 11, Math.round(o.distanceMetresTo(c) / 10.0) / 100.0).setCellStyle(styles.decimal);
                put(row, 12, o.isPinned() ? "是" : "");
            }
        }
        int[] widths = {6, 12, 14, 12, 30, 14, 10, 9, 36, 24, 16, 11, 6};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        if (r > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, MEMBER_HEADERS.size() - 1));
        }
    }

    private void summarySheet() {
        Sheet sheet = workbook.createSheet(SUMMARY);
        styles.title(sheet, plan.getName() + " · 联合体汇总", SUMMARY_HEADERS.size());
        styles.headers(sheet, 1, SUMMARY_HEADERS.toArray(String[]::new));
        int r = 2;
        for (Map.Entry<Community, List<Organization>> e : members.entrySet()) {
            Community c = e.getKey();
            List<Organization> list = e.getValue();
            Set<String> offered = list.stream().flatMap(o -> o.getCapabilities().stream()).collect(Collectors.toSet());
            Row row = sheet.createRow(r);
            put(row, 0, r - 1);
            put(row, 1, c.getStreet());
            put(row, 2, c.getName());
            put(row, 3, c.getId());
            put(row, 4, c.getPopulation());
            put(row, 5, list.size());
            put(row, 6, list.stream().mapToInt(Organization::getPartyMembers).sum());
            put(row, 7, c.getNeeds().stream().map(n -> ServiceVocabulary.zh(n.code()) + "（" + n.priority() + "）")
                    .collect(Collectors.joining("、")));
            put(row, 8, c.getNeeds().stream().filter(n -> !offered.contains(n.code()))
                    .map(n -> ServiceVocabulary.zh(n.code())).collect(Collectors.joining("、")));
            put(row, 9, list.stream().map(Organization::getName).collect(Collectors.joining("、"))).setCellStyle(styles.wrap);
            r++;
        }
        int[] widths = {6, 12, 14, 12, 10, 10, 10, 40, 24, 80};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 2);
    }

    private void unassignedSheet(List<Organization> unassigned) {
        Sheet sheet = workbook.createSheet(UNASSIGNED);
        styles.title(sheet, plan.getName() + " · 未分配的单位", 6);
        styles.headers(sheet, 1, "序号", "单位名称", "单位编号", "单位类型", "所属街道", "党员人数");
        int r = 2;
        for (Organization o : unassigned) {
            Row row = sheet.createRow(r);
            put(row, 0, r - 1);
            put(row, 1, o.getName());
            put(row, 2, o.getId());
            put(row, 3, o.getType().zh());
            put(row, 4, o.getStreet());
            put(row, 5, o.getPartyMembers());
            r++;
        }
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static List<String> served(Organization o, Community c) {
        return c.getNeeds().stream().map(Need::code).filter(o.getCapabilities()::contains).toList();
    }

    private static String labels(java.util.Collection<String> codes) {
        return codes.stream().map(ServiceVocabulary::zh).collect(Collectors.joining("、"));
    }

    private static String home(Organization o, Community c) {
        if (o.getHomeCommunity() == null) {
            return "";
        }
        return Objects.equals(o.getHomeCommunity(), c) ? "是" : "否（驻" + o.getHomeCommunity().getName() + "）";
    }
}
