package org.allianceplanner.plans;

/** Where a submitted plan is in its life. */
public enum PlanState {
    QUEUED("排队中"),
    SOLVING("求解中"),
    SOLVED("已完成"),
    STOPPED("已停止"),
    FAILED("失败");

    private final String zh;

    PlanState(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public boolean isFinished() {
        return this == SOLVED || this == STOPPED || this == FAILED;
    }
}
