package org.allianceplanner.excel;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.VocabularyEntryDocument;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;
import org.allianceplanner.model.ThemedPartyDay;

/**
 * The problem workbook's layout, shared by the template writer and the importer: its sheets, their
 * columns (a Chinese header in the first row, the English field name in the second) and the rows of
 * the two key–value sheets, and the Chinese labels a planner may write instead of codes.
 */
public final class ExcelLayout {

    public static final String COMMUNITIES = "社区";
    public static final String ORGANIZATIONS = "单位";
    public static final String RULES = "规则";
    public static final String CALENDAR = "日程";
    public static final String README = "说明";
    public static final String CODES = "代码表";
    public static final String VOCABULARY = "自定义代码";

    /** The first data row (0-based): two header rows above it. */
    public static final int FIRST_DATA_ROW = 2;

    /** How many need and capability columns a template offers when the data needs fewer. */
    public static final int LIST_COLUMNS = 6;

    /**
     * One column of a table sheet: its key (also the English header and the document's field), its
     * Chinese header and note, whether it is required, and the value the writer puts in it for an item
     * of type {@code T} (a number, or text the reader reads back). The reader matches headers against
     * the same columns and reads each by its key.
     */
    public record Column<T>(String key, String zh, String note, boolean required, Function<T, Object> value) {

        /** The key without a trailing number: need3 → need. */
        public String family() {
            return key.replaceAll("\\d+$", "");
        }
    }

    private static <T> Column<T> column(String key, String zh, String note, boolean required, Function<T, Object> value) {
        return new Column<>(key, zh, note, required, value);
    }

    /** One row of a key–value sheet (规则, 日程). */
    public record Item(String key, String zh, String note) {
    }

    /** The sheets an imported workbook is known by, in Chinese and English. */
    static final Map<String, List<String>> SHEET_NAMES = Map.of(
            COMMUNITIES, List.of("社区", "communities", "社区communities", "社区表"),
            ORGANIZATIONS, List.of("单位", "organizations", "单位organizations", "单位表", "单位党组织"),
            RULES, List.of("规则", "rules", "规则rules"),
            CALENDAR, List.of("日程", "calendar", "日程calendar"),
            VOCABULARY, List.of("自定义代码", "owncodes", "vocabulary", "自定义代码owncodes", "自定义代码vocabulary",
                    "词汇", "词汇表", "自定义需求"));

    static final Map<String, String> SHEET_EN = Map.of(COMMUNITIES, "Communities", ORGANIZATIONS, "Organizations",
            RULES, "Rules", CALENDAR, "Calendar", README, "Read me", CODES, "Codes", VOCABULARY, "Own codes");

    private ExcelLayout() {
    }

    public static List<Column<CommunityDocument>> communityColumns(int needColumns) {
        return communityColumns(needColumns, ServiceNames.SHARED);
    }

    static List<Column<CommunityDocument>> communityColumns(int needColumns, ServiceNames names) {
        List<Column<CommunityDocument>> columns = new ArrayList<>(List.of(
                column("id", "社区编号", "必填，全表唯一，如 yingchun 或 500231001", true, CommunityDocument::id),
                column("name", "社区名称", "必填，如 迎春社区", true, CommunityDocument::name),
                column("street", "所属街道", "如 桂溪街道；用于“属地优先”和按街道导出", false, CommunityDocument::street),
                column("lat", "纬度", "必填，十进制度，如 30.331", true, c -> c.location() == null ? null : c.location().lat()),
                column("lon", "经度", "必填，十进制度，如 107.351", true, c -> c.location() == null ? null : c.location().lon()),
                column("population", "常住人口", "人数；按人口均衡时决定各联合体的份额", false, CommunityDocument::population),
                column("minMembers", "成员单位下限", "联合体至少几个成员单位", false, CommunityDocument::minMembers),
                column("maxMembers", "成员单位上限", "联合体至多几个成员单位", false, CommunityDocument::maxMembers)));
        for (int i = 1; i <= needColumns; i++) {
            int k = i - 1;
            columns.add(column("need" + i, "需求" + i, "社区需求，从下拉列表选择（见代码表），也可写代码", false,
                    c -> nth(c.needs(), k) == null ? null : names.label(nth(c.needs(), k).code())));
            columns.add(column("priority" + i, "优先级" + i, "1、2或3，3为最急迫；空白为1", false,
                    c -> nth(c.needs(), k) == null ? null : nth(c.needs(), k).priority()));
        }
        return columns;
    }

