package org.allianceplanner.plans;

/** Where a plan lives in the API, for answers that point to it. */
public final class PlanUrls {

    private PlanUrls() {
    }

    public static String of(String id) {
        return "/api/plans/" + id;
    }

    public static String status(String id) {
        return of(id) + "/status";
    }

    /** The comparison of plan {@code id} with plan {@code against}. */
    public static String diff(String id, String against) {
        return of(id) + "/diff?against=" + against;
    }
}
