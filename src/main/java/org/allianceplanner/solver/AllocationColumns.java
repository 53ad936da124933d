package org.allianceplanner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * Column generation over the allocation (a Dantzig–Wolfe decomposition by community): a column is one
 * alliance — a community and a set of members — with its exact soft penalty. A linear master (GLOP)
 * chooses one column a community with every organization in at most one and the right number placed;
 * each community's pricing problem (CP-SAT on {@link AllocationModel#addCommunity}, the very rules of
 * the whole model) finds the alliance of least reduced cost.
 * <p>
 * Why: the whole model's linear relaxation splits an organization over many communities, so needs look
 * covered and types look spread for free; its bound stayed 20 % and more below the best plans. Here each
 * community's rules hold exactly, and only the choice between whole alliances is relaxed. The bound is the
 * Lagrangian one, {@code Σ multipliers + Σ min reduced cost}, valid at every iteration for integer
 * multipliers of the right sign, with each pricing problem's proven bound (so a pricing cut short by its
 * time limit still gives a sound bound). At the end, SCIP picks the best whole plan among the columns.
 */
final class AllocationColumns {

    /** One alliance: the community's position and its members' positions in the plan's lists. */
    record Column(int community, int[] members, long cost) {
    }

    /** What the generation proved and found. */
    record Result(long bound, Long best, Map<String, String> assignment, boolean converged, int iterations,
            int columns, double seconds) {
    }

    /** A column enters only when its reduced cost is below this: duals are rounded to whole numbers. */
    private static final double ENTERING = -0.5;

    private final List<Organization> organizations;
    private final List<Community> communities;
    private final AllianceWeights weights;
    private final int required;
    private final Integer maxMoves;
    /** Per community, the positions of the organizations that may join it. */
    private final List<int[]> candidates = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    /** The columns of the last seeded plan: the whole-plan search starts from them. */
    private final List<Column> seeds = new ArrayList<>();
    private final Map<String, Column> known = new java.util.HashMap<>();
    private final Column[] lastBest;
    /** Per community, the alliance of least reduced cost the last local search found: where the next starts. */
    private final int[][] localBest;
    private final int workers;
    private final SearchStop stop;

    private final MPSolver lp;
    private final MPConstraint[] organizationRows;
    private final MPVariable[] under;
    private final MPVariable[] over;
    private final MPConstraint[] communityRows;
    private final MPConstraint placedRow;
    private final boolean everyone;
    private final MPConstraint movesRow;
    /** Whether the master's native model was freed (at the end of the generation): columns no longer enter it. */
    private boolean masterDeleted;

    /**
     * @param required how many organizations a plan places (all but the fewest unassigned)
     */
    AllocationColumns(AlliancePlan plan, int required, int workers, SearchStop stop) {
        this.stop = stop;
        this.organizations = plan.getOrganizations();
        this.communities = plan.getCommunities();
        this.weights = plan.getWeights();
        this.required = required;
        this.workers = Math.max(1, workers);
        this.maxMoves = plan.getRules().maxMoves() != null && weights.get(AllianceConstraint.MOVE_BUDGET) > 0
                ? plan.getRules().maxMoves() : null;
        this.lastBest = new Column[communities.size()];
        this.localBest = new int[communities.size()][];
        for (Community c : communities) {
            List<Integer> allowed = new ArrayList<>();
            for (int i = 0; i < organizations.size(); i++) {
                if (AllocationModel.allowed(organizations.get(i), c, weights)) {
                    allowed.add(i);
                }
            }
            candidates.add(allowed.stream().mapToInt(Integer::intValue).toArray());
        }
        lp = MPSolver.createSolver("GLOP");
        everyone = required == organizations.size();
        // Where every organization is placed, each is in exactly one alliance (a free multiplier); otherwise in
        // at most one, and the count placed is a row of its own.
        double box = dualBox();
        organizationRows = new MPConstraint[organizations.size()];
        under = new MPVariable[organizations.size()];
        over = new MPVariable[organizations.size()];
        for (int i = 0; i < organizationRows.length; i++) {
            organizationRows[i] = lp.makeConstraint(everyone ? 1 : -MPSolver.infinity(), 1, "o" + i);
            // Stabilization (a box step): an organization may be left out of, or put into two, alliances at a
            // price, which keeps its multiplier within a box around the best one so far; see setBox.
            if (everyone) {
                under[i] = lp.makeNumVar(0, MPSolver.infinity(), "u" + i);
                organizationRows[i].setCoefficient(under[i], 1);
            }
            over[i] = lp.makeNumVar(0, MPSolver.infinity(), "v" + i);
            organizationRows[i].setCoefficient(over[i], -1);
        }
        communityRows = new MPConstraint[communities.size()];
        for (int k = 0; k < communityRows.length; k++) {
            communityRows[k] = lp.makeConstraint(1, 1, "c" + k);
            // An artificial alliance at a prohibitive cost keeps the master feasible before real columns exist.
            MPVariable artificial = lp.makeNumVar(0, MPSolver.infinity(), "a" + k);
            lp.objective().setCoefficient(artificial, box * organizations.size());
            communityRows[k].setCoefficient(artificial, 1);
        }
        placedRow = everyone ? null : lp.makeConstraint(required, required, "placed");
        if (placedRow != null) {
            MPVariable short_ = lp.makeNumVar(0, MPSolver.infinity(), "short");
            lp.objective().setCoefficient(short_, box);
            placedRow.setCoefficient(short_, 1);
        }
        movesRow = maxMoves == null ? null : lp.makeConstraint(-MPSolver.infinity(), maxMoves, "moves");
        lp.objective().setMinimization();
    }

