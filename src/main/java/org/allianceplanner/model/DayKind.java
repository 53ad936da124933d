package org.allianceplanner.model;

/** Which days an activity type may be held on. A make-up Saturday (调休上班) counts as a workday. */
public enum DayKind {
    WORKDAY("工作日", "a workday"),
    WEEKEND("周末", "a weekend day"),
    ANY("任意非节假日", "any day but a holiday");

    private final String zh;
    private final String en;

    DayKind(String zh, String en) {
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
