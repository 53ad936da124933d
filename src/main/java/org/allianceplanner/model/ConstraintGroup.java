package org.allianceplanner.model;

/** What a constraint is about, for grouping weights and analyses the way planners think of them. */
public enum ConstraintGroup {
    RULES("分配规则", "allocation rules"),
    LOCALITY("属地优先", "locality first"),
    NEED_MATCH("职能与需求相匹配", "function–need match"),
    BALANCE("数量均衡", "balanced numbers"),
    STABILITY("稳定", "stability"),
    CALENDAR("联合活动日程", "joint activity calendar");

    private final String zh;
    private final String en;

    ConstraintGroup(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