    /** Adds the alliances of an assignment (organization id → community id) as columns, where they keep the rules. */
    void seed(Map<String, String> assignment) {
        seeds.clear();
        for (int k = 0; k < communities.size(); k++) {
            // An alliance with only its pinned members (often none), so that every community has a column.
            int community = k;
            int[] pinned = Arrays.stream(candidates.get(k)).filter(i -> organizations.get(i).isPinned()
                    && organizations.get(i).getCommunity() == communities.get(community)).toArray();
            if (keepsRules(k, pinned)) {
                add(k, pinned);
            }
        }
        Map<String, Integer> communityAt = new LinkedHashMap<>();
        for (int k = 0; k < communities.size(); k++) {
            communityAt.put(communities.get(k).getId(), k);
        }
        List<List<Integer>> members = new ArrayList<>();
        communities.forEach(c -> members.add(new ArrayList<>()));
        for (int i = 0; i < organizations.size(); i++) {
            Integer k = communityAt.get(assignment.get(organizations.get(i).getId()));
            if (k != null) {
                members.get(k).add(i);
            }
        }
        for (int k = 0; k < communities.size(); k++) {
            int[] set = members.get(k).stream().mapToInt(Integer::intValue).toArray();
            if (keepsRules(k, set)) {
                add(k, set);
                int[] sorted = set.clone();
                Arrays.sort(sorted);
                seeds.add(known.get(k + ":" + Arrays.toString(sorted)));
            }
        }
    }

    /** The assignment of the plan as it stands (organization id → community id or null). */
    static Map<String, String> assignmentOf(AlliancePlan plan) {
        Map<String, String> assignment = new LinkedHashMap<>();
        for (Organization o : plan.getOrganizations()) {
            assignment.put(o.getId(), o.getCommunity() == null ? null : o.getCommunity().getId());
        }
        return assignment;
    }

    /**
     * Generates columns until no alliance of negative reduced cost is left or the time is up, then picks the
     * best whole plan among them.
     */
    Result run(double seconds) {
        return run(seconds, false);
    }

