package org.allianceplanner.lists;

/** Where a need was gathered: the report's joint visits and forums, the hotline, a joint meeting. */
public enum NeedSource {
    JOINT_VISIT("联合走访", "joint visit"),
    FORUM("座谈", "forum"),
    HOTLINE("热线", "hotline"),
    JOINT_MEETING("联席会议", "joint meeting"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    NeedSource(String zh, String en) {
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
