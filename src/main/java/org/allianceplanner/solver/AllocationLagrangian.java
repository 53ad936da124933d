package org.allianceplanner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.allianceplanner.constraints.AllianceConstraintProvider;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.TypeQuota;

/**
 * A quick lower bound on the allocation part for counties too large for the column generation to converge
 * (a city's 300 communities × 2,000 units, where one round of its exact pricing takes minutes): the
 * Lagrangian relaxation of "each organization in one alliance", maximized by subgradient ascent, with each
 * community's alliance priced <em>below</em> its exact cost so that the pricing is a sort, not a search.
 * <p>
 * Each alliance is charged exactly for its members' own rules (distance, home, street, idle, moved), its
 * size balance, its type diversity and its hard size and type limits; needs no candidate can serve count in
 * full. Party-member balance and the other needs are charged by lines below them: a need is uncovered at
 * least 1 − (members serving it), and an alliance of P counted party members is at least cap·(1 − P/T) − 1
 * percent off its target T; each line times a multiplier of its own in [0, the rule's weight] is at most
 * the rule's penalty (never negative: weights are not). Then every member's cost is its own, and the
 * alliance's a sum over types of convex functions of how many of each type join: the least alliance for
 * given multipliers is the cheapest members of each type merged by their marginal cost. That minimum is
 * exact for the relaxed pricing, so every step's value is a sound bound; multipliers are whole numbers when
 * it is evaluated, so the bound is exact long arithmetic.
 */
final class AllocationLagrangian {

    /** What the ascent proved, in how many steps and how long. */
    record Result(long bound, int iterations, double seconds) {
    }

    /**
     * The multipliers π and μ stay within ±2⁴⁰ (so λ = μ − π within ±2⁴¹), and a member's dearest marginal
     * cost (its pair, its type's diversity, the lines' credits) must be below 2⁴⁰, so that a reduced cost
     * fits a sort key beside its position; a problem whose weights and distances make it dearer gets the
     * trivial bound, 0.
     */
    private static final double LIMIT = 0x1p40;
    /** Rounds without a better bound before the step is halved; the ascent ends when it is tiny. */
    private static final int PATIENCE = 20;
    private static final double SMALLEST_STEP = 1e-4;

    private final int organizations;
    private final int required;
    private final boolean everyone;
    private final List<CommunityPricing> pricings = new ArrayList<>();
    private final int workers;
    private final boolean representable;
    /** Organizations every feasible plan places (pinned to a community): their π is free, as for everyone. */
    private final boolean[] mustPlace;

    /** @param required how many organizations a plan places (all but the fewest unassigned) */
    AllocationLagrangian(AlliancePlan plan, int required, int workers) {
        List<Organization> orgs = plan.getOrganizations();
        this.organizations = orgs.size();
        this.required = required;
        this.everyone = required == organizations;
        this.workers = Math.max(1, workers);
        for (Community c : plan.getCommunities()) {
            pricings.add(new CommunityPricing(c, orgs, plan.getWeights()));
        }
        this.representable = pricings.stream().allMatch(p -> p.dearest() < LIMIT);
        this.mustPlace = new boolean[organizations];
        for (int i = 0; i < organizations; i++) {
            mustPlace[i] = orgs.get(i).isPinned() && orgs.get(i).getCommunity() != null;
        }
    }