    /**
     * As {@link #run(double)}; with {@code nearOptimal}, for a plan more than a bound (the exact phase): after
     * the best whole plan among the columns, the alliances that could belong to a cheaper one are added and
     * the choice made again ({@link #deepened}).
     */
    Result run(double seconds, boolean nearOptimal) {
        long started = System.nanoTime();
        double deadline = started / 1e9 + seconds;
        long bound = Long.MIN_VALUE;
        Multipliers center = firstCenter();
        double delta = firstDelta();
        boolean converged = false;
        int iterations = 0;
        int sinceExact = 0;
        Multipliers last = null;
        double[] lastSigma = null;
        Round lastRound = null;
        ExecutorService pool = daemonPool(workers, "pricing");
        try {
            // Generation takes about half the time; a last exact pricing at the master's final multipliers, with
            // time enough to prove each community's least reduced cost, a quarter; choosing the best whole plan
            // among the columns the rest.
            while (!stop.isStopped() && System.nanoTime() / 1e9 < deadline - 0.45 * seconds) {
                iterations++;
                setBox(center, delta);
                MPSolver.ResultStatus lpStatus = lp.solve();
                if (lpStatus != MPSolver.ResultStatus.OPTIMAL) {
                    log("master %s", lpStatus);
                    break;
                }
                double master = lp.objective().value();
                boolean boxed = usesBox();
                Multipliers duals = duals();
                double[] sigma = new double[communities.size()];
                for (int k = 0; k < sigma.length; k++) {
                    sigma[k] = communityRows[k].dualValue();
                }
                // Cheap first: a local search per community at the master's duals; the exact pricing (and with
                // it a bound) when that finds nothing, and at least every few rounds.
                boolean anyEntering = false;
                for (int k = 0; k < communities.size(); k++) {
                    for (int[] set : localSearch(k, duals)) {
                        double reduced = reducedCost(k, set, duals) - sigma[k];
                        if (reduced < ENTERING && add(k, set)) {
                            anyEntering = true;
                        }
                    }
                }
                if (anyEntering && ++sinceExact < 10) {
                    log("iteration %d: master %.0f, local search, columns %d, %.1f s", iterations, master,
                            columns.size(), (System.nanoTime() - started) / 1e9);
                    continue;
                }
                sinceExact = 0;
                Multipliers at = duals;
                double left = deadline - 0.45 * seconds - System.nanoTime() / 1e9;
                Round round = exactRound(pool, at, left, 1.0);
                Long lagrangian = round.lagrangian();
                boolean allProven = round.proven();
                boolean exactEntering = addEntering(round, duals, sigma);
                last = at;
                lastSigma = sigma;
                lastRound = round;
                if (lagrangian != null && lagrangian > bound) {
                    bound = lagrangian;
                    center = at;
                }
                log("iteration %d: master %.0f, lagrangian %s, columns %d, box %.0f%s, %.1f s", iterations, master,
                        lagrangian, columns.size(), delta, boxed ? " (at its edge)" : "", (System.nanoTime() - started) / 1e9);
                if (!exactEntering && !anyEntering) {
                    if (!boxed && allProven) {
                        // No alliance prices out and the box holds nothing back: the master's optimum, proven.
                        converged = true;
                        break;
                    }
                    // The multipliers are as good as the box allows: let them move further.
                    center = duals;
                    delta *= 2;
                }
            }
            if (!converged && last != null && !stop.isStopped()) {
                double left = deadline - 0.2 * seconds - System.nanoTime() / 1e9;
                Round round = exactRound(pool, last, left, Double.MAX_VALUE);
                addEntering(round, last, lastSigma);
                lastRound = round;
                if (round.lagrangian() != null && round.lagrangian() > bound) {
                    bound = round.lagrangian();
                }
                log("last pricing: lagrangian %s (%s), %.1f s", round.lagrangian(), round.proven() ? "proven" : "cut short",
                        (System.nanoTime() - started) / 1e9);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            masterDeleted = true;
            lp.delete();
        }
        Column[] plan = bestPlan(Math.max(1, deadline - System.nanoTime() / 1e9) * (nearOptimal ? 0.25 : 1), seedPlan());
        if (nearOptimal && plan != null && lastRound != null && lastRound.lagrangian() != null) {
            plan = deepened(plan, last, lastRound, deadline);
        }
        Long best = null;
        Map<String, String> assignment = null;
        if (plan != null) {
            best = cost(plan);
            assignment = new LinkedHashMap<>();
            for (Organization o : organizations) {
                assignment.put(o.getId(), null);
            }
            for (Column column : plan) {
                for (int i : column.members()) {
                    assignment.put(organizations.get(i).getId(), communities.get(column.community()).getId());
                }
            }
            bound = Math.min(bound, best);
        }
        return new Result(Math.max(0, bound), best, assignment, converged, iterations, columns.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Keeps each organization's multiplier within {@code delta} of the center's: leaving it out costs
     * center + delta, putting it into two alliances delta − center.
     */
    private void setBox(Multipliers center, double delta) {
        for (int i = 0; i < organizations.size(); i++) {
            if (under[i] != null) {
                lp.objective().setCoefficient(under[i], center.pi()[i] + delta);
            }
            lp.objective().setCoefficient(over[i], delta - center.pi()[i]);
        }
    }

    /** Whether the master's solution leaves an organization out or puts it in two alliances (the box binds). */
    private boolean usesBox() {
        for (int i = 0; i < organizations.size(); i++) {
            if (under[i] != null && under[i].solutionValue() > 1e-6 || over[i].solutionValue() > 1e-6) {
                return true;
            }
        }
        return false;
    }

    /** The first center: each organization at its own cost in the alliance of its best seeded column. */
    private Multipliers firstCenter() {
        long[] pi = new long[organizations.size()];
        for (Column column : columns) {
            for (int i : column.members()) {
                pi[i] = AllocationModel.pairCost(organizations.get(i), communities.get(column.community()), weights);
            }
        }
        if (!everyone) {
            Arrays.fill(pi, 0);
        }
        return new Multipliers(pi, 0, 0);
    }

    /** The first box: a tenth of the dearest pair (about 4.5 km-equivalent on dianjiang). */
    private double firstDelta() {
        return Math.max(1, dualBox() / 40);
    }

    private static void log(String format, Object... args) {
        if (Boolean.getBoolean("alliance.columns.log")) {
            System.err.println(String.format(java.util.Locale.ROOT, format, args));
        }
    }

    /**
     * Whole-number multipliers of the rows an alliance column touches: per organization, for the count placed
     * and for the move budget; of the right sign, so that the Lagrangian bound holds for them.
     */
    record Multipliers(long[] pi, long mu, long rho) {
    }

    private Multipliers duals() {
        long[] pi = new long[organizations.size()];
        for (int i = 0; i < pi.length; i++) {
            long dual = Math.round(organizationRows[i].dualValue());
            pi[i] = everyone ? dual : Math.min(0, dual);
        }
        long mu = placedRow == null ? 0 : Math.round(placedRow.dualValue());
        long rho = movesRow == null ? 0 : Math.min(0, Math.round(movesRow.dualValue()));
        return new Multipliers(pi, mu, rho);
    }

    /** The part of the Lagrangian bound that does not depend on the alliances: the multipliers times the rows' right-hand sides. */
    private long constant(Multipliers m) {
        long sum = 0;
        for (long p : m.pi()) {
            sum += p;
        }
        sum += m.mu() * required;
        if (maxMoves != null) {
            sum += m.rho() * maxMoves;
        }
        return sum;
    }

    /** A price for leaving an organization out of, or in two, alliances in the master: beyond any alliance's cost. */
    private double dualBox() {
        long most = 1;
        for (Organization o : organizations) {
            for (Community c : communities) {
                most = Math.max(most, AllocationModel.pairCost(o, c, weights));
            }
        }
        return 4.0 * most;
    }

    private record Pricing(long bound, boolean proven, List<int[]> found) {
    }

    /** An exact pricing of every community: the Lagrangian bound (null when one could not be priced) and the alliances found. */
    private record Round(Long lagrangian, boolean proven, List<Pricing> pricings) {
    }

    /**
     * Prices every community exactly within {@code seconds} in all: each pricing, as it starts, gets the time
     * left shared among the pricings not yet started (at most {@code most}), so that the quick ones leave
     * their time to the hard ones.
     */
    private Round exactRound(ExecutorService pool, Multipliers at, double seconds, double most)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        double deadline = System.nanoTime() / 1e9 + seconds;
        java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger(communities.size());
        List<Future<Pricing>> futures = new ArrayList<>();
        for (int k = 0; k < communities.size(); k++) {
            int community = k;
            futures.add(pool.submit(() -> {
                double share = (deadline - System.nanoTime() / 1e9) * workers / Math.max(workers, waiting.getAndDecrement());
                return price(community, at, Math.max(0.05, Math.min(most, share)));
            }));
        }
        Long lagrangian = constant(at);
        boolean proven = true;
        List<Pricing> pricings = new ArrayList<>();
        for (Future<Pricing> future : futures) {
            Pricing pricing = future.get();
            pricings.add(pricing);
            if (pricing == null || pricing.bound == Long.MIN_VALUE) {
                lagrangian = null;
                proven = false;
            } else {
                if (lagrangian != null) {
                    lagrangian += pricing.bound;
                }
                proven &= pricing.proven;
            }
        }
        return new Round(lagrangian, proven, pricings);
    }

    /** Adds the round's alliances whose reduced cost at the master's duals is negative; whether any was new. */
    private boolean addEntering(Round round, Multipliers duals, double[] sigma) {
        boolean entering = false;
        for (int k = 0; k < communities.size(); k++) {
            Pricing pricing = round.pricings().get(k);
            if (pricing == null) {
                continue;
            }
            for (int[] set : pricing.found) {
                if (reducedCost(k, set, duals) - sigma[k] < ENTERING && add(k, set)) {
                    entering = true;
                }
            }
        }
        return entering;
    }

    /** Community k's pricing problem: a 0/1 variable per candidate and its alliance's reduced cost. */
    private record PricingModel(CpModel model, List<BoolVar> y, LinearExpr reducedCost) {
    }

    /** The pricing problem of community k at the multipliers: the community's own rules, pinned members in. */
    private PricingModel pricingModel(int k, Multipliers m) {
        Community c = communities.get(k);
        int[] allowed = candidates.get(k);
        CpModel model = new CpModel();
        List<BoolVar> y = new ArrayList<>();
        List<Organization> members = new ArrayList<>();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int i : allowed) {
            Organization o = organizations.get(i);
            BoolVar v = model.newBoolVar("y" + i);
            y.add(v);
            members.add(o);
            objective.addTerm(v, AllocationModel.pairCost(o, c, weights) - price(m, i, c));
            if (o.isPinned()) {
                model.addEquality(v, 1);
            }
        }
        AllocationModel.addCommunity(model, c, k, y, members, weights, objective);
        return new PricingModel(model, y, objective.build());
    }

    /** The least reduced cost of an alliance of community k (its bound) and the alliances found on the way. */
    private Pricing price(int k, Multipliers m, double seconds) {
        int[] allowed = candidates.get(k);
        PricingModel pricing = pricingModel(k, m);
        CpModel model = pricing.model();
        List<BoolVar> y = pricing.y();
        model.minimize(pricing.reducedCost());
        int[] previous = localBest[k] != null ? localBest[k] : lastBest[k] != null ? lastBest[k].members() : null;
        if (previous != null) {
            Set<Integer> in = new HashSet<>();
            for (int i : previous) {
                in.add(i);
            }
            for (int j = 0; j < allowed.length; j++) {
                model.addHint(y.get(j), in.contains(allowed[j]));
            }
        }
        CpSolver solver = AllocationBound.solver(seconds, 1);
        List<int[]> found = new ArrayList<>();
        CpSolverStatus status = stop.solve(solver, model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                List<Integer> set = new ArrayList<>();
                for (int j = 0; j < allowed.length; j++) {
                    if (booleanValue(y.get(j))) {
                        set.add(allowed[j]);
                    }
                }
                found.add(set.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            return null;
        }
        if (status == CpSolverStatus.UNKNOWN) {
            // Cut short before CP-SAT knew anything: its bound then means nothing.
            return new Pricing(Long.MIN_VALUE, false, found);
        }
        long proven = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        log("pricing %d: %s bound %d value %.0f in %.2f s (limit %.2f), %d candidates", k, status, proven,
                solver.objectiveValue(), solver.wallTime(), seconds, allowed.length);
        return new Pricing(proven, status == CpSolverStatus.OPTIMAL, found);
    }

    /**
     * Looks for a plan cheaper than {@code plan} among the alliances that could belong to one, within a slack
     * that doubles from an eighth of the plan's distance to the Lagrangian bound: a plan only a little above
     * the bound is made of alliances only a little above each community's least, which are few and quickly
     * listed, where listing every alliance within the whole distance may not end in time (hejiang: the plan
     * 68 above the bound hid among 559). Stops once the slack covers the distance: every cheaper plan's
     * alliances were then listed, as far as each community's list ended in its time.
     */
    private Column[] deepened(Column[] plan, Multipliers m, Round round, double deadline) {
        long lagrangian = round.lagrangian();
        long slack = Math.max(1, (cost(plan) - lagrangian) / 8);
        while (cost(plan) > lagrangian && !stop.isStopped() && deadline - System.nanoTime() / 1e9 > 0.5) {
            int added = addNearOptimal(m, round, slack, (deadline - System.nanoTime() / 1e9) * 0.5);
            Column[] better = added == 0 ? null
                    : bestPlan(Math.max(0.5, (deadline - System.nanoTime() / 1e9) * 0.5), plan);
            log("near-optimal alliances: %d added within %d of each community's least; plan %d -> %s", added, slack,
                    cost(plan), better == null ? "none" : cost(better));
            if (better != null && cost(better) < cost(plan)) {
                plan = better;
            }
            long gap = cost(plan) - lagrangian;
            if (slack >= gap) {
                break;
            }
            slack = Math.min(gap, slack * 2);
        }
        return plan;
    }

    private static long cost(Column[] plan) {
        return Arrays.stream(plan).mapToLong(Column::cost).sum();
    }

    /**
     * Adds, for every community (in parallel), its alliances in order of reduced cost at the multipliers
     * {@code m}, each found by CP-SAT with the ones before excluded, up to {@code slack} above its proven least
     * ({@code round}'s pricing bound). Why these: a whole plan costs at least the Lagrangian bound plus, per
     * community, how far its alliance's reduced cost is above the least; so a plan cheaper than the best one
     * known ({@code slack} above the bound) is made of such alliances only. Returns how many were new.
     */
    private int addNearOptimal(Multipliers m, Round round, long slack, double seconds) {
        double deadline = System.nanoTime() / 1e9 + seconds;
        // The communities' lists in parallel, one CP-SAT worker each: each list gets its share of what is left
        // of the time on all the workers, so a list that ends early leaves its time to the ones after it.
        AtomicInteger unlisted = new AtomicInteger(communities.size());
        ExecutorService pool = daemonPool(workers, "listing");
        try {
            List<Future<Integer>> lists = new ArrayList<>();
            for (int k = 0; k < communities.size(); k++) {
                int community = k;
                lists.add(pool.submit(() -> {
                    double share = (deadline - System.nanoTime() / 1e9) * workers
                            / Math.max(workers, unlisted.getAndDecrement());
                    return list(community, m, round.pricings().get(community), slack,
                            Math.min(deadline, System.nanoTime() / 1e9 + share));
                }));
            }
            int added = 0;
            for (Future<Integer> list : lists) {
                added += list.get();
            }
            return added;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Community k's alliances within {@code slack} of its least, in order of reduced cost, until {@code until}. */
    private int list(int k, Multipliers m, Pricing pricing, long slack, double until) {
        if (pricing == null || pricing.bound == Long.MIN_VALUE) {
            return 0;
        }
        int added = 0;
        int[] allowed = candidates.get(k);
        PricingModel near = pricingModel(k, m);
        CpModel model = near.model();
        List<BoolVar> y = near.y();
        model.addLessOrEqual(near.reducedCost(), pricing.bound + slack);
        model.minimize(near.reducedCost());
        while (!stop.isStopped() && System.nanoTime() / 1e9 < until) {
            CpSolver solver = AllocationBound.solver(Math.max(0.01, until - System.nanoTime() / 1e9), 1);
            CpSolverStatus status = stop.solve(solver, model, null);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                break;
            }
            List<Integer> set = new ArrayList<>();
            List<com.google.ortools.sat.Literal> differs = new ArrayList<>();
            for (int j = 0; j < allowed.length; j++) {
                boolean in = solver.booleanValue(y.get(j));
                if (in) {
                    set.add(allowed[j]);
                }
                differs.add(in ? y.get(j).not() : y.get(j));
            }
            synchronized (this) {
                if (add(k, set.stream().mapToInt(Integer::intValue).toArray())) {
                    added++;
                }
            }
            // The next alliance differs from this one in at least one member.
            model.addBoolOr(differs.toArray(com.google.ortools.sat.Literal[]::new));
        }
        return added;
    }

    static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An alliance's cost less what the multipliers pay for its members (without the community's own dual). */
    private long reducedCost(int k, int[] set, Multipliers m) {
        long reduced = cost(k, set);
        for (int i : set) {
            reduced -= price(m, i, communities.get(k));
        }
        return reduced;
    }

    /** What the multipliers pay for organization i in community c. */
    private long price(Multipliers m, int i, Community c) {
        return m.pi()[i] + m.mu() + (AllocationModel.isMove(organizations.get(i), c) ? m.rho() : 0);
    }

    /**
     * Alliances of community k with a low reduced cost, found by a local search (add, drop or exchange one
     * member, the first that improves) from the best alliance known and from the pinned members alone.
     */
    private List<int[]> localSearch(int k, Multipliers m) {
        Community c = communities.get(k);
        int[] allowed = candidates.get(k);
        List<Organization> members = new ArrayList<>();
        long[] own = new long[allowed.length];
        for (int j = 0; j < allowed.length; j++) {
            Organization o = organizations.get(allowed[j]);
            members.add(o);
            own[j] = AllocationModel.pairCost(o, c, weights) - price(m, allowed[j], c);
        }
        List<int[]> starts = new ArrayList<>();
        if (localBest[k] != null) {
            starts.add(localBest[k]);
        }
        if (lastBest[k] != null) {
            starts.add(lastBest[k].members());
        }
        starts.add(new int[0]);
        List<int[]> found = new ArrayList<>();
        long least = Long.MAX_VALUE;
        for (int[] start : starts) {
            Set<Integer> from = new HashSet<>();
            for (int i : start) {
                from.add(i);
            }
            AllianceState state = new AllianceState(c, members, own, weights);
            for (int j = 0; j < allowed.length; j++) {
                if (state.isPinned(j) || from.contains(allowed[j])) {
                    state.flip(j);
                }
            }
            descend(state);
            if (state.keepsRules()) {
                List<Integer> set = new ArrayList<>();
                for (int j = 0; j < allowed.length; j++) {
                    if (state.in[j]) {
                        set.add(allowed[j]);
                    }
                }
                int[] alliance = set.stream().mapToInt(Integer::intValue).toArray();
                found.add(alliance);
                if (state.value() < least) {
                    least = state.value();
                    localBest[k] = alliance;
                }
            }
        }
        return found;
    }

    /** With j just added: drops the first other member whose leaving makes the alliance cheaper than {@code value}. */
    private static boolean exchanged(AllianceState state, int j, long value) {
        for (int i = 0; i < state.size(); i++) {
            if (i == j || !state.in[i] || state.isPinned(i)) {
                continue;
            }
            state.flip(i);
            if (state.penalized() < value) {
                return true;
            }
            state.flip(i);
        }
        return false;
    }

    /** First-improvement descent over adding, dropping and exchanging one member. */
    private static void descend(AllianceState state) {
        long value = state.penalized();
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int j = 0; j < state.size(); j++) {
                if (state.isPinned(j)) {
                    continue;
                }
                boolean adding = !state.in[j];
                state.flip(j);
                long v = state.penalized();
                if (v < value) {
                    value = v;
                    improved = true;
                    continue;
                }
                if (adding && exchanged(state, j, value)) {
                    value = state.penalized();
                    improved = true;
                    continue;
                }
                state.flip(j);
            }
        }
    }