    public static List<Column<OrganizationDocument>> organizationColumns(int capabilityColumns) {
        return organizationColumns(capabilityColumns, ServiceNames.SHARED);
    }

    static List<Column<OrganizationDocument>> organizationColumns(int capabilityColumns, ServiceNames names) {
        List<Column<OrganizationDocument>> columns = new ArrayList<>(List.of(
                column("id", "单位编号", "必填，全表唯一", true, OrganizationDocument::id),
                column("name", "单位名称", "必填，如 县检察院", true, OrganizationDocument::name),
                column("type", "单位类型", "必填：机关、学校、医院、国有企业、非公企业、社会组织或县级领导", true,
                        o -> o.type() == null ? null : o.type().zh()),
                column("street", "所属街道", "单位所在街道", false, OrganizationDocument::street),
                column("lat", "纬度", "必填，十进制度", true, o -> o.location() == null ? null : o.location().lat()),
                column("lon", "经度", "必填，十进制度", true, o -> o.location() == null ? null : o.location().lon()),
                column("homeCommunity", "驻区社区编号", "驻区单位所在的社区（编号或名称）；不是驻区单位则空白", false,
                        OrganizationDocument::homeCommunity),
                column("partyMembers", "党员人数", "整数", false, OrganizationDocument::partyMembers)));
        for (int i = 1; i <= capabilityColumns; i++) {
            int k = i - 1;
            columns.add(column("capability" + i, "职能" + i, "单位能提供的服务，从下拉列表选择（见代码表）", false,
                    o -> nth(o.capabilities(), k) == null ? null : names.label(nth(o.capabilities(), k))));
        }
        columns.addAll(List.of(
                column("excludedCommunities", "排除社区编号", "不得分入的社区，多个用顿号、逗号或分号分隔", false,
                        o -> o.excludedCommunities() == null ? null : String.join("、", o.excludedCommunities())),
                column("blackoutDates", "不便参加日期", "如 2026-06-07/2026-06-09，多个用顿号分隔", false,
                        o -> o.blackoutDates() == null ? null : String.join("、", o.blackoutDates())),
                column("currentCommunity", "现所在社区编号", "现行方案中所在的社区（调整时保持稳定）", false,
                        OrganizationDocument::currentCommunity),
                column("pinned", "锁定", "“是”则保持分配社区（或现所在社区）不变", false, o -> o.pinnedOrDefault() ? "是" : null),
                column("community", "分配社区编号", "方案中的社区；导入后求解会从这里开始，空白由求解器分配", false,
                        OrganizationDocument::community)));
        return columns;
    }

    /** The columns of 自定义代码: a problem's own need and capability codes with their names. */
    static List<Column<VocabularyEntryDocument>> vocabularyColumns() {
        return List.of(
                column("code", "代码", "必填，全表唯一，不能与代码表中的共用代码相同，如 FLOOD_WATCH", true,
                        VocabularyEntryDocument::code),
                column("name", "中文名称", "必填，至多60字；需求、职能列中可填写此名称或代码", true,
                        VocabularyEntryDocument::name),
                column("nameEn", "英文名称", "English name，至多80个字符；空白则英文中也用中文名称", false,
                        VocabularyEntryDocument::nameEn));
    }

    /** The columns of a key–value sheet (规则, 日程): item, value, key, note. */
    static List<Column<Item>> itemColumns() {
        return List.of(column("item", "项目", "", false, Item::zh), column("value", "值", "", true, item -> null),
                column("key", "键", "", false, Item::key), column("note", "说明", "", false, Item::note));
    }

    private static <T> T nth(List<T> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }

