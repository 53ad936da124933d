package org.allianceplanner.benchmark.weights;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The columns of the comparison table, shared by the console, the CSV and the HTML page: a Chinese
 * and an English header, a unit, how to read the value from a result and, for KPIs, which way is
 * better (for the charts).
 */
public enum WeightsColumn {
    PROFILE("权重方案", "profile", null, "方案", "profile", null, 0, (r, c) -> r.profile().name()),
    TITLE("名称", "title", null, null, null, null, 0, (r, c) -> r.profile().title()),
    SCORE("得分(不可跨方案比较)", "score (not comparable across profiles)", null, "得分", "score", null, 0,
            (r, c) -> r.score()),
    FEASIBLE("可行", "feasible", null, "可行", "feas.", null, 0, (r, c) -> r.feasible() ? "是 yes" : "否 no"),
    TIME_TO_FEASIBLE("达到可行用时", "time to feasible", "s", "可行用时", "to feas. s", Better.LOWER, 1,
            (r, c) -> seconds(r.timeToFeasible())),
    MEAN_DISTANCE("平均距离", "mean distance", "km", "平均距离", "mean km", Better.LOWER, 2,
            (r, c) -> r.kpis().meanDistanceKm()),
    MAX_DISTANCE("最远距离", "max distance", "km", "最远距离", "max km", Better.LOWER, 2,
            (r, c) -> r.kpis().maxDistanceKm()),
    NEEDS_COVERED("需求覆盖率(按优先级加权)", "needs covered (weighted)", "%", "需求覆盖", "needs %", Better.HIGHER, 1,
            (r, c) -> r.kpis().needsCoveredPercent()),
    MEMBERS_STD_DEV("成员数标准差", "members std dev", null, "成员标准差", "members sd", Better.LOWER, 2,
            (r, c) -> r.kpis().membersStdDev()),
    MIN_MEMBERS("最少成员数", "min members", null, "最少", "min", null, 0, (r, c) -> r.kpis().minMembers()),
    MAX_MEMBERS("最多成员数", "max members", null, "最多", "max", null, 0, (r, c) -> r.kpis().maxMembers()),
    PARTY_MEMBERS_GINI("党员人数基尼系数", "party-member Gini", null, "党员基尼", "Gini", Better.LOWER, 3,
            (r, c) -> r.kpis().partyMembersGini()),
    UNASSIGNED("未分配", "unassigned", null, "未分配", "unassigned", Better.LOWER, 0,
            (r, c) -> r.kpis().unassigned()),
    AWAY_FROM_HOME("驻区单位未入本社区", "away from home", null, "非本社区", "away", Better.LOWER, 0,
            (r, c) -> r.kpis().awayFromHome()),
    MOVED_FROM_CURRENT("调离现有社区", "moved vs current", null, "调整", "moved", Better.LOWER, 0,
            (r, c) -> c.hasCurrent() ? r.kpis().movedFromCurrent() : null);

    /** Which way a KPI is better, for highlighting the best bar. */
    public enum Better {
        LOWER, HIGHER
    }

    private final String zh;
    private final String en;
    private final String unit;
    private final String shortZh;
    private final String shortEn;
    private final Better better;
    private final int decimals;
    private final BiFunction<ProfileResult, WeightsComparison, Object> value;

    WeightsColumn(String zh, String en, String unit, String shortZh, String shortEn, Better better, int decimals,
            BiFunction<ProfileResult, WeightsComparison, Object> value) {
        this.zh = zh;
        this.en = en;
        this.unit = unit;
        this.shortZh = shortZh;
        this.shortEn = shortEn;
        this.better = better;
        this.decimals = decimals;
        this.value = value;
    }

    /** "平均距离 mean distance (km)". */
    public String header() {
        return zh + " " + en + (unit == null ? "" : " (" + unit + ")");
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The unit, or null. */
    public String unit() {
        return unit;
    }

    /** Short headers for the console; null: the column is not printed there. */
    public String shortZh() {
        return shortZh;
    }

    public String shortEn() {
        return shortEn;
    }

    /** Decimals of the value as text. */
    public int decimals() {
        return decimals;
    }

    /** Which way is better; null for columns that are not compared (name, score, min and max). */
    public Better better() {
        return better;
    }

    /**
     * The value as a number for charts, rounded as the text shows it (so that two profiles shown alike
     * compare alike); null when there is none or it is not a number.
     */
    public Double number(ProfileResult result, WeightsComparison comparison) {
        Object v = value.apply(result, comparison);
        if (!(v instanceof Number n)) {
            return null;
        }
        return java.math.BigDecimal.valueOf(n.doubleValue()).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The value as text with this column's decimals (dot decimal separator); "" when there is none. */
    public String text(ProfileResult result, WeightsComparison comparison) {
        Object v = value.apply(result, comparison);
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            return String.format(Locale.ROOT, "%." + decimals + "f", ((Number) v).doubleValue());
        }
        return v.toString();
    }

    private static Double seconds(Duration d) {
        return d == null ? null : d.toMillis() / 1000.0;
    }
}
