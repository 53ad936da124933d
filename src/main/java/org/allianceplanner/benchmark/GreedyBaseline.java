package org.allianceplanner.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.AllianceSolvers;

/**
 * The hand method the planners use today, as the yardstick the solver is measured against.
 * <ul>
 * <li>Pinned organizations keep their community and take their room first.</li>
 * <li>Every other organization, in the problem's order, goes to the nearest community that still has
 * room (fewer members than its {@code maxMembers}; no maximum means always room) and that it does not
 * exclude; ties go to the earlier community. If none has room it stays unassigned.</li>
 * <li>Each joint activity that is not pinned gets the first day of its candidate dates (the days of its
 * window its type allows, never a holiday), as a planner takes the first possible day; none if it has
 * no candidate.</li>
 * </ul>
 * Nothing else is looked at: not needs, balance, type quotas, the distance limit or the calendar's
 * per-day limits. That is the point of the comparison; the score says what it costs.
 */
public final class GreedyBaseline {

    /**
     * The baseline plan with its score (set on the plan too) and KPIs.
     *
     * @param spent the time the assignment took (the hand method's work; scoring not included)
     */
    public record Result(AlliancePlan plan, PlanKpis kpis, Duration spent) {
    }

    private GreedyBaseline() {
    }

    /**
     * Assigns the plan in place, as described above, and returns it. Assignments of organizations and
     * activities that are not pinned are replaced. The plan is prepared first if it was not, and its
     * communities' member lists match the new assignment afterwards; it is not scored.
     */
    public static AlliancePlan assign(AlliancePlan plan) {
        PlanPreparation.prepare(plan);
        List<Community> communities = plan.getCommunities();
        int[] members = new int[communities.size()];
        for (Organization organization : plan.getOrganizations()) {
            if (organization.isPinned() && organization.getCommunity() != null) {
                members[organization.getCommunity().getIndex()]++;
            }
        }
        for (Organization organization : plan.getOrganizations()) {
            if (organization.isPinned()) {
                continue;
            }
            Community nearest = null;
            for (Community community : communities) {
                if (!hasRoom(community, members) || organization.getExcludedCommunities().contains(community)) {
                    continue;
                }
                if (nearest == null
                        || organization.distanceMetresTo(community) < organization.distanceMetresTo(nearest)) {
                    nearest = community;
                }
            }
            organization.setCommunity(nearest);
            if (nearest != null) {
                members[nearest.getIndex()]++;
            }
        }
        for (JointActivity activity : plan.getActivities()) {
            if (activity.isPinned()) {
                continue;
            }
            List<LocalDate> candidates = activity.getCandidateDates();
            activity.setDate(candidates.isEmpty() ? null : candidates.get(0));
        }
        // Brings the communities' member lists in step with the new assignment; the distances and
        // targets prepared above stand (preparing again cost the province 52 million distances).
        PlanPreparation.rebuildMembers(plan);
        return plan;
    }

    /** Assigns the plan in place, then scores it with the shared solver configuration and reads its KPIs. */
    public static Result run(AlliancePlan plan) {
        long start = System.nanoTime();
        assign(plan);
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        AllianceSolvers.withDefaults().score(plan);
        return new Result(plan, PlanKpis.of(plan), spent);
    }

    private static boolean hasRoom(Community community, int[] members) {
        Integer max = community.getMaxMembers();
        return max == null || members[community.getIndex()] < max;
    }
}
