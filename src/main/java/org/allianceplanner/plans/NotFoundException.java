package org.allianceplanner.plans;

/** Something named in a request that does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String title;

    public NotFoundException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public static NotFoundException plan(String id) {
        return new NotFoundException("方案不存在 / Plan not found", "No plan with id " + id);
    }

    public static NotFoundException scope(String scope) {
        return new NotFoundException("范围无已确定方案 / No adopted plan in this scope",
                "No plan has been adopted for scope \"" + scope + "\"");
    }

    public String title() {
        return title;
    }
}
