package org.allianceplanner.excel;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.allianceplanner.io.CalendarDocument;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.DocumentValidation;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanChecks;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.io.TypeQuotaDocument;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a problem workbook (the template's layout) into a {@link PlanDocument} and checks it with
 * the very checks a JSON problem gets. Every problem — cells that do not parse, field checks,
 * references, duplicates — is reported at once with its sheet, Excel row number and column, so that
 * a workbook is imported whole or not at all.
 */
public final class ExcelProblemReader {

    /** The most data rows a sheet may have (a province has 20,000 organizations). */
    static final int MAX_ROWS = 100_000;

    private static final Pattern NUMBERED = Pattern.compile("^(需求|need|优先级|priority|职能|capability)(\\d+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\n]+");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern INDEX_REFERENCE = Pattern.compile("(communities|organizations)\\[(\\d+)]");
    private static final List<String> SHEET_ORDER = List.of(ExcelLayout.COMMUNITIES, ExcelLayout.ORGANIZATIONS,
            ExcelLayout.RULES, ExcelLayout.CALENDAR);

    /** Where a value came from: a sheet, an Excel row (1-based; 0 for the sheet) and a column (or -1). */
    private record Place(String sheet, int row, int column, String header, String headerEn) {

        static Place sheet(String sheet) {
            return new Place(sheet, 0, -1, null, null);
        }
    }

    private record Found(Place place, String zh, String en, boolean needsSubject) {
    }

    /** A cell that should hold a number and does not. */
    private record NotANumber(String zh, String en) {

        static NotANumber of(boolean whole, String text) {
            return new NotANumber("%s，实际为“%s”".formatted(whole ? "应为整数" : "应为数字", text),
                    "must be %s, not \"%s\"".formatted(whole ? "a whole number" : "a number", text));
        }
    }

    private final Map<String, Place> places = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();
    private final Map<String, String> sheetNames = new HashMap<>();
    private final List<Integer> communityRows = new ArrayList<>();
    private final List<Integer> organizationRows = new ArrayList<>();

    private ExcelProblemReader() {
    }

    /**
     * Reads and checks a workbook; {@code fallbackName} names the plan when 规则 gives no name.
     *
     * @throws ExcelImportException listing every problem, when the workbook cannot be used whole
     */
    public static PlanDocument read(byte[] bytes, String fallbackName) {
        return new ExcelProblemReader().readWorkbook(bytes, fallbackName);
    }

    private PlanDocument readWorkbook(byte[] bytes, String fallbackName) {
        if (bytes == null || bytes.length == 0) {
            throw fail("上传的文件是空的", "the uploaded file is empty");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw fail("这是旧版Excel文件（.xls）：请在Excel中“另存为”Excel工作簿（.xlsx）后再导入",
                    "this is an old Excel file (.xls): save it as an Excel workbook (.xlsx) and import that");
        }
        if (magic != FileMagic.OOXML) {
            throw fail("上传的文件不是Excel工作簿（.xlsx）", "the uploaded file is not an Excel workbook (.xlsx)");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook, fallbackName);
        } catch (ExcelImportException e) {
            throw e;
        } catch (Exception e) {
            throw fail("无法读取该Excel工作簿（文件可能已损坏，或不是Excel工作簿）",
                    "the workbook cannot be read (it may be damaged, or not an Excel workbook)");
        }
    }

    private static ExcelImportException fail(String zh, String en) {
        return new ExcelImportException(List.of(new SheetProblem("file", zh, en, null, null, null, null)));
    }

    private PlanDocument read(Workbook workbook, String fallbackName) {
        Map<String, Sheet> sheets = findSheets(workbook);
        List<String> missing = new ArrayList<>();
        for (String required : List.of(ExcelLayout.COMMUNITIES, ExcelLayout.ORGANIZATIONS)) {
            if (!sheets.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            String present = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName).collect(Collectors.joining("、"));
            List<SheetProblem> problems = missing.stream().map(name -> new SheetProblem(name,
                    "缺少工作表“%s”（%s）；工作簿中的工作表：%s。请使用导入模板".formatted(name,
                            ExcelLayout.SHEET_EN.get(name), present.isEmpty() ? "无" : present),
                    "the sheet \"%s\" (%s) is missing; the workbook has: %s. Use the import template".formatted(
                            name, ExcelLayout.SHEET_EN.get(name), present.isEmpty() ? "none" : present),
                    name, null, null, null)).toList();
            throw new ExcelImportException(problems);
        }
        List<CommunityDocument> communities = readCommunities(sheets.get(ExcelLayout.COMMUNITIES));
        List<OrganizationDocument> organizations = readOrganizations(sheets.get(ExcelLayout.ORGANIZATIONS));
        organizations = resolveCommunityReferences(communities, organizations);
        Map<String, List<Value>> rules = sheets.containsKey(ExcelLayout.RULES)
                ? readItems(sheets.get(ExcelLayout.RULES), ExcelLayout.RULES, ExcelLayout.ruleItems()) : Map.of();
        Map<String, List<Value>> calendarItems = sheets.containsKey(ExcelLayout.CALENDAR)
                ? readItems(sheets.get(ExcelLayout.CALENDAR), ExcelLayout.CALENDAR, ExcelLayout.calendarItems())
                : Map.of();

        String name = text(rules, "name");
        if (name == null) {
            name = fallbackName == null || fallbackName.isBlank() ? "Excel导入的方案" : fallbackName;
        }
        PlanDocument document = new PlanDocument(name, text(rules, "scope"), communities, organizations,
                rulesDocument(rules), calendarDocument(calendarItems), null, weights(rules), null, null);

        DocumentValidation.validate(document).forEach(p -> check(p, true));
        PlanChecks.check(document).forEach(p -> check(p, false));
        if (!found.isEmpty()) {
            throw new ExcelImportException(found.stream()
                    .sorted(Comparator.comparing((Found f) -> sheetOrder(f.place()))
                            .thenComparingInt(f -> f.place() == null ? 0 : f.place().row())
                            .thenComparingInt(f -> f.place() == null ? 0 : f.place().column()))
                    .map(this::problem).toList());
        }
        return document;
    }

    private void check(FieldProblem problem, boolean needsSubject) {
        String path = problem.field();
        // A cell that could not be read left a null behind: do not also report it (or what is in it) as missing.
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            if (unreadable.contains(p)) {
                return;
            }
        }
        if ((path.equals("communities") && communityRows.isEmpty())
                || (path.equals("organizations") && organizationRows.isEmpty())) {
            return; // reported as an empty sheet already
        }
        Place place = place(path);
        found.add(new Found(place, problem.message(), problem.messageEn(),
                needsSubject && place != null && place.column() >= 0));
    }

    /** The place of a field path, or of the nearest enclosing path that has one. */
    private Place place(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Place place = places.get(p);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** organizations[3].location.lat → organizations[3].location → organizations[3] → organizations → "". */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private int sheetOrder(Place place) {
        return place == null ? -1 : SHEET_ORDER.indexOf(place.sheet());
    }

    private SheetProblem problem(Found f) {
        Place p = f.place();
        String zh = rewriteIndexes(f.zh(), true).replace("不能为null", "不能为空")
                .replace("须给出community或currentCommunity", "须填写“分配社区编号”或“现所在社区编号”");
        String en = rewriteIndexes(f.en(), false).replace("must not be null", "must not be empty");
        if (p == null) {
            return new SheetProblem("", zh, en, null, null, null, null);
        }
        String sheet = sheetNames.getOrDefault(p.sheet(), p.sheet());
        String sheetEn = "sheet %s (%s)".formatted(sheet, ExcelLayout.SHEET_EN.get(p.sheet()));
        if (p.row() == 0) {
            return new SheetProblem(sheet, sheet + "表：" + zh, sheetEn + ": " + en, sheet, null, null, null);
        }
        if (p.column() < 0) {
            return new SheetProblem("%s!%d:%d".formatted(sheet, p.row(), p.row()),
                    "%s表第%d行：%s".formatted(sheet, p.row(), zh), "%s, row %d: %s".formatted(sheetEn, p.row(), en),
                    sheet, p.row(), null, null);
        }
        String column = CellReference.convertNumToColString(p.column());
        String field = sheet + "!" + column + p.row();
        if (f.needsSubject()) {
            return new SheetProblem(field, "%s表第%d行：“%s”%s（%s列）".formatted(sheet, p.row(), p.header(), zh, column),
                    "%s, row %d: %s %s (column %s)".formatted(sheetEn, p.row(), p.headerEn(), en, column),
                    sheet, p.row(), column, p.header());
        }
        return new SheetProblem(field, "%s表第%d行：%s（%s列“%s”）".formatted(sheet, p.row(), zh, column, p.header()),
                "%s, row %d: %s (column %s, %s)".formatted(sheetEn, p.row(), en, column, p.headerEn()),
                sheet, p.row(), column, p.header());
    }

    /** "（与organizations[3]相同）" reads "（与第5行相同）" in a workbook. */
    private String rewriteIndexes(String message, boolean chinese) {
        Matcher m = INDEX_REFERENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Integer> rows = m.group(1).equals("communities") ? communityRows : organizationRows;
            int index = Integer.parseInt(m.group(2));
            String replacement = index < rows.size()
                    ? (chinese ? "第" + rows.get(index) + "行" : "row " + rows.get(index)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- sheets and headers ----

    private Map<String, Sheet> findSheets(Workbook workbook) {
        Map<String, Sheet> sheets = new HashMap<>();
        for (Sheet sheet : workbook) {
            String name = ExcelLayout.normalize(sheet.getSheetName()).toLowerCase(Locale.ROOT);
            ExcelLayout.SHEET_NAMES.forEach((key, aliases) -> {
                if (!sheets.containsKey(key) && aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name)
                        || name.equals(ExcelLayout.normalize(a + "(" + ExcelLayout.SHEET_EN.get(key) + ")")
                                .toLowerCase(Locale.ROOT)))) {
                    sheets.put(key, sheet);
                    sheetNames.put(key, sheet.getSheetName());
                }
            });
        }
        return sheets;
    }

    /** The columns of a table sheet by key, and the first data row (0-based). */
    private record Header(Map<String, Integer> columns, Map<String, String> headers, int firstDataRow) {

        Integer column(String key) {
            return columns.get(key);
        }
    }

    private Header header(Sheet sheet, String sheetKey, List<ExcelLayout.Column> fixed) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        Row chinese = sheet.getRow(0);
        Row english = sheet.getRow(1);
        boolean englishRow = false;
        int width = Math.max(chinese == null ? 0 : chinese.getLastCellNum(), english == null ? 0 : english.getLastCellNum());
        for (int c = 0; c < width; c++) {
            String zh = chinese == null ? null : CellText.raw(chinese.getCell(c));
            String en = english == null ? null : CellText.raw(english.getCell(c));
            String keyFromEnglish = key(en, fixed);
            if (keyFromEnglish != null && en != null && !en.matches(".*[\\u4e00-\\u9fff].*")) {
                englishRow = true;
            }
            String key = Optional.ofNullable(key(zh, fixed)).orElse(keyFromEnglish);
            if (key == null) {
                continue;
            }
            if (columns.containsKey(key)) {
                found.add(new Found(new Place(sheetKey, 1, c, label(zh, en), key), "与%s列重复".formatted(
                        CellReference.convertNumToColString(columns.get(key))), "repeats column "
                        + CellReference.convertNumToColString(columns.get(key)), false));
                continue;
            }
            columns.put(key, c);
            headers.put(key, label(zh, en));
        }
        for (ExcelLayout.Column column : fixed) {
            if (column.required() && !columns.containsKey(column.key())) {
                found.add(new Found(Place.sheet(sheetKey), "缺少必填列“%s”（%s）".formatted(column.zh(), column.key()),
                        "the required column \"%s\" (%s) is missing".formatted(column.zh(), column.key()), false));
            }
        }
        return new Header(columns, headers, englishRow ? ExcelLayout.FIRST_DATA_ROW : 1);
    }

    private static String label(String zh, String en) {
        return zh != null ? zh.replace("*", "").trim() : en;
    }

    /** The column key a header names: its Chinese header or English key, or a numbered need/capability. */
    private static String key(String header, List<ExcelLayout.Column> fixed) {
        if (header == null) {
            return null;
        }
        String h = ExcelLayout.normalize(header);
        for (ExcelLayout.Column column : fixed) {
            if (h.equals(ExcelLayout.normalize(column.zh())) || h.equalsIgnoreCase(column.key())
                    || h.equals(ExcelLayout.normalize(column.zh()) + column.key())) {
                return column.key();
            }
        }
        Matcher m = NUMBERED.matcher(h);
        if (m.matches()) {
            String family = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "需求", "need" -> "need";
                case "优先级", "priority" -> "priority";
                default -> "capability";
            };
            return family + Integer.parseInt(m.group(2));
        }
        return null;
    }

    private static int numbered(Header header, String family) {
        return header.columns().keySet().stream().filter(k -> k.matches(family + "\\d+"))
                .mapToInt(k -> Integer.parseInt(k.substring(family.length()))).max().orElse(0);
    }

    /** The data rows of a sheet that are not blank, each with its Excel row number. */
    private List<Row> dataRows(Sheet sheet, String sheetKey, Header header) {
        List<Row> rows = new ArrayList<>();
        for (int r = header.firstDataRow(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || header.columns().values().stream().allMatch(c -> CellText.raw(row.getCell(c)) == null)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                found.add(new Found(Place.sheet(sheetKey), "超过%d行，请分开导入".formatted(MAX_ROWS),
                        "more than %d rows; import them in parts".formatted(MAX_ROWS), false));
                break;
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            found.add(new Found(Place.sheet(sheetKey), "没有数据行（从第%d行起填写）".formatted(header.firstDataRow() + 1),
                    "has no data rows (they start in row %d)".formatted(header.firstDataRow() + 1), false));
        }
        return rows;
    }

    // ---- the two table sheets ----

    private List<CommunityDocument> readCommunities(Sheet sheet) {
        Header header = header(sheet, ExcelLayout.COMMUNITIES, ExcelLayout.communityColumns(0));
        int needs = Math.max(numbered(header, "need"), numbered(header, "priority"));
        List<CommunityDocument> communities = new ArrayList<>();
        places.put("communities", Place.sheet(ExcelLayout.COMMUNITIES));
        for (Row row : dataRows(sheet, ExcelLayout.COMMUNITIES, header)) {
            String path = "communities[" + communities.size() + "]";
            RowReader r = new RowReader(ExcelLayout.COMMUNITIES, row, header, path);
            communityRows.add(row.getRowNum() + 1);
            List<NeedDocument> needList = new ArrayList<>();
            for (int k = 1; k <= needs; k++) {
                String code = r.text("need" + k, null);
                String needPath = path + ".needs[" + needList.size() + "]";
                Integer priority = r.integer("priority" + k, needPath + ".priority");
                if (code == null) {
                    if (priority != null) {
                        r.problem("priority" + k, "填写了优先级但没有对应的需求%d".formatted(k),
                                "a priority without need " + k);
                    }
                    continue;
                }
                r.at("need" + k, needPath);
                r.at("need" + k, needPath + ".code");
                needList.add(new NeedDocument(ExcelLayout.serviceCode(code), priority));
            }
            communities.add(new CommunityDocument(r.text("id", path + ".id"), r.text("name", path + ".name"),
                    r.text("street", path + ".street"), r.location(path + ".location"),
                    r.integer("population", path + ".population"), needList,
                    r.integer("minMembers", path + ".minMembers"), r.integer("maxMembers", path + ".maxMembers"),
                    null));
        }
        return communities;
    }

    private List<OrganizationDocument> readOrganizations(Sheet sheet) {
        Header header = header(sheet, ExcelLayout.ORGANIZATIONS, ExcelLayout.organizationColumns(0));
        int capabilityColumns = numbered(header, "capability");
        List<OrganizationDocument> organizations = new ArrayList<>();
        places.put("organizations", Place.sheet(ExcelLayout.ORGANIZATIONS));
        for (Row row : dataRows(sheet, ExcelLayout.ORGANIZATIONS, header)) {
            String path = "organizations[" + organizations.size() + "]";
            RowReader r = new RowReader(ExcelLayout.ORGANIZATIONS, row, header, path);
            organizationRows.add(row.getRowNum() + 1);
            OrganizationType type = null;
            String typeText = r.text("type", path + ".type");
            if (typeText != null) {
                type = ExcelLayout.type(typeText).orElse(null);
                if (type == null) {
                    r.unreadable("type", path + ".type", "单位类型“%s”无效，应为：%s".formatted(typeText,
                            Arrays.stream(OrganizationType.values()).map(OrganizationType::zh)
                                    .collect(Collectors.joining("、"))),
                            "\"%s\" is not an organization type: %s".formatted(typeText, Arrays.stream(
                                    OrganizationType.values()).map(OrganizationType::en).collect(Collectors.joining(", "))));
                }
            }
            List<String> capabilities = new ArrayList<>();
            for (int k = 1; k <= capabilityColumns; k++) {
                String code = r.text("capability" + k, null);
                if (code != null) {
                    r.at("capability" + k, path + ".capabilities[" + capabilities.size() + "]");
                    capabilities.add(ExcelLayout.serviceCode(code));
                }
            }
            Boolean pinned = null;
            String pinnedText = r.text("pinned", path + ".pinned");
            if (pinnedText != null) {
                pinned = ExcelLayout.yesNo(pinnedText).orElse(null);
                if (pinned == null) {
                    r.unreadable("pinned", path + ".pinned", "“锁定”应填“是”或“否”，实际为“%s”".formatted(pinnedText),
                            "pinned must be 是 (yes) or 否 (no), not \"%s\"".formatted(pinnedText));
                }
            }
            organizations.add(new OrganizationDocument(r.text("id", path + ".id"), r.text("name", path + ".name"),
                    type, r.text("street", path + ".street"), r.location(path + ".location"),
                    r.text("homeCommunity", path + ".homeCommunity"), r.integer("partyMembers", path + ".partyMembers"),
                    capabilities.isEmpty() ? null : capabilities,
                    r.text("currentCommunity", path + ".currentCommunity"), Boolean.TRUE.equals(pinned) ? true : null,
                    r.list("excludedCommunities", path + ".excludedCommunities", false),
                    r.list("blackoutDates", path + ".blackoutDates", true),
                    r.text("community", path + ".community")));
        }
        return organizations;
    }

    /** Community references may name the community instead of giving its id. */
    private static List<OrganizationDocument> resolveCommunityReferences(List<CommunityDocument> communities,
            List<OrganizationDocument> organizations) {
        Set<String> ids = communities.stream().map(CommunityDocument::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, List<String>> byName = communities.stream().filter(c -> c.id() != null && c.name() != null)
                .collect(Collectors.groupingBy(c -> c.name().trim(), Collectors.mapping(CommunityDocument::id,
                        Collectors.toList())));
        java.util.function.UnaryOperator<String> resolve = ref -> {
            if (ref == null || ids.contains(ref)) {
                return ref;
            }
            List<String> named = byName.get(ref.trim());
            return named != null && named.size() == 1 ? named.get(0) : ref;
        };
        return organizations.stream().map(o -> o.withHomeCommunity(resolve.apply(o.homeCommunity()))
                .withCurrentCommunity(resolve.apply(o.currentCommunity()))
                .withExcludedCommunities(o.excludedCommunities() == null ? null
                        : o.excludedCommunities().stream().map(resolve).toList())
                .withCommunity(resolve.apply(o.community()))).toList();
    }

    // ---- the two key–value sheets ----

    /** A value of a key–value sheet with its place. */
    private record Value(Cell cell, Place place) {
    }

    private Map<String, List<Value>> readItems(Sheet sheet, String sheetKey, List<ExcelLayout.Item> items) {
        Map<String, ExcelLayout.Item> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(item.key().toLowerCase(Locale.ROOT), item));
        Map<String, ExcelLayout.Item> byLabel = new HashMap<>();
        items.forEach(item -> byLabel.put(ExcelLayout.normalize(item.zh()), item));
        List<ExcelLayout.Column> columns = List.of(new ExcelLayout.Column("item", "项目", "", false),
                new ExcelLayout.Column("value", "值", "", true), new ExcelLayout.Column("key", "键", "", false));
        Header header = header(sheet, sheetKey, columns);
        Map<String, List<Value>> values = new LinkedHashMap<>();
        Integer valueColumn = header.column("value");
        if (valueColumn == null) {
            return values;
        }
        for (int r = header.firstDataRow(); r <= Math.min(sheet.getLastRowNum(), header.firstDataRow() + 10_000); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String keyText = header.column("key") == null ? null : CellText.raw(row.getCell(header.column("key")));
            String labelText = header.column("item") == null ? null : CellText.raw(row.getCell(header.column("item")));
            Cell value = row.getCell(valueColumn);
            if (CellText.raw(value) == null) {
                continue;
            }
            ExcelLayout.Item item = keyText != null ? byKey.get(keyText.trim().toLowerCase(Locale.ROOT))
                    : labelText != null ? byLabel.get(ExcelLayout.normalize(labelText)) : null;
            Place place = new Place(sheetKey, r + 1, valueColumn, item != null ? item.zh()
                    : labelText != null ? labelText : "值", item != null ? item.key() : "value");
            if (item == null) {
                String what = keyText != null ? keyText : labelText != null ? labelText : "";
                found.add(new Found(new Place(sheetKey, r + 1, -1, null, null), "未知的项目“%s”".formatted(what),
                        "unknown item \"%s\"".formatted(what), false));
                continue;
            }
            values.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(new Value(value, place));
        }
        return values;
    }

    private Value single(Map<String, List<Value>> values, String key) {
        List<Value> list = values.get(key);
        if (list == null) {
            return null;
        }
        for (Value extra : list.subList(1, list.size())) {
            found.add(new Found(new Place(extra.place().sheet(), extra.place().row(), -1, null, null),
                    "项目“%s”重复".formatted(extra.place().header()), "item %s given twice".formatted(key), false));
        }
        return list.get(0);
    }

    private String text(Map<String, List<Value>> values, String key) {
        Value v = single(values, key);
        if (v == null) {
            return null;
        }
        places.put(key, v.place());
        return CellText.raw(v.cell());
    }

    private Integer integer(Map<String, List<Value>> values, String key, String path) {
        return (Integer) number(values, key, path, true);
    }

    private Double decimal(Map<String, List<Value>> values, String key, String path) {
        return (Double) number(values, key, path, false);
    }

    private Object number(Map<String, List<Value>> values, String key, String path, boolean whole) {
        Value v = single(values, key);
        if (v == null) {
            return null;
        }
        places.put(path, v.place());
        Object number = CellText.number(v.cell(), whole);
        if (number instanceof NotANumber problem) {
            unreadable.add(path);
            found.add(new Found(v.place(), problem.zh(), problem.en(), true));
            return null;
        }
        return number;
    }

    private RulesDocument rulesDocument(Map<String, List<Value>> rules) {
        SizeBalance balance = null;
        String balanceText = text(rules, "sizeBalance");
        if (balanceText != null) {
            places.put("rules.sizeBalance", places.get("sizeBalance"));
            balance = ExcelLayout.sizeBalance(balanceText).orElse(null);
            if (balance == null) {
                unreadable.add("rules.sizeBalance");
                found.add(new Found(places.get("sizeBalance"), "应为“按人口”或“平均”，实际为“%s”".formatted(balanceText),
                        "must be 按人口 (BY_POPULATION) or 平均 (EQUAL), not \"%s\"".formatted(balanceText), true));
            }
        }
        Double maxDistance = decimal(rules, "maxDistanceKm", "rules.maxDistanceKm");
        Integer maxMoves = integer(rules, "maxMoves", "rules.maxMoves");
        List<TypeQuotaDocument> quotas = new ArrayList<>();
        for (OrganizationType type : OrganizationType.values()) {
            String path = "rules.typeQuotas[" + quotas.size() + "]";
            Integer min = integer(rules, "typeQuota." + type.name() + ".min", path + ".min");
            Integer max = integer(rules, "typeQuota." + type.name() + ".max", path + ".max");
            if (rules.containsKey("typeQuota." + type.name() + ".min")
                    || rules.containsKey("typeQuota." + type.name() + ".max")) {
                Place first = places.getOrDefault(path + ".min", places.get(path + ".max"));
                places.put(path, first);
                places.put(path + ".type", first);
                quotas.add(new TypeQuotaDocument(type, min, max));
            }
        }
        if (balance == null && maxDistance == null && maxMoves == null && quotas.isEmpty()) {
            return null;
        }
        return new RulesDocument(balance, maxDistance, quotas.isEmpty() ? null : quotas, maxMoves);
    }

    private Map<String, Long> weights(Map<String, List<Value>> rules) {
        Map<String, Long> weights = new TreeMap<>();
        rules.keySet().stream().filter(k -> k.startsWith("weight.")).forEach(key -> {
            String name = key.substring("weight.".length());
            Integer weight = integer(rules, key, "weights." + name);
            if (weight != null) {
                weights.put(name, weight.longValue());
            }
        });
        return weights.isEmpty() ? null : weights;
    }

    private CalendarDocument calendarDocument(Map<String, List<Value>> items) {
        if (items.isEmpty()) {
            return null;
        }
        Integer year = integer(items, "year", "calendar.year");
        if (year == null) {
            if (!items.containsKey("year")) {
                Value any = items.values().iterator().next().get(0);
                found.add(new Found(Place.sheet(any.place().sheet()), "填写了日程但没有填写“年度”",
                        "the calendar has no year", false));
            }
            return null;
        }
        places.put("calendar", places.get("calendar.year"));
        String themed = text(items, "themedPartyDay");
        if (themed != null) {
            places.put("calendar.themedPartyDay", places.get("themedPartyDay"));
        }
        String window = dateText(single(items, "reviewWindow"), "calendar.reviewWindow");
        return new CalendarDocument(year, days(items.get("holiday"), "calendar.holidays"),
                days(items.get("extraWorkday"), "calendar.extraWorkdays"),
                themed == null ? null : ExcelLayout.themedPartyDayCode(themed), window,
                integer(items, "reviewsPerDay", "calendar.reviewsPerDay"),
                integer(items, "minGapDays", "calendar.minGapDays"),
                integer(items, "maxActivitiesPerStreetPerDay", "calendar.maxActivitiesPerStreetPerDay"));
    }

    private String dateText(Value v, String path) {
        if (v == null) {
            return null;
        }
        places.put(path, v.place());
        return CellText.dates(v.cell()).stream().findFirst().orElse(null);
    }

    private List<String> days(List<Value> values, String path) {
        if (values == null) {
            return null;
        }
        List<String> days = new ArrayList<>();
        for (Value v : values) {
            for (String day : CellText.dates(v.cell())) {
                places.put(path + "[" + days.size() + "]", v.place());
                days.add(day);
            }
        }
        return days;
    }

    // ---- cells ----

    /** Reads the cells of one data row, recording where each field came from. */
    private final class RowReader {

        private final String sheetKey;
        private final Row row;
        private final Header header;

        RowReader(String sheetKey, Row row, Header header, String path) {
            this.sheetKey = sheetKey;
            this.row = row;
            this.header = header;
            places.put(path, new Place(sheetKey, row.getRowNum() + 1, -1, null, null));
        }

        Place place(String key) {
            Integer column = header.column(key);
            return column == null ? null : new Place(sheetKey, row.getRowNum() + 1, column, header.headers().get(key),
                    key.replaceAll("\\d+$", ""));
        }

        void at(String key, String path) {
            Place place = place(key);
            if (place != null && path != null) {
                places.put(path, place);
            }
        }

        private Cell cell(String key) {
            Integer column = header.column(key);
            return column == null ? null : row.getCell(column);
        }

        String text(String key, String path) {
            at(key, path);
            return CellText.raw(cell(key));
        }

        Integer integer(String key, String path) {
            return (Integer) number(key, path, true);
        }

        Double decimal(String key, String path) {
            return (Double) number(key, path, false);
        }

        private Object number(String key, String path, boolean whole) {
            at(key, path);
            Object value = CellText.number(cell(key), whole);
            if (value instanceof NotANumber problem) {
                unreadable(key, path, problem.zh(), problem.en());
                return null;
            }
            return value;
        }

        LocationDocument location(String path) {
            at("lat", path);
            return new LocationDocument(decimal("lat", path + ".lat"), decimal("lon", path + ".lon"));
        }

        List<String> list(String key, String path, boolean dates) {
            at(key, path);
            Cell cell = cell(key);
            List<String> values = dates ? CellText.dates(cell) : CellText.split(CellText.raw(cell));
            for (int i = 0; i < values.size(); i++) {
                at(key, path + "[" + i + "]");
            }
            return values.isEmpty() ? null : values;
        }

        void problem(String key, String zh, String en) {
            found.add(new Found(place(key), zh, en, false));
        }

        void unreadable(String key, String path, String zh, String en) {
            if (path != null) {
                unreadable.add(path);
            }
            found.add(new Found(place(key), zh, en, zh.startsWith("应为")));
        }
    }

    /** Cell values as text, numbers and dates, whatever the cell's type (formulas by their cached value). */
    static final class CellText {

        private CellText() {
        }

        static String raw(Cell cell) {
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            String text = switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : plain(cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
                default -> null;
            };
            if (text == null) {
                return null;
            }
            text = text.replace('\u00a0', ' ').replace('\u3000', ' ').trim();
            return text.isEmpty() ? null : text;
        }

        static String plain(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return String.valueOf((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        /** An Integer, a Double, null for a blank cell, or {@link NotANumber} saying what is wrong. */
        static Object number(Cell cell, boolean whole) {
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            double value;
            String text;
            if (type == CellType.NUMERIC) {
                value = cell.getNumericCellValue();
                text = plain(value);
            } else {
                text = raw(cell);
                if (text == null) {
                    return null;
                }
                try {
                    value = Double.parseDouble(text.replace('，', '.').replace(",", ""));
                } catch (NumberFormatException e) {
                    return NotANumber.of(whole, text);
                }
            }
            if (!Double.isFinite(value) || whole && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
                return NotANumber.of(whole, text);
            }
            return whole ? (Object) (int) value : (Object) value;
        }

        /** Dates and ranges in a cell, as ISO text: a date cell, 2026-06-07, 2026年6月7日, ranges with / 至 ~. */
        static List<String> dates(Cell cell) {
            if (cell == null) {
                return List.of();
            }
            String raw = CellText.raw(cell);
            if (raw == null) {
                return List.of();
            }
            List<String> days = new ArrayList<>();
            for (String part : split(raw)) {
                String range = part.replaceAll("\\s*(至|到|~|～|—)\\s*", "/");
                String[] ends = range.split("/");
                if (ends.length == 2 || ends.length == 1) {
                    days.add(Arrays.stream(ends).map(CellText::isoDate).collect(Collectors.joining("/")));
                } else {
                    days.add(part);
                }
            }
            return days;
        }

        private static String isoDate(String text) {
            Matcher m = CHINESE_DATE.matcher(text.trim());
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))).toString();
                } catch (RuntimeException e) {
                    return text.trim();
                }
            }
            return text.trim();
        }

        static List<String> split(String text) {
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
