package org.allianceplanner.solver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.ConstraintGroup;
import org.allianceplanner.model.JointActivity;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * The calendar part's best possible: the least soft penalty of the calendar's rules (themed party day,
 * gaps, street daily load, spread) over every dating that keeps the calendar's hard rules (allowed dates,
 * one activity of an alliance a day, the review panel's capacity), proven by CP-SAT on {@link CalendarModel}
 * within a time budget. Member blackouts are left out, since they depend on the allocation: so {@code bound}
 * is a lower bound on the calendar part of every plan, and equals its optimum whenever the best dating puts
 * no activity on a member's blackout date. Computed once per problem and weights ({@link #fingerprint}).
 *
 * @param available false when CP-SAT could not run or prove anything ({@code reason} says why)
 * @param bound     the calendar soft penalty no plan can go below (a positive number: −bound soft)
 * @param best      the least penalty of a dating CP-SAT found (in {@code dates}), or null
 * @param optimal   whether {@code best} is proven optimal (then bound = best)
 * @param dates     activity id → date of the best dating found
 */
public record CalendarBound(boolean available, String reason, Long bound, Long best, boolean optimal,
        Map<String, LocalDate> dates, double seconds) {

    private static final ProvenBounds<CalendarBound> CACHE = new ProvenBounds<>();

    public static CalendarBound unavailable(String reason) {
        return new CalendarBound(false, reason, null, null, false, null, 0);
    }

    /** The cached bound, or computes it (and keeps it) within {@code budget}. */
    public static CalendarBound of(AlliancePlan plan, Duration budget, int workers) {
        return CACHE.getOrCompute(fingerprint(plan), () -> compute(plan, budget, workers),
                computed -> computed.available() || !CpSat.available());
    }

    /** Proves the bound now, hinting CP-SAT at the plan's current dates, without looking at the cache. */
    public static CalendarBound compute(AlliancePlan plan, Duration budget, int workers) {
        if (!CpSat.available()) {
            return unavailable(CpSat.problem());
        }
        if (hasNoCalendar(plan)) {
            return new CalendarBound(true, null, 0L, 0L, true, Map.of(), 0);
        }
        long started = System.nanoTime();
        CalendarModel model = CalendarModel.of(plan);
        if (!model.consistent) {
            return unavailable("an activity has no date it may take");
        }
        model.model.minimize(model.soft);
        model.hint(plan);
        CpSolver solver = AllocationBound.solver(Math.max(0.1, budget.toMillis() / 1000.0), workers);
        // Else presolve may break the hint (on dianjiang it turned a −14,100 dating into a −27,300 start).
        solver.getParameters().setKeepAllFeasibleSolutionsInPresolve(true);
        CpSolverStatus status = solver.solve(model.model);
        double seconds = (System.nanoTime() - started) / 1e9;
        long bound = Math.max(0, (long) Math.ceil(solver.bestObjectiveBound() - 1e-6));
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            boolean infeasible = status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID;
            return new CalendarBound(!infeasible, infeasible ? "no dating keeps every hard calendar rule"
                    : "no dating found in time", infeasible ? null : bound, null, false, null, seconds);
        }
        long best = Math.round(solver.objectiveValue());
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        return new CalendarBound(true, null, optimal ? best : Math.min(bound, best), best, optimal, model.dates(solver),
                seconds);
    }

    /** CP-SAT's objective for the plan's own dates (tests: it must equal the provider's calendar score). */
    static Long objectiveOf(AlliancePlan plan) {
        CalendarModel fixed = CalendarModel.of(plan);
        if (!fixed.fix()) {
            return null;
        }
        fixed.model.minimize(fixed.soft);
        CpSolver solver = AllocationBound.solver(10, 1);
        CpSolverStatus status = solver.solve(fixed.model);
        return status == CpSolverStatus.OPTIMAL ? Math.round(solver.objectiveValue()) : null;
    }

    /** The calendar part of a plan: its soft penalty of the calendar's rules, a positive number. */
    public static long calendarCost(AlliancePlan plan) {
        return hasNoCalendar(plan) ? 0 : CalendarModel.softCost(plan);
    }

    /** A problem without a calendar (the city, a county planning its alliances only) has no dates to plan. */
    private static boolean hasNoCalendar(AlliancePlan plan) {
        return plan.getCalendar() == null || plan.getActivities() == null || plan.getActivities().isEmpty();
    }

    /** Forgets every kept bound (tests). */
    static void clearCache() {
        CACHE.clear();
    }

    /**
     * What the bound depends on: each activity's type, alliance's street, allowed dates and pinned date,
     * the calendar and the calendar's weights; not the organizations (blackouts are left out), nor the names.
     */
    public static String fingerprint(AlliancePlan plan) {
        StringBuilder text = new StringBuilder();
        org.allianceplanner.model.ActivityCalendar calendar = plan.getCalendar();
        if (calendar != null) {
            text.append(calendar.year()).append('|').append(new java.util.TreeSet<>(calendar.holidays())).append('|')
                .append(new java.util.TreeSet<>(calendar.extraWorkdays())).append('|').append(calendar.themedPartyDay())
                .append('|').append(calendar.reviewWindow()).append('|').append(calendar.reviewsPerDay()).append('|')
                .append(calendar.minGapDays()).append('|').append(calendar.maxActivitiesPerStreetPerDay()).append('\n');
        }
        for (JointActivity a : plan.getActivities()) {
            text.append(a.getId()).append('|').append(a.getType()).append('|').append(a.getCommunity().getId())
                    .append('|').append(a.getCommunity().getStreet()).append('|')
                    .append(a.isPinned() ? "P" + a.getDate() : "-").append('|').append(a.getCandidateDates())
                    .append('\n');
        }
        for (AllianceConstraint constraint : AllianceConstraint.values()) {
            if (constraint.group() == ConstraintGroup.CALENDAR) {
                text.append(constraint.id()).append('=').append(plan.getWeights().get(constraint)).append(',');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
