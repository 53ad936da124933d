package org.allianceplanner.threelists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.excel.ExcelImportException;
import org.allianceplanner.excel.SheetProblem;
import org.allianceplanner.io.DocumentValidation;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.lists.CapacityUnit;
import org.allianceplanner.lists.ListNeed;
import org.allianceplanner.lists.ListProject;
import org.allianceplanner.lists.ListResource;
import org.allianceplanner.lists.NeedSource;
import org.allianceplanner.lists.ProjectStatus;
import org.allianceplanner.lists.ThreeLists;
import org.allianceplanner.messages.Message;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three lists as one workbook: 清单信息 (the year), 需求清单, 资源清单 and 项目清单, one row per item,
 * headers in Chinese with the field name below them. Reading it back checks every row as the API checks
 * an item and names each problem by sheet, row and column (like the problem template's import); nothing
 * is imported while any row is wrong. Sources, units and statuses read as their Chinese names or codes.
 */
public final class ListWorkbook {

    static final String INFO = "清单信息";
    static final String NEEDS = "需求清单";
    static final String RESOURCES = "资源清单";
    static final String PROJECTS = "项目清单";
    /** The year's label in 清单信息!A1 (the field name, year, is in C1 as the other sheets' second row has it). */
    static final String YEAR_HEADER = "年度";
    /** Data starts below the two header rows (Chinese, field name). */
    static final int FIRST_DATA_ROW = 2;

    private record Column(String field, String zh, Function<Object, Object> get) {
    }

    private static final List<Column> NEED_COLUMNS = List.of(
            col("id", "编号", o -> ((ListNeed) o).id()),
            col("community", "社区（联合体）编号", o -> ((ListNeed) o).community()),
            col("street", "街道", o -> ((ListNeed) o).street()),
            col("title", "需求", o -> ((ListNeed) o).title()),
            col("category", "分类代码", o -> ((ListNeed) o).category()),
            col("priority", "优先级", o -> ((ListNeed) o).priority()),
            col("raisedOn", "提出日期", o -> ((ListNeed) o).raisedOn()),
            col("source", "来源", o -> ((ListNeed) o).source() == null ? null : ((ListNeed) o).source().zh()),
            col("effort", "工作量", o -> ((ListNeed) o).effort()),
            col("budget", "预算（元）", o -> ((ListNeed) o).budget()));

    private static final List<Column> RESOURCE_COLUMNS = List.of(
            col("id", "编号", o -> ((ListResource) o).id()),
            col("organization", "单位编号", o -> ((ListResource) o).organization()),
            col("organizationName", "单位名称", o -> ((ListResource) o).organizationName()),
            col("alliance", "所属联合体", o -> ((ListResource) o).alliance()),
            col("street", "街道", o -> ((ListResource) o).street()),
            col("title", "资源", o -> ((ListResource) o).title()),
            col("capability", "能力代码", o -> ((ListResource) o).capability()),
            col("capacity", "能力数量", o -> ((ListResource) o).capacity()),
            col("unit", "计量", o -> ((ListResource) o).unit() == null ? null : ((ListResource) o).unit().zh()),
            col("months", "可用月份", o -> join(((ListResource) o).months())));

    private static final List<Column> PROJECT_COLUMNS = List.of(
            col("id", "编号", o -> ((ListProject) o).id()),
            col("need", "需求编号", o -> ((ListProject) o).need()),
            col("resources", "资源编号", o -> join(((ListProject) o).resources())),
            col("responsibleUnit", "责任单位", o -> ((ListProject) o).responsibleUnit()),
            col("plannedMonth", "计划月份", o -> ((ListProject) o).plannedMonth()),
            col("status", "状态", o -> ((ListProject) o).status() == null ? null : ((ListProject) o).status().zh()),
            col("claimedOn", "认领日期", o -> ((ListProject) o).claimedOn()),
            col("claimedAt", "认领会议", o -> ((ListProject) o).claimedAt()),
            col("startedOn", "开始日期", o -> ((ListProject) o).startedOn()),
            col("completedOn", "完成日期", o -> ((ListProject) o).completedOn()),
            col("cancelledOn", "撤销日期", o -> ((ListProject) o).cancelledOn()),
            col("outcome", "成效", o -> ((ListProject) o).outcome()),
            col("reasonZh", "提议理由（只导出）", o -> ((ListProject) o).reason() == null ? null : ((ListProject) o).reason().zh()));

    private static final Pattern INDEXED = Pattern.compile("^(needs|resources|projects)\\[(\\d+)]\\.?(.*)$");

    private ListWorkbook() {
    }

    private static Column col(String field, String zh, Function<Object, Object> get) {
        return new Column(field, zh, get);
    }

    private static String join(List<?> items) {
        return items == null || items.isEmpty() ? null : String.join(",", items.stream().map(String::valueOf).toList());
    }

    // ---- writing ----

    public static byte[] write(ThreeLists lists) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet info = workbook.createSheet(INFO);
            Row year = info.createRow(0);
            year.createCell(0).setCellValue(YEAR_HEADER);
            year.createCell(1).setCellValue(lists.year());
            year.createCell(2).setCellValue("year");
            info.createRow(1).createCell(0).setCellValue("需求、资源、项目各一张表；第1行中文标题，第2行字段名，第3行起每行一条。");
            info.setColumnWidth(0, 12 * 256);
            sheet(workbook, NEEDS, NEED_COLUMNS, lists.needs(), header);
            sheet(workbook, RESOURCES, RESOURCE_COLUMNS, lists.resources(), header);
            sheet(workbook, PROJECTS, PROJECT_COLUMNS, lists.projects(), header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Workbook workbook, String name, List<Column> columns, List<?> items, CellStyle header) {
        Sheet sheet = workbook.createSheet(name);
        Row zh = sheet.createRow(0);
        Row en = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = zh.createCell(c);
            cell.setCellValue(columns.get(c).zh());
            cell.setCellStyle(header);
            en.createCell(c).setCellValue(columns.get(c).field());
            sheet.setColumnWidth(c, (columns.get(c).field().equals("title") || columns.get(c).field().equals("reasonZh")
                    ? 36 : 14) * 256);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        for (int i = 0; i < items.size(); i++) {
            Row row = sheet.createRow(FIRST_DATA_ROW + i);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).get().apply(items.get(i));
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    // ---- reading ----

    /** Reads a workbook written by {@link #write} (or filled in by hand) into checked lists. */
    public static ThreeLists read(byte[] bytes) {
        List<SheetProblem> problems = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            throw new ExcelImportException(List.of(fileProblem("excel.file.empty")));
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Integer year = readYear(workbook, problems);
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            List<ListNeed> needs = readSheet(workbook, NEEDS, NEED_COLUMNS, ListNeed.class, problems, rows);
            List<ListResource> resources = readSheet(workbook, RESOURCES, RESOURCE_COLUMNS, ListResource.class, problems,
                    rows);
            List<ListProject> projects = readSheet(workbook, PROJECTS, PROJECT_COLUMNS, ListProject.class, problems, rows);
            if (!problems.isEmpty()) {
                throw new ExcelImportException(problems);
            }
            ThreeLists lists = new ThreeLists(year, needs, resources, projects, List.of());
            for (FieldProblem p : lists.problems()) {
                problems.add(placed(p, rows));
            }
            if (!problems.isEmpty()) {
                throw new ExcelImportException(problems);
            }
            return lists;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExcelImportException x) {
                throw x;
            }
            throw new ExcelImportException(List.of(fileProblem("excel.file.notXlsx")));
        }
    }

    private static Integer readYear(Workbook workbook, List<SheetProblem> problems) {
        Sheet info = workbook.getSheet(INFO);
        if (info == null) {
            problems.add(missingSheet(workbook, INFO, "list information"));
            return null;
        }
        Row row = info.getRow(0);
        String text = row == null ? null : text(row.getCell(1));
        try {
            return Integer.valueOf(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            problems.add(new SheetProblem(INFO + "!B1", Message.of("excel.value.notWhole", text == null ? "" : text),
                    INFO, 1, "B", YEAR_HEADER));
            return null;
        }
    }

    private static <T> List<T> readSheet(Workbook workbook, String name, List<Column> columns, Class<T> type,
            List<SheetProblem> problems, Map<String, List<Integer>> rows) {
        Sheet sheet = workbook.getSheet(name);
        List<Integer> excelRows = rows.computeIfAbsent(name, k -> new ArrayList<>());
        if (sheet == null) {
            problems.add(missingSheet(workbook, name, type.getSimpleName()));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, columns.size())) {
                continue;
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                String value = text(row.getCell(c));
                if (value == null || value.isBlank() || column.field().equals("reasonZh")) {
                    continue;
                }
                put(node, column.field(), value.trim());
            }
            Parsed<T> parsed = JsonInput.parse(node, type);
            List<FieldProblem> rowProblems = new ArrayList<>(parsed.problems());
            rowProblems.addAll(JsonInput.withoutTypeErrors(parsed, DocumentValidation.validate(parsed.value())));
            for (FieldProblem p : rowProblems) {
                problems.add(at(name, columns, r + 1, p.field(), p.text()));
            }
            items.add(parsed.value());
            excelRows.add(r + 1);
        }
        return items;
    }

    /** A cell's text into the item's JSON: numbers, lists and names (Chinese or codes) as the field wants. */
    private static void put(ObjectNode node, String field, String value) {
        switch (field) {
            case "priority", "effort", "capacity", "plannedMonth" -> {
                try {
                    node.put(field, Integer.parseInt(value.replaceAll("\\.0+$", "")));
                } catch (NumberFormatException e) {
                    node.put(field, value);
                }
            }
            case "budget" -> {
                try {
                    node.put(field, Long.parseLong(value.replaceAll("\\.0+$", "")));
                } catch (NumberFormatException e) {
                    node.put(field, value);
                }
            }
            case "months" -> {
                var array = node.putArray(field);
                for (String part : value.split("[,，、\\s]+")) {
                    try {
                        array.add(Integer.parseInt(part.replaceAll("\\.0+$", "")));
                    } catch (NumberFormatException e) {
                        array.add(part);
                    }
                }
            }
            case "resources" -> {
                var array = node.putArray(field);
                Arrays.stream(value.split("[,，、\\s]+")).forEach(array::add);
            }
            case "source" -> node.put(field, code(value, NeedSource.values(), NeedSource::zh));
            case "unit" -> node.put(field, code(value, CapacityUnit.values(), CapacityUnit::zh));
            case "status" -> node.put(field, code(value, ProjectStatus.values(), ProjectStatus::zh));
            default -> node.put(field, value);
        }
    }

    private static <E extends Enum<E>> String code(String value, E[] values, Function<E, String> zh) {
        for (E e : values) {
            if (zh.apply(e).equals(value)) {
                return e.name();
            }
        }
        return value;
    }

    /** A problem of the lists as a whole (needs[3].category) at its sheet, row and column. */
    private static SheetProblem placed(FieldProblem p, Map<String, List<Integer>> rows) {
        Matcher m = INDEXED.matcher(p.field());
        if (!m.matches()) {
            return new SheetProblem(p.field(), p.text(), null, null, null, null);
        }
        String sheet = switch (m.group(1)) {
            case "needs" -> NEEDS;
            case "resources" -> RESOURCES;
            default -> PROJECTS;
        };
        List<Column> columns = switch (m.group(1)) {
            case "needs" -> NEED_COLUMNS;
            case "resources" -> RESOURCE_COLUMNS;
            default -> PROJECT_COLUMNS;
        };
        int index = Integer.parseInt(m.group(2));
        List<Integer> excelRows = rows.getOrDefault(sheet, List.of());
        int excelRow = index < excelRows.size() ? excelRows.get(index) : index + FIRST_DATA_ROW + 1;
        return at(sheet, columns, excelRow, m.group(3), p.text());
    }

    private static SheetProblem at(String sheet, List<Column> columns, int excelRow, String field, Message text) {
        String base = field.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).field().equals(base)) {
                String letter = CellReference.convertNumToColString(c);
                return new SheetProblem(sheet + "!" + letter + excelRow, text, sheet, excelRow, letter,
                        columns.get(c).zh() + " " + columns.get(c).field());
            }
        }
        return new SheetProblem(sheet + "!" + excelRow + ":" + excelRow, text, sheet, excelRow, null, null);
    }

    private static SheetProblem missingSheet(Workbook workbook, String name, String en) {
        List<String> present = new ArrayList<>();
        workbook.forEach(s -> present.add(s.getSheetName()));
        return new SheetProblem(name, Message.of("excel.sheet.missing", name, en, String.join("、", present)), name,
                null, null, null);
    }

    private static SheetProblem fileProblem(String code) {
        return new SheetProblem("", Message.of(code), null, null, null, null);
    }

    private static boolean blank(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            String value = text(row.getCell(c));
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneId.systemDefault()).toString();
            }
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        return FORMAT.formatCellValue(cell);
    }

    /** For tests: the columns of each sheet by field. */
    static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(NEEDS, NEED_COLUMNS.stream().map(Column::field).toList());
        fields.put(RESOURCES, RESOURCE_COLUMNS.stream().map(Column::field).toList());
        fields.put(PROJECTS, PROJECT_COLUMNS.stream().map(Column::field).toList());
        return fields;
    }
}