    public static List<Item> ruleItems() {
        List<Item> items = new ArrayList<>(List.of(
                new Item("name", "方案名称", "如 垫江县城市基层党建联合体2027"),
                new Item("scope", "适用范围", "县或街道；确定方案和调整按范围进行，空白同方案名称"),
                new Item("sizeBalance", "均衡方式", "按人口 或 平均；空白为平均"),
                new Item("maxDistanceKm", "最大距离（公里）", "单位到社区的最远距离；空白为不限"),
                new Item("maxMoves", "调整单位上限", "相对现所在社区最多调整几个单位；空白为不限")));
        for (OrganizationType type : OrganizationType.values()) {
            items.add(new Item("typeQuota." + type.name() + ".min", "每个联合体" + type.zh() + "至少",
                    "空白为不限；合江县第一书记：县级领导至少1、至多1"));
            items.add(new Item("typeQuota." + type.name() + ".max", "每个联合体" + type.zh() + "至多", "空白为不限"));
        }
        for (AllianceConstraint c : AllianceConstraint.values()) {
            items.add(new Item("weight." + c.id(), "权重：" + c.zh(),
                    "默认 %d（%s，%s）；0为关闭；空白用默认".formatted(c.defaultWeight(), c.level().name(), c.unitZh())));
        }
        return items;
    }

    public static List<Item> calendarItems() {
        return List.of(
                new Item("year", "年度", "空白则不排联合活动日程"),
                new Item("themedPartyDay", "主题党日", "全县固定日，如 每月第一个周五（FIRST_FRIDAY）"),
                new Item("reviewWindow", "述职评议时段", "如 2026-12-20/2027-01-20"),
                new Item("reviewsPerDay", "评议组每日评议上限", "默认 3"),
                new Item("minGapDays", "同一联合体活动最小间隔（天）", "默认 7"),
                new Item("maxActivitiesPerStreetPerDay", "街道每日活动上限", "默认 6，0为不限"),
                new Item("holiday", "法定节假日", "每行一个日期或时段，如 2026-10-01/2026-10-07；可加行"),
                new Item("extraWorkday", "调休上班日", "每行一个日期，如 2026-10-10；可加行"));
    }

    // ---- labels a planner may write instead of codes ----

    static Optional<OrganizationType> type(String text) {
        String t = normalize(text);
        return Arrays.stream(OrganizationType.values())
                .filter(type -> t.equals(normalize(type.zh())) || t.equalsIgnoreCase(type.name())
                        || t.equalsIgnoreCase(normalize(type.en())) || t.equals(normalize(type.zh() + type.name())))
                .findFirst()
                .or(() -> t.equals("国企") ? Optional.of(OrganizationType.STATE_ENTERPRISE)
                        : t.equals("民企") || t.equals("非公有制企业") ? Optional.of(OrganizationType.PRIVATE_ENTERPRISE)
                        : t.equals("第一书记") ? Optional.of(OrganizationType.COUNTY_LEADER) : Optional.empty());
    }

    static Optional<SizeBalance> sizeBalance(String text) {
        String t = normalize(text);
        if (t.equalsIgnoreCase("BY_POPULATION") || t.startsWith("按人口")) {
            return Optional.of(SizeBalance.BY_POPULATION);
        }
        if (t.equalsIgnoreCase("EQUAL") || t.startsWith("平均")) {
            return Optional.of(SizeBalance.EQUAL);
        }
        return Optional.empty();
    }

    static String sizeBalanceLabel(SizeBalance balance) {
        return balance == SizeBalance.BY_POPULATION ? "按人口" : "平均";
    }

    /** Every themed party day by its Chinese name (每月第一个周五) and its code. */
    static Map<String, String> themedPartyDays() {
        Map<String, String> days = new LinkedHashMap<>();
        for (String ordinal : List.of("FIRST", "SECOND", "THIRD", "FOURTH", "LAST")) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String code = ordinal + "_" + day;
                days.put(ThemedPartyDay.parse(code).zh(), code);
            }
        }
        return days;
    }

    static String themedPartyDayCode(String text) {
        String t = normalize(text);
        for (Map.Entry<String, String> e : themedPartyDays().entrySet()) {
            if (t.equals(normalize(e.getKey())) || t.equalsIgnoreCase(e.getValue())
                    || t.equals(normalize(e.getKey() + "(" + e.getValue() + ")"))) {
                return e.getValue();
            }
        }
        return text.trim().toUpperCase(Locale.ROOT);
    }

    static Optional<Boolean> yesNo(String text) {
        String t = normalize(text).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "是", "锁定", "y", "yes", "true", "1", "√", "✓", "是的" -> Optional.of(true);
            case "否", "不", "n", "no", "false", "0", "×", "✗", "不锁定" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Without spaces, asterisks and full-width parentheses, for comparing headers and labels. */
    static String normalize(String text) {
        return text == null ? "" : text.replace('（', '(').replace('）', ')').replace("*", "")
                .replaceAll("\\s+", "").trim();
    }
}