    /**
     * Ascends for at most {@code seconds} (or until {@code stop} is asked, or the steps have become too
     * small to matter) and returns the best bound proven; null when some community cannot keep its hard
     * rules with any of its candidates (no plan is feasible). {@code upper} is the
     * cost of a known plan, which sizes the steps (Polyak's rule); null when none is known.
     */
    Result run(double seconds, Long upper, SearchStop stop) {
        long started = System.nanoTime();
        if (!representable) {
            return new Result(0, 0, 0);
        }
        long deadline = started + (long) (seconds * 1e9);
        // π: the price of leaving an organization out (free where it must be placed, else ≥ 0), μ: the value
        // of one more placed. Each organization's multiplier is λ = μ − π. Starting at each organization's
        // cheapest pair (where π may be negative), every alliance prices from zero.
        double[] pi = new double[organizations];
        Arrays.fill(pi, Double.NaN);
        for (CommunityPricing p : pricings) {
            p.lowerCheapest(pi);
        }
        for (int i = 0; i < organizations; i++) {
            pi[i] = Math.max(floor(i), Double.isNaN(pi[i]) ? 0 : -pi[i]);
        }
        double mu = 0;
        long best = Long.MIN_VALUE;
        double theta = 1.0;
        int sinceBest = 0;
        int iterations = 0;
        long[] lambda = new long[organizations];
        int[] placed = new int[organizations];
        ExecutorService pool = workers > 1 ? AllocationColumns.daemonPool(workers, "lagrangian") : null;
        try {
            while (System.nanoTime() < deadline && !stop.isStopped() && theta > SMALLEST_STEP) {
                long muWhole = Math.round(mu);
                long penalties = 0;
                for (int i = 0; i < organizations; i++) {
                    long piWhole = Math.round(pi[i]);
                    lambda[i] = muWhole - piWhole;
                    penalties += piWhole;
                }
                Arrays.fill(placed, 0);
                Long priced = price(lambda, placed, pool);
                if (priced == null) {
                    return null;
                }
                iterations++;
                // L = Σ alliances' least reduced cost − Σ π + μ·required (where everyone is placed, μ stays 0).
                long value = priced - penalties + muWhole * required;
                if (value > best) {
                    best = value;
                    sinceBest = 0;
                } else if (++sinceBest >= PATIENCE) {
                    theta /= 2;
                    sinceBest = 0;
                }
                // The subgradient: for π, how often each organization was placed less one; for μ, the placed
                // short of the required; for the communities' own multipliers, their lines at the alliance.
                // Its length leaves out multipliers held at their limit that it would push beyond it.
                double norm = 0;
                long total = 0;
                for (int i = 0; i < organizations; i++) {
                    double g = placed[i] - 1;
                    if (!(g < 0 && pi[i] <= floor(i))) {
                        norm += g * g;
                    }
                    total += placed[i];
                }
                double gMu = everyone ? 0 : required - total;
                norm += gMu * gMu;
                for (CommunityPricing p : pricings) {
                    norm += p.slopeNorm();
                }
                if (norm == 0) {
                    break; // a subgradient of zero: the relaxation's optimum
                }
                double gap = upper != null && upper > best ? upper - best : Math.max(1, Math.abs(best) * 0.05);
                double step = theta * gap / norm;
                for (int i = 0; i < organizations; i++) {
                    pi[i] = Math.max(floor(i), Math.min(LIMIT, pi[i] + step * (placed[i] - 1)));
                }
                mu = Math.max(-LIMIT, Math.min(LIMIT, mu + step * gMu));
                for (CommunityPricing p : pricings) {
                    p.ascend(step);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        // Without a step (stopped at once) only the trivial bound holds: no penalty is negative.
        return new Result(iterations > 0 ? best : 0, iterations, (System.nanoTime() - started) / 1e9);
    }

    /** The least π of organization i: free where it must be placed, else 0 (its row is "at most one"). */
    private double floor(int i) {
        return everyone || mustPlace[i] ? -LIMIT : 0;
    }

    /** Σ over communities of the least reduced cost, counting in {@code placed} who joins; null if infeasible. */
    private Long price(long[] lambda, int[] placed, ExecutorService pool) throws InterruptedException {
        if (pool == null) {
            return priceShare(0, 1, lambda, placed);
        }
        List<int[]> counts = new ArrayList<>();
        List<Future<Long>> sums = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            int[] mine = new int[placed.length];
            counts.add(mine);
            sums.add(pool.submit(() -> priceShare(first, workers, lambda, mine)));
        }
        long sum = 0;
        boolean feasible = true;
        for (int w = 0; w < workers; w++) {
            Long share;
            try {
                share = sums.get(w).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            if (share == null) {
                feasible = false;
                continue;
            }
            sum += share;
            for (int i = 0; i < placed.length; i++) {
                placed[i] += counts.get(w)[i];
            }
        }
        return feasible ? sum : null;
    }

    /** The communities first, first + step, …: Σ least reduced cost, or null if one has no alliance. */
    private Long priceShare(int first, int step, long[] lambda, int[] placed) {
        long sum = 0;
        for (int k = first; k < pricings.size(); k += step) {
            long least = pricings.get(k).least(lambda, placed);
            if (least == Long.MAX_VALUE) {
                return null;
            }
            sum += least;
        }
        return sum;
    }

    /**
     * One community's relaxed pricing: its candidates grouped by type with their pair costs, party members
     * and needs served; its limits; and its own multipliers, of the lines below party balance and needs.
     */
    private static final class CommunityPricing {

        /** Low bits of a sort key hold the candidate's position within its type. */
        private static final int INDEX_BITS = 20;
        private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
        /** Needs beyond this many a community counts at their least (nothing) here. */
        private static final int CREDITED_NEEDS = 64;

        private final int[][] members;
        private final long[][] pairCosts;
        /** Per type and candidate, the party members that count towards the target (at most the target). */
        private final long[][] partyCounted;
        /** Per type and candidate, which of the credited needs it serves (bit n: need n). */
        private final long[][] serves;
        private final int[] typeLeast;
        private final int[] typeMost;
        private final int least;
        private final int most;
        private final int target;
        private final long wSize;
        private final long wDiversity;
        /** What the alliance pays whatever its members: needs none of its candidates can serve. */
        private final long fixed;
        private final long partyTarget;
        private final long cap;
        /** The party line's multiplier and its most (the weight times the cap; 0 when the rule is off). */
        private double partyCredit;
        private final long partyCreditMost;
        /** Per credited need, its line's multiplier and its most (the weight times the need's priority). */
        private final double[] needCredit;
        private final long[] needCreditMost;
        /** The lines' values at the last alliance priced: the subgradient of these multipliers. */
        private double partySlope;
        private final double[] needSlope;

        CommunityPricing(Community c, List<Organization> orgs, AllianceWeights w) {
            Map<OrganizationType, List<Integer>> byType = new EnumMap<>(OrganizationType.class);
            int candidates = 0;
            for (int i = 0; i < orgs.size(); i++) {
                if (AllocationModel.allowed(orgs.get(i), c, w)) {
                    byType.computeIfAbsent(orgs.get(i).getType(), t -> new ArrayList<>()).add(i);
                    candidates++;
                }
            }
            if (candidates >= 1 << INDEX_BITS) {
                throw new IllegalArgumentException("too many candidates for one community: " + candidates);
            }
            long wNeed = w.get(AllianceConstraint.UNCOVERED_NEED);
            List<Need> served = new ArrayList<>();
            long uncoverable = 0;
            for (Need need : c.getNeeds()) {
                boolean any = byType.values().stream().flatMap(List::stream)
                        .anyMatch(i -> orgs.get(i).getCapabilities().contains(need.code()));
                if (!any) {
                    uncoverable += wNeed * need.priority();
                } else if (served.size() < CREDITED_NEEDS) {
                    served.add(need);
                }
            }
            fixed = uncoverable;
            needCredit = new double[served.size()];
            needSlope = new double[served.size()];
            needCreditMost = served.stream().mapToLong(n -> wNeed * n.priority()).toArray();
            partyTarget = c.getTargetPartyMembers();
            cap = AllianceConstraintProvider.PARTY_MEMBER_CAP_PERCENT;
            partyCreditMost = partyTarget > 0 ? w.get(AllianceConstraint.PARTY_MEMBER_BALANCE) * cap : 0;
            OrganizationType[] types = OrganizationType.values();
            members = new int[types.length][];
            pairCosts = new long[types.length][];
            partyCounted = new long[types.length][];
            serves = new long[types.length][];
            typeLeast = new int[types.length];
            typeMost = new int[types.length];
            boolean quotas = w.get(AllianceConstraint.TYPE_QUOTA) > 0;
            for (OrganizationType t : types) {
                List<Integer> ofType = byType.getOrDefault(t, List.of());
                int ti = t.ordinal();
                members[ti] = ofType.stream().mapToInt(Integer::intValue).toArray();
                pairCosts[ti] = ofType.stream().mapToLong(i -> AllocationModel.pairCost(orgs.get(i), c, w)).toArray();
                partyCounted[ti] = ofType.stream().mapToLong(i -> Math.min(orgs.get(i).getPartyMembers(), partyTarget))
                        .toArray();
                serves[ti] = ofType.stream().mapToLong(i -> {
                    long mask = 0;
                    for (int n = 0; n < served.size(); n++) {
                        if (orgs.get(i).getCapabilities().contains(served.get(n).code())) {
                            mask |= 1L << n;
                        }
                    }
                    return mask;
                }).toArray();
                typeMost[ti] = ofType.size();
                for (TypeQuota quota : quotas ? c.getEffectiveQuotas() : List.<TypeQuota>of()) {
                    if (quota.type() == t && quota.min() != null) {
                        typeLeast[ti] = Math.max(typeLeast[ti], quota.min());
                    }
                    if (quota.type() == t && quota.max() != null) {
                        typeMost[ti] = Math.min(typeMost[ti], quota.max());
                    }
                }
            }
            most = w.get(AllianceConstraint.COMMUNITY_OVER_MAX) > 0 && c.getMaxMembers() != null
                    ? Math.min(candidates, c.getMaxMembers()) : candidates;
            least = w.get(AllianceConstraint.COMMUNITY_UNDER_MIN) > 0 && c.getMinMembers() != null ? c.getMinMembers() : 0;
            target = c.getTargetMembers();
            wSize = w.get(AllianceConstraint.SIZE_BALANCE);
            wDiversity = w.get(AllianceConstraint.TYPE_DIVERSITY);
        }

        /** The dearest marginal cost of a member here, multipliers aside: pair, diversity and the lines' credits. */
        double dearest() {
            double pair = Arrays.stream(pairCosts).flatMapToLong(Arrays::stream).max().orElse(0);
            double diversity = (double) wDiversity * Arrays.stream(members).mapToInt(m -> m.length).max().orElse(0);
            return pair + diversity + partyCreditMost + Arrays.stream(needCreditMost).sum();
        }

        /** Lowers {@code cheapest[i]} to organization i's least pair cost here (NaN: none seen yet). */
        void lowerCheapest(double[] cheapest) {
            for (int t = 0; t < members.length; t++) {
                for (int j = 0; j < members[t].length; j++) {
                    int i = members[t][j];
                    if (Double.isNaN(cheapest[i]) || pairCosts[t][j] < cheapest[i]) {
                        cheapest[i] = pairCosts[t][j];
                    }
                }
            }
        }

        /**
         * The least relaxed cost of an alliance here less what {@code lambda} pays for its members, adding one
         * to {@code placed} for each member of that alliance; Long.MAX_VALUE when no alliance keeps the limits.
         */
        long least(long[] lambda, int[] placed) {
            int types = members.length;
            for (int t = 0; t < types; t++) {
                if (typeLeast[t] > typeMost[t]) {
                    return Long.MAX_VALUE;
                }
            }
            // The lines' constants, rounded down, and each member's share of them, rounded up in its favour:
            // credit·(1 − 1/cap) − credit·P/T for party balance, credit·(1 − servers) for each need.
            long party = Math.round(partyCredit);
            long[] need = new long[needCredit.length];
            long base = fixed + Math.floorDiv(party * (cap - 1), cap);
            for (int n = 0; n < need.length; n++) {
                need[n] = Math.round(needCredit[n]);
                base += need[n];
            }
            long[][] sorted = new long[types][];
            int baseCount = 0;
            int increments = 0;
            for (int t = 0; t < types; t++) {
                long[] keys = new long[members[t].length];
                for (int j = 0; j < keys.length; j++) {
                    long own = pairCosts[t][j] - lambda[members[t][j]];
                    if (party != 0) {
                        own += Math.floorDiv(-party * partyCounted[t][j], partyTarget);
                    }
                    for (long mask = serves[t][j]; mask != 0; mask &= mask - 1) {
                        own -= need[Long.numberOfTrailingZeros(mask)];
                    }
                    keys[j] = (own << INDEX_BITS) | j;
                }
                Arrays.sort(keys);
                sorted[t] = keys;
                // The type's least members must join; its n-th member adds its reduced cost and n−1 pairs.
                for (int n = 1; n <= typeLeast[t]; n++) {
                    base += (keys[n - 1] >> INDEX_BITS) + wDiversity * (n - 1);
                }
                baseCount += typeLeast[t];
                increments += typeMost[t] - typeLeast[t];
            }
            // Every further member's marginal cost, keyed with its place in this list (by type, then rank):
            // within a type they rise, so the cheapest k of them overall are a leading run of each type's.
            long[] marginal = new long[increments];
            int[] typeOf = new int[increments];
            int at = 0;
            for (int t = 0; t < types; t++) {
                for (int n = typeLeast[t] + 1; n <= typeMost[t]; n++) {
                    marginal[at] = (((sorted[t][n - 1] >> INDEX_BITS) + wDiversity * (n - 1)) << INDEX_BITS) | at;
                    typeOf[at] = t;
                    at++;
                }
            }
            Arrays.sort(marginal);
            int lo = Math.max(least, baseCount);
            int hi = Math.min(most, baseCount + increments);
            if (lo > hi) {
                return Long.MAX_VALUE;
            }
            long running = base;
            long bestValue = Long.MAX_VALUE;
            int bestCount = -1;
            for (int k = baseCount; k <= hi; k++) {
                if (k > baseCount) {
                    running += marginal[k - baseCount - 1] >> INDEX_BITS;
                }
                if (k >= lo) {
                    long d = k - target;
                    long value = running + wSize * d * d;
                    if (value < bestValue) {
                        bestValue = value;
                        bestCount = k;
                    }
                }
            }
            int[] taken = typeLeast.clone();
            for (int i = 0; i < bestCount - baseCount; i++) {
                taken[typeOf[(int) (marginal[i] & INDEX_MASK)]]++;
            }
            long partyMembers = 0;
            int[] servers = new int[need.length];
            for (int t = 0; t < types; t++) {
                for (int n = 0; n < taken[t]; n++) {
                    int j = (int) (sorted[t][n] & INDEX_MASK);
                    placed[members[t][j]]++;
                    partyMembers += partyCounted[t][j];
                    for (long mask = serves[t][j]; mask != 0; mask &= mask - 1) {
                        servers[Long.numberOfTrailingZeros(mask)]++;
                    }
                }
            }
            partySlope = partyCreditMost == 0 ? 0 : (cap - 1.0) / cap - (double) partyMembers / partyTarget;
            for (int n = 0; n < need.length; n++) {
                needSlope[n] = 1 - servers[n];
            }
            return bestValue;
        }

        /** The squared length of this community's part of the last subgradient, less what pushes at a limit. */
        double slopeNorm() {
            double norm = pushes(partyCredit, partyCreditMost, partySlope) ? 0 : partySlope * partySlope;
            for (int n = 0; n < needSlope.length; n++) {
                norm += pushes(needCredit[n], needCreditMost[n], needSlope[n]) ? 0 : needSlope[n] * needSlope[n];
            }
            return norm;
        }

        /** Whether a multiplier at one of its limits [0, most] would be pushed beyond it. */
        private static boolean pushes(double credit, long most, double slope) {
            return slope < 0 && credit <= 0 || slope > 0 && credit >= most;
        }

        /** Moves this community's multipliers by {@code step} along the last subgradient, within their ranges. */
        void ascend(double step) {
            partyCredit = Math.max(0, Math.min(partyCreditMost, partyCredit + step * partySlope));
            for (int n = 0; n < needCredit.length; n++) {
                needCredit[n] = Math.max(0, Math.min(needCreditMost[n], needCredit[n] + step * needSlope[n]));
            }
        }
    }
}