    private long cost(int k, int[] set) {
        List<Organization> members = new ArrayList<>();
        for (int i : set) {
            members.add(organizations.get(i));
        }
        return AllocationModel.communityCost(communities.get(k), members, weights);
    }

    /** Adds the column to the master unless known; false when it was. */
    private boolean add(int k, int[] set) {
        int[] sorted = set.clone();
        Arrays.sort(sorted);
        String key = k + ":" + Arrays.toString(sorted);
        if (known.containsKey(key)) {
            return false;
        }
        Column column = new Column(k, sorted, cost(k, sorted));
        known.put(key, column);
        columns.add(column);
        if (lastBest[k] == null || column.cost() < lastBest[k].cost()) {
            lastBest[k] = column;
        }
        if (masterDeleted) {
            // After the generation only the choice among the columns reads them.
            return true;
        }
        MPVariable z = lp.makeNumVar(0, MPSolver.infinity(), "z" + columns.size());
        lp.objective().setCoefficient(z, column.cost());
        communityRows[k].setCoefficient(z, 1);
        for (int i : sorted) {
            organizationRows[i].setCoefficient(z, 1);
        }
        if (placedRow != null) {
            placedRow.setCoefficient(z, sorted.length);
        }
        if (movesRow != null) {
            movesRow.setCoefficient(z, moves(k, sorted));
        }
        return true;
    }

