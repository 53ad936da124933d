package org.allianceplanner.solver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.TypeQuota;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * A proven lower bound on the allocation part's soft penalty: no plan that keeps every hard rule and
 * leaves as few organizations unassigned as possible can cost less. Proven within a time budget: CP-SAT
 * finds the fewest unassigned on {@link AllocationModel}; then the least soft penalty with that many is
 * bounded by the quick relaxation ({@link AllocationLagrangian}), the column generation
 * ({@link AllocationColumns}) and CP-SAT on the whole model, the best of those that ran. Computed once per
 * problem and weights ({@link #fingerprint}) and kept.
 *
 * @param available      false when CP-SAT could not run or nothing was proven ({@code reason} says why)
 * @param minUnassigned  the fewest organizations any feasible plan leaves unassigned
 * @param bound          the soft penalty no such plan can go below (a positive number: −bound soft)
 * @param best           the least soft penalty CP-SAT found (its plan is in {@code assignment}), or null
 * @param optimal        whether {@code best} is proven optimal (then bound = best)
 * @param assignment     organization id → community id (null: unassigned) of the best plan found
 */
public record AllocationBound(boolean available, String reason, Integer minUnassigned, Long bound, Long best,
        boolean optimal, Map<String, String> assignment, double seconds) {

    private static final ProvenBounds<AllocationBound> CACHE = new ProvenBounds<>();

    /**
     * Beyond this many organization–community pairs the bound is the quick relaxation's alone
     * ({@link AllocationLagrangian}): on a city's 600,000 one round of the columns' exact pricing did not end
     * in 100 s, and 240 s of them proved −959,361 where the relaxation proves −2,782,885 in 7 s.
     */
    static final long COLUMN_PAIRS = 100_000;

    public static AllocationBound unavailable(String reason) {
        return new AllocationBound(false, reason, null, null, null, false, null, 0);
    }

    /**
     * How far a plan of {@code cost} (a positive soft penalty) may be from the best possible, in percent
     * of the bound: (cost − bound) / bound. Null without a bound; 0 when both are 0.
     */
    public Double gapPercent(long cost) {
        if (!available || bound == null) {
            return null;
        }
        if (cost <= bound) {
            return 0.0;
        }
        if (bound == 0) {
            return null;
        }
        return Math.ceil(1000.0 * (cost - bound) / bound) / 10.0;
    }

    /** The cached bound of this problem and weights, or null when none was computed yet. */
    public static AllocationBound cached(AlliancePlan plan) {
        return CACHE.get(fingerprint(plan));
    }

    /** The cached bound, or computes it (and keeps it) within {@code budget}. */
    public static AllocationBound of(AlliancePlan plan, Duration budget, int workers) {
        return CACHE.getOrCompute(fingerprint(plan), () -> compute(plan, budget, workers),
                computed -> computed.available() || !CpSat.available());
    }

    /** Forgets every kept bound (tests). */
    static void clearCache() {
        CACHE.clear();
    }

    /** Proves the bound now, hinting CP-SAT at the plan's current assignment, without looking at the cache. */
    public static AllocationBound compute(AlliancePlan plan, Duration budget, int workers) {
        return compute(plan, budget, workers, SearchStop.none());
    }

    /**
     * As {@link #compute(AlliancePlan, Duration, int)}, ending early when {@code stop} is asked (the exact
     * phase of a solve that is stopped): what was found and proven by then is returned.
     */
    static AllocationBound compute(AlliancePlan plan, Duration budget, int workers, SearchStop stop) {
        return compute(plan, budget, workers, stop, false);
    }

    /**
     * As above; with {@code nearOptimal} the columns look harder for the best plan at the end
     * ({@link AllocationColumns#run(double, boolean)}): the exact phase wants the plan more than the bound.
     */
    static AllocationBound compute(AlliancePlan plan, Duration budget, int workers, SearchStop stop,
            boolean nearOptimal) {
        if (!CpSat.available()) {
            return unavailable(CpSat.problem());
        }
        long pairs = (long) plan.getOrganizations().size() * plan.getCommunities().size();
        if (pairs >= AllianceSolverConfig.LARGE_PAIRS) {
            // A province: the models would hold tens of millions of variables, beyond any budget's reach.
            return unavailable("too large for a proven bound: " + plan.getOrganizations().size() + " units × "
                    + plan.getCommunities().size() + " communities");
        }
        long started = System.nanoTime();
        double total = Math.max(0.2, budget.toMillis() / 1000.0);
        AllocationModel first = AllocationModel.of(plan);
        if (!first.consistent) {
            return unavailable("pinned organizations break a hard rule");
        }
        int minUnassigned;
        CpSolver solver;
        CpSolverStatus status;
        int planUnassigned = AllocationModel.unassignedIfFeasible(plan);
        if (planUnassigned == 0) {
            // The plan at hand keeps every hard rule and places everyone: none fewer is possible.
            minUnassigned = 0;
        } else {
            first.model.minimize(first.unassigned);
            first.hint(plan);
            solver = solver(Math.max(0.1, total * 0.4), workers);
            status = stop.solve(solver, first.model, null);
            if (status != CpSolverStatus.OPTIMAL) {
                return unavailable(status == CpSolverStatus.INFEASIBLE ? "no plan keeps every hard rule"
                        : "the fewest unassigned was not proven in time");
            }
            minUnassigned = (int) Math.round(solver.objectiveValue());
        }
        int required = plan.getOrganizations().size() - minUnassigned;
        AllocationLagrangian.Result relaxed = null;
        if (!nearOptimal) {
            // A quick, weaker bound first (a second on a county, seconds on a city); beyond COLUMN_PAIRS the only
            // one, as one round of the columns' exact pricing there takes minutes and proves nothing.
            Long upper = planUnassigned == minUnassigned ? AllocationModel.softCost(plan) : null;
            double left = total - (System.nanoTime() - started) / 1e9;
            relaxed = new AllocationLagrangian(plan, required, workers)
                    .run(Math.max(0.1, pairs > COLUMN_PAIRS ? left : left * 0.25), upper, stop);
            if (pairs > COLUMN_PAIRS) {
                double seconds = (System.nanoTime() - started) / 1e9;
                return relaxed == null ? new AllocationBound(false, "no plan keeps every hard rule", minUnassigned,
                        null, null, false, null, seconds)
                        : new AllocationBound(true, null, minUnassigned, Math.max(0, relaxed.bound()), null, false, null,
                                seconds);
            }
        }
        // Most of the time goes to the column generation, whose bound is far stronger than the whole model's
        // linear relaxation; the rest to CP-SAT on the whole model, started from the best plan found, whose
        // own bound and search close small problems. Beyond EXACT_PAIRS the whole model's search found nothing
        // better in its share (dianjiang), so the exact phase, which wants the plan, gives it to the columns.
        boolean whole = !nearOptimal || pairs <= AllianceSolverConfig.EXACT_PAIRS;
        AllocationColumns columns = new AllocationColumns(plan, required, workers, stop);
        columns.seed(AllocationColumns.assignmentOf(plan));
        double left = total - (System.nanoTime() - started) / 1e9;
        AllocationColumns.Result generated = columns.run(Math.max(0.1, left * (whole ? 0.8 : 1)), nearOptimal);
        AllocationModel second = whole ? AllocationModel.of(plan) : null;
        status = CpSolverStatus.UNKNOWN;
        solver = null;
        if (whole) {
            second.model.addEquality(second.unassigned, minUnassigned);
            second.model.minimize(second.soft);
            if (generated.assignment() != null) {
                second.hintAssignment(generated.assignment());
            } else {
                second.hint(plan);
            }
            left = total - (System.nanoTime() - started) / 1e9;
            solver = solver(Math.max(0.1, left), workers);
            status = stop.solve(solver, second.model, null);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            return new AllocationBound(false, "no plan found in time", minUnassigned, null, null, false, null, seconds);
        }
        long bound = Math.max(generated.bound(), relaxed == null ? 0 : relaxed.bound());
        if (solved) {
            bound = Math.max(bound, (long) Math.ceil(solver.bestObjectiveBound() - 1e-6));
        }
        Long best = generated.best();
        Map<String, String> assignment = generated.assignment();
        if (solved && (best == null || Math.round(solver.objectiveValue()) < best)) {
            best = Math.round(solver.objectiveValue());
            assignment = new LinkedHashMap<>();
            for (int i = 0; i < second.organizations.size(); i++) {
                String community = null;
                for (Map.Entry<Integer, com.google.ortools.sat.BoolVar> e : second.x.get(i).entrySet()) {
                    if (solver.booleanValue(e.getValue())) {
                        community = second.communities.get(e.getKey()).getId();
                    }
                }
                assignment.put(second.organizations.get(i).getId(), community);
            }
        }
        if (best == null) {
            return new AllocationBound(true, "no plan found in time", minUnassigned, Math.max(0, bound), null, false,
                    null, seconds);
        }
        boolean optimal = status == CpSolverStatus.OPTIMAL && Math.round(solver.objectiveValue()) == best
                || bound >= best;
        return new AllocationBound(true, null, minUnassigned, optimal ? best : Math.min(Math.max(0, bound), best), best,
                optimal, assignment, seconds);
    }

    /** CP-SAT's objective for the plan's own assignment (tests: it must equal {@link AllocationModel#softCost}). */
    static Long objectiveOf(AlliancePlan plan) {
        AllocationModel fixed = AllocationModel.of(plan);
        if (!fixed.fix(plan)) {
            return null;
        }
        fixed.model.minimize(fixed.soft);
        CpSolver solver = solver(10, 1);
        CpSolverStatus status = solver.solve(fixed.model);
        return status == CpSolverStatus.OPTIMAL ? Math.round(solver.objectiveValue()) : null;
    }

    static CpSolver solver(double seconds, int workers) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(Math.max(1, workers))
                .setLogSearchProgress(Boolean.getBoolean("alliance.cpsat.log")).setRandomSeed(0);
        if (Boolean.getBoolean("alliance.cpsat.log")) {
            solver.setLogCallback(System.err::println);
        }
        return solver;
    }

    /**
     * What the bound depends on: communities, organizations (with what is pinned), rules and the weights
     * of the allocation constraints; not the calendar, nor the names.
     */
    public static String fingerprint(AlliancePlan plan) {
        StringBuilder text = new StringBuilder();
        for (Community c : plan.getCommunities()) {
            text.append('C').append(c.getId()).append('|').append(c.getStreet()).append('|')
                    .append(c.getMinMembers()).append('|').append(c.getMaxMembers()).append('|')
                    .append(c.getTargetMembers()).append('|').append(c.getTargetPartyMembers()).append('|');
            for (Need n : c.getNeeds()) {
                text.append(n.code()).append(':').append(n.priority()).append(',');
            }
            for (TypeQuota q : c.getEffectiveQuotas()) {
                text.append(q).append(',');
            }
            text.append('\n');
        }
        for (Organization o : plan.getOrganizations()) {
            text.append('O').append(o.getId()).append('|').append(o.getType()).append('|').append(o.getStreet())
                    .append('|').append(o.getPartyMembers()).append('|').append(new java.util.TreeSet<>(o.getCapabilities()))
                    .append('|').append(id(o.getHomeCommunity())).append('|').append(id(o.getCurrentCommunity()))
                    .append('|').append(o.isPinned() ? "P" + id(o.getCommunity()) : "-").append('|')
                    .append(o.getExcludedCommunities().stream().map(Community::getId).sorted().toList()).append('|');
            for (Community c : plan.getCommunities()) {
                text.append(o.distanceMetresTo(c)).append(',');
            }
            text.append(o.getMaxDistanceMetres()).append('\n');
        }
        text.append(plan.getRules().maxMoves()).append('\n');
        for (AllianceConstraint constraint : AllianceConstraint.values()) {
            if (constraint.group() != org.allianceplanner.model.ConstraintGroup.CALENDAR) {
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

    private static String id(Community c) {
        return c == null ? "" : c.getId();
    }
}
