package org.allianceplanner.excel;

import static org.allianceplanner.excel.ExcelStyles.put;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.CalendarDocument;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.io.TypeQuotaDocument;
import org.allianceplanner.io.VocabularyEntryDocument;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.ServiceVocabulary;
import org.allianceplanner.model.ThemedPartyDay;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the problem workbook: the empty template planners fill in, or a problem (and a plan's
 * assignment) in the same layout, so that it can be edited in Excel and imported again. Sheets 说明,
 * 代码表, 社区, 单位, 自定义代码 (the problem's own need and capability codes), 规则 and 日程; Chinese
 * headers with the English field names in a second row, and drop-down lists for types, needs,
 * capabilities (shared and own codes by name), priorities, community references and 是/否.
 */
public final class ExcelProblemWriter {

    /** The rows of 代码表 that follow 自定义代码 (as many as a problem may have own entries). */
    static final int OWN_CODE_ROWS = 500;

    private final XSSFWorkbook workbook = ExcelStyles.newWorkbook();
    private final ExcelStyles styles = new ExcelStyles(workbook);

    private ExcelProblemWriter() {
    }

    /** The empty template, with the given calendar (the year's holidays) filled in when not null. */
    public static byte[] template(CalendarDocument calendar) {
        return new ExcelProblemWriter().write(null, calendar);
    }

    /**
     * A problem in the template's layout; what the layout has no place for (custom activity types,
     * per-community type quotas, dated activities) is left out.
     */
    public static byte[] write(PlanDocument plan) {
        return new ExcelProblemWriter().write(plan, plan.calendar());
    }

    private byte[] write(PlanDocument plan, CalendarDocument calendar) {
        readme();
        List<CommunityDocument> communities = plan == null ? List.of() : plan.communities();
        List<OrganizationDocument> organizations = plan == null ? List.of() : plan.organizations();
        int needColumns = Math.max(ExcelLayout.LIST_COLUMNS, communities.stream()
                .mapToInt(c -> c.needs() == null ? 0 : c.needs().size()).max().orElse(0));
        int capabilityColumns = Math.max(ExcelLayout.LIST_COLUMNS, organizations.stream()
                .mapToInt(o -> o.capabilities() == null ? 0 : o.capabilities().size()).max().orElse(0));
        List<VocabularyEntryDocument> own = plan == null || plan.vocabulary() == null ? List.of() : plan.vocabulary();
        ServiceNames names = ServiceNames.of(own);
        vocabulary(own); // before 代码表, whose formulas refer to it; shown after 单位
        codes(own);
        communities(communities, ExcelLayout.communityColumns(needColumns, names));
        organizations(organizations, ExcelLayout.organizationColumns(capabilityColumns, names), communities.size());
        workbook.setSheetOrder(ExcelLayout.VOCABULARY, workbook.getSheetIndex(ExcelLayout.ORGANIZATIONS));
        rules(plan);
        calendar(calendar);
        workbook.setActiveSheet(workbook.getSheetIndex(plan == null ? ExcelLayout.README : ExcelLayout.COMMUNITIES));
        workbook.setSelectedTab(workbook.getActiveSheetIndex());
        return ExcelStyles.bytes(workbook);
    }

    private void readme() {
        Sheet sheet = workbook.createSheet(ExcelLayout.README);
        sheet.setColumnWidth(0, 110 * 256);
        String[] lines = {
            "城市基层党建联合体规划 · 导入模板",
            "",
            "一、填写哪些表",
            "  社区：每行一个城市社区（一个社区一个联合体）。必填：社区编号、社区名称、纬度、经度。",
            "  单位：每行一个单位党组织。必填：单位编号、单位名称、单位类型、纬度、经度。",
            "  规则：方案名称、均衡方式、最大距离、类型配额和各项约束的权重；空白的项目用默认值。",
            "  日程：联合活动“四个一”的年度、主题党日和当年法定节假日、调休上班日；年度空白则不排日程。",
            "  自定义代码：本县自己的需求/职能（代码表中没有的），每行一个：代码、中文名称、英文名称；可以不填。",
            "  代码表：单位类型和需求/职能的代码与中文名称（下拉列表的来源，含自定义代码），不要修改。",
            "",
            "二、怎样填写",
            "  第1行是中文表头，第2行是英文字段名（请保留），从第3行起每行一条数据；空行会被跳过。",
            "  红色表头为必填列。列的顺序可以调整，但表头文字不要改。",
            "  需求和职能：从下拉列表选择中文名称，也可以填写代码（如 ELDERLY_CARE）；其他写法按原样作为自定义需求。",
            "  自定义的需求/职能请先在“自定义代码”表中登记，句子、页面和导出才会显示它的名称；改名后请同时修改用旧名称填写的单元格。",
            "  社区编号（驻区社区、现所在社区、分配社区、排除社区）可以填写社区编号，也可以填写社区名称。",
            "  多个值（排除社区、不便参加日期）用顿号、逗号或分号分隔；日期写作 2026-06-07，时段写作 2026-06-07/2026-06-09。",
            "  经纬度用十进制度（如 30.331、107.351），可在地图软件中取点得到。",
            "",
            "三、导入规则",
            "  整个工作簿一起校验：只要有一行有误，就一条也不导入，并列出每一处错误，",
            "  例如“单位表第12行：社区编号\"xx\"不存在（G列“驻区社区编号”）”。改正后重新导入即可。",
            "  导入成功后可在页面上调整权重和求解时间，再开始求解；也可以用接口 POST /api/plans 直接提交本文件。",
            "",
            "Read me (English)",
            "  Sheets: 社区 Communities, 单位 Organizations, 自定义代码 Own codes (code, name, nameEn of a county's own needs),",
            "  规则 Rules, 日程 Calendar, 代码表 Codes.",
            "  Row 1 holds the Chinese headers, row 2 the English field names; data starts in row 3.",
            "  The workbook is checked as a whole: if any row is wrong nothing is imported and every bad row is listed.",
        };
        for (int i = 0; i < lines.length; i++) {
            Cell cell = put(sheet.createRow(i), 0, lines[i]);
            if (i == 0) {
                cell.setCellStyle(styles.title);
            } else if (lines[i].startsWith("一") || lines[i].startsWith("二") || lines[i].startsWith("三")
                    || lines[i].startsWith("Read me")) {
                cell.setCellStyle(styles.header);
            }
        }
    }

    /** The code lists the drop-downs come from, as named ranges. */
    private void codes(List<VocabularyEntryDocument> own) {
        Sheet sheet = workbook.createSheet(ExcelLayout.CODES);
        styles.headers(sheet, 0, "单位类型", "代码 code", "English", "", "需求/职能", "代码 code", "English", "",
                "均衡方式", "", "是否", "", "主题党日", "代码 code");
        OrganizationType[] types = OrganizationType.values();
        for (int i = 0; i < types.length; i++) {
            Row row = row(sheet, i + 1);
            put(row, 0, types[i].zh());
            put(row, 1, types[i].name());
            put(row, 2, types[i].en());
        }
        List<String> services = new ArrayList<>(ServiceVocabulary.chineseLabels().keySet());
        for (int i = 0; i < services.size(); i++) {
            Row row = row(sheet, i + 1);
            put(row, 4, ServiceVocabulary.zh(services.get(i)));
            put(row, 5, services.get(i));
            put(row, 6, ServiceVocabulary.en(services.get(i)));
        }
        // The problem's own codes after the shared ones, read from 自定义代码 so that the drop-down follows
        // what the planner adds or renames there (the values as written are saved with the formulas).
        for (int i = 0; i < OWN_CODE_ROWS; i++) {
            VocabularyEntryDocument entry = i < own.size() ? own.get(i) : null;
            Row row = row(sheet, services.size() + i + 1);
            String at = "'%s'!$%%s$%d".formatted(ExcelLayout.VOCABULARY, ExcelLayout.FIRST_DATA_ROW + i + 1);
            String code = at.formatted("A");
            formula(row, 4, "IF(%s=\"\",\"\",IF(%s=\"\",%s,%s))".formatted(code, at.formatted("B"), code,
                    at.formatted("B")), entry == null ? "" : entry.name() == null ? entry.code() : entry.name());
            formula(row, 5, code + "&\"\"", entry == null ? "" : entry.code());
            formula(row, 6, at.formatted("C") + "&\"\"", entry == null || entry.nameEn() == null ? "" : entry.nameEn());
        }
        put(row(sheet, 1), 8, "按人口");
        put(row(sheet, 2), 8, "平均");
        put(row(sheet, 1), 10, "是");
        put(row(sheet, 2), 10, "否");
        List<Map.Entry<String, String>> days = new ArrayList<>(ExcelLayout.themedPartyDays().entrySet());
        for (int i = 0; i < days.size(); i++) {
            Row row = row(sheet, i + 1);
            put(row, 12, days.get(i).getKey());
            put(row, 13, days.get(i).getValue());
        }
        name("TypeList", sheet, 0, types.length);
        // Shared codes, then the own codes that are filled in (COUNTIF "?*": text of at least one character).
        String own0 = "$E$" + (services.size() + 2);
        String own1 = "$E$" + (services.size() + OWN_CODE_ROWS + 1);
        workbook.createName().setNameName("ServiceList");
        workbook.getName("ServiceList").setRefersToFormula(("OFFSET('%1$s'!$E$2,0,0,%2$d+COUNTIF('%1$s'!%3$s:%4$s,\"?*\"),1)")
                .formatted(sheet.getSheetName(), services.size(), own0, own1));
        name("BalanceList", sheet, 8, 2);
        name("YesNoList", sheet, 10, 2);
        name("PartyDayList", sheet, 12, days.size());
        for (int c : new int[] {0, 4, 6, 12}) {
            sheet.setColumnWidth(c, 20 * 256);
        }
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(5, 24 * 256);
        sheet.setColumnWidth(13, 18 * 256);
        sheet.createFreezePane(0, 1);
    }

    /** A formula cell with the value it has now saved beside it, so that it reads right before any recalculation. */
    private void formula(Row row, int column, String formula, String value) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
    }

    /** 自定义代码: the problem's own codes, one a row; empty in the template. */
    private void vocabulary(List<VocabularyEntryDocument> own) {
        List<ExcelLayout.Column<VocabularyEntryDocument>> columns = ExcelLayout.vocabularyColumns();
        Sheet sheet = tableSheet(ExcelLayout.VOCABULARY, columns);
        for (int i = 0; i < own.size(); i++) {
            fill(sheet.createRow(ExcelLayout.FIRST_DATA_ROW + i), columns, own.get(i));
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 28 * 256);
    }

    private void name(String name, Sheet sheet, int column, int count) {
        Name range = workbook.createName();
        range.setNameName(name);
        String col = CellReference.convertNumToColString(column);
        range.setRefersToFormula("'%s'!$%s$2:$%s$%d".formatted(sheet.getSheetName(), col, col, count + 1));
    }

    private void communities(List<CommunityDocument> communities, List<ExcelLayout.Column<CommunityDocument>> columns) {
        Sheet sheet = tableSheet(ExcelLayout.COMMUNITIES, columns);
        for (int i = 0; i < communities.size(); i++) {
            fill(sheet.createRow(ExcelLayout.FIRST_DATA_ROW + i), columns, communities.get(i));
        }
        int last = lastValidatedRow(communities.size());
        for (int col = 0; col < columns.size(); col++) {
            switch (columns.get(col).family()) {
                case "need" -> list(sheet, col, last, "ServiceList", false);
                case "priority" -> explicitList(sheet, col, last, new String[] {"1", "2", "3"});
                case "lat" -> decimal(sheet, col, last, -90, 90);
                case "lon" -> decimal(sheet, col, last, -180, 180);
                case "population", "minMembers", "maxMembers" -> wholeNumber(sheet, col, last);
                default -> {
                }
            }
        }
    }

    private void organizations(List<OrganizationDocument> organizations,
            List<ExcelLayout.Column<OrganizationDocument>> columns, int communityCount) {
        Sheet sheet = tableSheet(ExcelLayout.ORGANIZATIONS, columns);
        for (int i = 0; i < organizations.size(); i++) {
            fill(sheet.createRow(ExcelLayout.FIRST_DATA_ROW + i), columns, organizations.get(i));
        }
        int last = lastValidatedRow(organizations.size());
        String communityIds = "'%s'!$A$%d:$A$%d".formatted(ExcelLayout.COMMUNITIES, ExcelLayout.FIRST_DATA_ROW + 1,
                ExcelLayout.FIRST_DATA_ROW + Math.max(communityCount, 1) + 500);
        for (int col = 0; col < columns.size(); col++) {
            switch (columns.get(col).family()) {
                case "type" -> list(sheet, col, last, "TypeList", false);
                case "capability" -> list(sheet, col, last, "ServiceList", false);
                case "homeCommunity", "currentCommunity", "community" -> list(sheet, col, last, communityIds, false);
                case "pinned" -> list(sheet, col, last, "YesNoList", false);
                case "lat" -> decimal(sheet, col, last, -90, 90);
                case "lon" -> decimal(sheet, col, last, -180, 180);
                case "partyMembers" -> wholeNumber(sheet, col, last);
                default -> {
                }
            }
        }
    }

    private void rules(PlanDocument plan) {
        RulesDocument rules = plan == null ? null : plan.rules();
        Map<String, Object> values = new HashMap<>();
        if (plan != null) {
            values.put("name", plan.name());
            values.put("scope", plan.scope());
            if (plan.weights() != null) {
                plan.weights().forEach((name, weight) -> {
                    AllianceConstraint c = AllianceConstraint.byId(name).orElse(null);
                    if (c != null && weight != null && weight != c.defaultWeight()) {
                        values.put("weight." + name, weight);
                    }
                });
            }
        }
        if (rules != null) {
            values.put("sizeBalance", rules.sizeBalance() == null ? null : ExcelLayout.sizeBalanceLabel(rules.sizeBalance()));
            values.put("maxDistanceKm", rules.maxDistanceKm());
            values.put("maxMoves", rules.maxMoves());
            if (rules.typeQuotas() != null) {
                for (TypeQuotaDocument q : rules.typeQuotas()) {
                    values.put("typeQuota." + q.type().name() + ".min", q.min());
                    values.put("typeQuota." + q.type().name() + ".max", q.max());
                }
            }
        }
        Sheet sheet = itemSheet(ExcelLayout.RULES, ExcelLayout.ruleItems(), key -> listOf(values.get(key)));
        list(sheet, 1, ExcelLayout.FIRST_DATA_ROW + 2, ExcelLayout.FIRST_DATA_ROW + 2, "BalanceList", false);
    }

    private void calendar(CalendarDocument calendar) {
        Map<String, List<Object>> values = new HashMap<>();
        if (calendar != null) {
            values.put("year", List.of(calendar.year()));
            values.put("themedPartyDay", List.of(calendar.themedPartyDay() == null ? ""
                    : themedPartyDayLabel(calendar.themedPartyDay())));
            values.put("reviewWindow", listOf(calendar.reviewWindow()));
            values.put("reviewsPerDay", listOf(calendar.reviewsPerDay()));
            values.put("minGapDays", listOf(calendar.minGapDays()));
            values.put("maxActivitiesPerStreetPerDay", listOf(calendar.maxActivitiesPerStreetPerDay()));
            values.put("holiday", new ArrayList<>(calendar.holidays() == null ? List.of() : calendar.holidays()));
            values.put("extraWorkday", new ArrayList<>(calendar.extraWorkdays() == null ? List.of()
                    : calendar.extraWorkdays()));
        }
        Sheet sheet = itemSheet(ExcelLayout.CALENDAR, ExcelLayout.calendarItems(),
                key -> values.getOrDefault(key, List.of("")));
        list(sheet, 1, ExcelLayout.FIRST_DATA_ROW + 1, ExcelLayout.FIRST_DATA_ROW + 1, "PartyDayList", false);
    }

    private static List<Object> listOf(Object value) {
        List<Object> list = new ArrayList<>();
        list.add(value == null ? "" : value);
        return list;
    }

    private static String themedPartyDayLabel(String code) {
        try {
            return ThemedPartyDay.parse(code).zh();
        } catch (RuntimeException e) {
            return code;
        }
    }

    /** A key–value sheet: 项目 | 值 | key | 说明; a key with several values takes several rows. */
    private Sheet itemSheet(String name, List<ExcelLayout.Item> items,
            java.util.function.Function<String, List<Object>> values) {
        Sheet sheet = workbook.createSheet(name);
        Row zh = sheet.createRow(0);
        Row en = sheet.createRow(1);
        List<ExcelLayout.Column<ExcelLayout.Item>> headers = ExcelLayout.itemColumns();
        for (int i = 0; i < headers.size(); i++) {
            put(zh, i, headers.get(i).zh()).setCellStyle(headers.get(i).required() ? styles.requiredHeader : styles.header);
            put(en, i, headers.get(i).key()).setCellStyle(styles.englishHeader);
        }
        int r = ExcelLayout.FIRST_DATA_ROW;
        for (ExcelLayout.Item item : items) {
            List<Object> itemValues = values.apply(item.key());
            for (Object value : itemValues.isEmpty() ? List.<Object>of("") : itemValues) {
                Row row = sheet.createRow(r++);
                put(row, 0, item.zh());
                Cell cell = row.createCell(1);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(value));
                    cell.setCellStyle(styles.text);
                }
                put(row, 2, item.key()).setCellStyle(styles.note);
                put(row, 3, item.note()).setCellStyle(styles.note);
            }
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(2, 34 * 256);
        sheet.setColumnWidth(3, 60 * 256);
        sheet.createFreezePane(1, ExcelLayout.FIRST_DATA_ROW);
        return sheet;
    }

    /** A table sheet with its two header rows, notes as comments and frozen headers. */
    private Sheet tableSheet(String name, List<? extends ExcelLayout.Column<?>> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row zh = sheet.createRow(0);
        Row en = sheet.createRow(1);
        zh.setHeightInPoints(30);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < columns.size(); i++) {
            ExcelLayout.Column<?> column = columns.get(i);
            Cell header = put(zh, i, column.zh() + (column.required() ? "*" : ""));
            header.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            put(en, i, column.key()).setCellStyle(styles.englishHeader);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(3);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString(column.note()));
            header.setCellComment(comment);
            int width = switch (column.family()) {
                case "name" -> 28;
                case "excludedCommunities", "blackoutDates" -> 26;
                case "need", "capability", "homeCommunity", "currentCommunity", "community", "street" -> 16;
                case "priority", "pinned" -> 8;
                default -> 13;
            };
            sheet.setColumnWidth(i, width * 256);
        }
        sheet.createFreezePane(2, ExcelLayout.FIRST_DATA_ROW);
        sheet.setAutoFilter(new CellRangeAddress(1, 1, 0, columns.size() - 1));
        return sheet;
    }

    /** One item's row: each column's value for it, numbers as numbers and the rest as text. */
    private <T> void fill(Row row, List<ExcelLayout.Column<T>> columns, T item) {
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).value().apply(item);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.text);
            }
        }
    }

    private static int lastValidatedRow(int rows) {
        return Math.min(ExcelLayout.FIRST_DATA_ROW + Math.max(rows + 500, 1000),
                SpreadsheetVersion.EXCEL2007.getLastRowIndex());
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private void list(Sheet sheet, int column, int lastRow, String formula, boolean strict) {
        list(sheet, column, ExcelLayout.FIRST_DATA_ROW, lastRow, formula, strict);
    }

    private void list(Sheet sheet, int column, int firstRow, int lastRow, String formula, boolean strict) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createFormulaListConstraint(formula), column, firstRow, lastRow, strict);
    }

    private void explicitList(Sheet sheet, int column, int lastRow, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createExplicitListConstraint(values), column, ExcelLayout.FIRST_DATA_ROW, lastRow, true);
    }

    private void decimal(Sheet sheet, int column, int lastRow, double min, double max) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                String.valueOf(min), String.valueOf(max)), column, ExcelLayout.FIRST_DATA_ROW, lastRow, true);
    }

    private void wholeNumber(Sheet sheet, int column, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                column, ExcelLayout.FIRST_DATA_ROW, lastRow, true);
    }

    /** A strict validation stops a wrong value; a lenient one warns, so that custom codes stay possible. */
    private static void add(Sheet sheet, DataValidationConstraint constraint, int column, int firstRow, int lastRow,
            boolean strict) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("输入有误", strict ? "请从下拉列表中选择，或填写有效的数值。" : "不在列表中；确定要使用自定义的值吗？");
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
