package org.allianceplanner.lists;

/** What a resource's capacity counts: times a year, volunteer-days, or a budget in yuan. */
public enum CapacityUnit {
    TIMES("次/年", "times a year"),
    VOLUNTEER_DAYS("志愿者人天", "volunteer-days"),
    BUDGET_YUAN("元", "yuan");

    private final String zh;
    private final String en;

    CapacityUnit(String zh, String en) {
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