    private int moves(int k, int[] set) {
        int moved = 0;
        for (int i : set) {
            if (AllocationModel.isMove(organizations.get(i), communities.get(k))) {
                moved++;
            }
        }
        return moved;
    }

    /** Whether an alliance keeps the community's own hard rules (size limits, type quotas) and its members'. */
    private boolean keepsRules(int k, int[] set) {
        Community c = communities.get(k);
        Set<Integer> allowed = new HashSet<>();
        for (int i : candidates.get(k)) {
            allowed.add(i);
        }
        for (int i : set) {
            if (!allowed.contains(i)) {
                return false;
            }
        }
        for (int i : candidates.get(k)) {
            if (organizations.get(i).isPinned() && Arrays.stream(set).noneMatch(m -> m == i)) {
                return false;
            }
        }
        return AllocationModel.ruleViolation(c, set.length,
                type -> (int) Arrays.stream(set).filter(i -> organizations.get(i).getType() == type).count(), weights) == 0;
    }

    /** The seeded plan's columns (see {@link #seed}), or null when it does not give every community one. */
    private Column[] seedPlan() {
        return seeds.size() == communities.size() && !seeds.contains(null) ? seeds.toArray(Column[]::new) : null;
    }

    /**
     * The cheapest whole plan made of the columns (one a community, each organization at most once), or null;
     * the search starts from {@code start} (a plan among the columns) when there is one. A set partitioning,
     * solved as a MIP by SCIP: its LP relaxation is nearly integral here and the branch and bound closes in
     * about a second, where CP-SAT (used before) ended at its limit without a proof on dianjiang (32 s on
     * 2,346 columns, 3 s on 1,457; see benchmark/README.md).
     */
    private Column[] bestPlan(double seconds, Column[] start) {
        MPSolver mip = MPSolver.createSolver("SCIP");
        if (mip == null) {
            throw new IllegalStateException("OR-Tools was built without SCIP");
        }
        try {
            MPConstraint[] communityRow = new MPConstraint[communities.size()];
            for (int k = 0; k < communityRow.length; k++) {
                communityRow[k] = mip.makeConstraint(1, 1);
            }
            Map<Integer, MPConstraint> organizationRow = new java.util.HashMap<>();
            MPConstraint placed = mip.makeConstraint(required, required);
            MPConstraint moved = maxMoves == null ? null : mip.makeConstraint(-MPSolver.infinity(), maxMoves);
            MPVariable[] z = new MPVariable[columns.size()];
            for (int j = 0; j < z.length; j++) {
                Column column = columns.get(j);
                z[j] = mip.makeBoolVar("z" + j);
                communityRow[column.community()].setCoefficient(z[j], 1);
                for (int i : column.members()) {
                    organizationRow.computeIfAbsent(i, key -> mip.makeConstraint(0, 1)).setCoefficient(z[j], 1);
                }
                placed.setCoefficient(z[j], column.members().length);
                if (moved != null) {
                    moved.setCoefficient(z[j], moves(column.community(), column.members()));
                }
                mip.objective().setCoefficient(z[j], column.cost());
            }
            mip.objective().setMinimization();
            if (start != null) {
                Set<Column> started = Set.of(start);
                double[] values = new double[z.length];
                for (int j = 0; j < z.length; j++) {
                    values[j] = started.contains(columns.get(j)) ? 1 : 0;
                }
                mip.setHint(z, values);
            }
            mip.setTimeLimit(Math.max(1, Math.round(seconds * 1000)));
            // Costs are whole numbers: stop only when no plan cheaper by one is left (SCIP's default
            // relative gap, 1e-4, would accept a plan 34 above the best on dianjiang).
            mip.setSolverSpecificParametersAsString("limits/absgap = 0.5\nlimits/gap = 0\n");
            MPSolverParameters exact = new MPSolverParameters();
            exact.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
            long started = System.nanoTime();
            MPSolver.ResultStatus status = stop.solve(mip, exact);
            log("best plan among %d columns: %s %.0f (bound %.0f) in %.1f s (limit %.1f s)", columns.size(), status,
                    mip.objective().value(), mip.objective().bestBound(), (System.nanoTime() - started) / 1e9, seconds);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return null;
            }
            List<Column> chosen = new ArrayList<>();
            for (int j = 0; j < z.length; j++) {
                if (z[j].solutionValue() > 0.5) {
                    chosen.add(columns.get(j));
                }
            }
            return chosen.toArray(Column[]::new);
        } finally {
            mip.delete();
        }
    }
}
