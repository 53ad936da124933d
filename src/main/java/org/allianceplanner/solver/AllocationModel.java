package org.allianceplanner.solver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.constraints.AllianceConstraintProvider;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.TypeQuota;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The allocation part of a prepared plan as an exact CP-SAT model: one 0/1 variable per organization
 * and community it may join, the hard rules as constraints, the medium rule (unassigned) as an
 * expression, and the soft penalty of every allocation constraint under the plan's weights as the
 * objective. The calendar's rules are left out. Balance terms are linear: a squared deviation is the
 * largest of its secant lines (exact at whole numbers), the party-member percentage is rounded down
 * by a linear inequality and capped by an indicator. {@link #softCost(AlliancePlan)} computes the same
 * penalty of an assignment in plain Java; tests check both against the constraint provider.
 */
public final class AllocationModel {

    final CpModel model = new CpModel();
    final List<Organization> organizations;
    final List<Community> communities;
    /** x.get(o).get(c): organization o joins community c; absent pairs are forbidden. */
    final List<Map<Integer, BoolVar>> x = new ArrayList<>();
    final LinearExpr unassigned;
    final LinearExpr soft;
    /** Whether every hard rule could be written (false: a pinned organization already breaks one). */
    final boolean consistent;
    private final List<CommunityVars> communityVars = new ArrayList<>();
    /** Each community's position in the plan's list (a plan part keeps the whole plan's indexes). */
    private final Map<Community, Integer> at;

    private AllocationModel(AlliancePlan plan) {
        this.organizations = plan.getOrganizations();
        this.communities = plan.getCommunities();
        this.at = positions(communities);
        AllianceWeights w = plan.getWeights();
        boolean ok = true;
        LinearExprBuilder unassignedSum = LinearExpr.newBuilder();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<List<BoolVar>> byCommunity = new ArrayList<>();
        communities.forEach(c -> byCommunity.add(new ArrayList<>()));
        List<List<Organization>> orgsByCommunity = new ArrayList<>();
        communities.forEach(c -> orgsByCommunity.add(new ArrayList<>()));
        boolean budget = plan.getRules().maxMoves() != null && w.get(AllianceConstraint.MOVE_BUDGET) > 0;
        LinearExprBuilder moved = LinearExpr.newBuilder();
        for (int i = 0; i < organizations.size(); i++) {
            Organization o = organizations.get(i);
            Map<Integer, BoolVar> vars = new HashMap<>();
            for (Community c : communities) {
                if (!allowed(o, c, w)) {
                    continue;
                }
                BoolVar v = model.newBoolVar("x" + i + "_" + at.get(c));
                vars.put(at.get(c), v);
                byCommunity.get(at.get(c)).add(v);
                orgsByCommunity.get(at.get(c)).add(o);
                long cost = pairCost(o, c, w);
                if (isMove(o, c)) {
                    moved.addTerm(v, 1);
                }
                if (cost != 0) {
                    objective.addTerm(v, cost);
                }
            }
            if (o.isPinned()) {
                if (o.getCommunity() != null && vars.isEmpty()) {
                    ok = false;
                }
                vars.values().forEach(v -> model.addEquality(v, 1));
            }
            BoolVar[] row = vars.values().toArray(BoolVar[]::new);
            if (row.length > 0) {
                model.addAtMostOne(row);
            }
            unassignedSum.add(1);
            for (BoolVar v : row) {
                unassignedSum.addTerm(v, -1);
            }
            x.add(vars);
        }
        if (budget) {
            model.addLessOrEqual(moved.build(), plan.getRules().maxMoves());
        }
        for (Community c : communities) {
            int k = at.get(c);
            communityVars.add(addCommunity(model, c, k, byCommunity.get(k), orgsByCommunity.get(k), w, objective));
        }
        this.unassigned = unassignedSum.build();
        this.soft = objective.build();
        this.consistent = ok;
    }

    /**
     * Adds one community's hard rules (size limits, type quotas) and soft terms (uncovered needs, size and
     * party-member balance, type diversity) over its candidate members' variables to {@code model} and
     * {@code objective}; the whole plan's model and each community's pricing model ({@link AllocationColumns})
     * share it, so that the two cannot drift apart.
     */
    static CommunityVars addCommunity(CpModel model, Community c, int k, List<BoolVar> members,
            List<Organization> candidates, AllianceWeights w, LinearExprBuilder objective) {
        long wOver = w.get(AllianceConstraint.COMMUNITY_OVER_MAX);
        long wUnder = w.get(AllianceConstraint.COMMUNITY_UNDER_MIN);
        long wQuota = w.get(AllianceConstraint.TYPE_QUOTA);
        long wNeed = w.get(AllianceConstraint.UNCOVERED_NEED);
        long wSize = w.get(AllianceConstraint.SIZE_BALANCE);
        long wParty = w.get(AllianceConstraint.PARTY_MEMBER_BALANCE);
        long wDiversity = w.get(AllianceConstraint.TYPE_DIVERSITY);
        CommunityVars vars = new CommunityVars();
        // The count and the party members as variables, so that the balance lines name one variable
        // rather than repeating every member (which made the model a hundred times larger).
        int most = members.size();
        if (wOver > 0 && c.getMaxMembers() != null) {
            most = Math.min(most, c.getMaxMembers());
        }
        int least = wUnder > 0 && c.getMinMembers() != null ? Math.min(c.getMinMembers(), most) : 0;
        IntVar count = model.newIntVar(0, members.size(), "count" + k);
        vars.count = count;
        model.addEquality(count, LinearExpr.sum(members.toArray(BoolVar[]::new)));
        if (wOver > 0 && c.getMaxMembers() != null) {
            model.addLessOrEqual(count, c.getMaxMembers());
        }
        if (wUnder > 0 && c.getMinMembers() != null) {
            model.addGreaterOrEqual(count, c.getMinMembers());
        }
        Map<OrganizationType, LinearExprBuilder> byType = new EnumMap<>(OrganizationType.class);
        Map<OrganizationType, Integer> typeCandidates = new EnumMap<>(OrganizationType.class);
        for (int m = 0; m < members.size(); m++) {
            OrganizationType type = candidates.get(m).getType();
            byType.computeIfAbsent(type, t -> LinearExpr.newBuilder()).addTerm(members.get(m), 1);
            typeCandidates.merge(type, 1, Integer::sum);
        }
        if (wQuota > 0) {
            for (TypeQuota quota : c.getEffectiveQuotas()) {
                LinearExprBuilder ofType = byType.get(quota.type());
                LinearExpr typeCount = ofType == null ? LinearExpr.constant(0) : ofType.build();
                if (quota.min() != null) {
                    model.addGreaterOrEqual(typeCount, quota.min());
                }
                if (quota.max() != null) {
                    model.addLessOrEqual(typeCount, quota.max());
                }
            }
        }
        if (wNeed != 0) {
            for (Need need : c.getNeeds()) {
                objective.add(wNeed * need.priority());
                LinearExprBuilder servers = LinearExpr.newBuilder();
                int n = 0;
                for (int m = 0; m < members.size(); m++) {
                    if (candidates.get(m).getCapabilities().contains(need.code())) {
                        servers.addTerm(members.get(m), 1);
                        n++;
                    }
                }
                if (n > 0) {
                    BoolVar covered = model.newBoolVar("covered");
                    model.addLessOrEqual(covered, servers.build());
                    objective.addTerm(covered, -wNeed * need.priority());
                    vars.covered.put(covered, need.code());
                }
            }
        }
        if (wSize != 0) {
            int target = c.getTargetMembers();
            long reach = Math.max(target, members.size());
            IntVar square = model.newIntVar(0, reach * reach, "size" + k);
            vars.square = square;
            vars.target = target;
            if (members.isEmpty()) {
                model.addEquality(square, (long) target * target);
            }
            // (count - target)^2 at whole numbers from least to most: the largest secant line
            // through d^2 and (d+1)^2.
            for (int d = least - target; d < most - target; d++) {
                model.addGreaterOrEqual(square, LinearExpr.newBuilder().addTerm(count, 2L * d + 1)
                        .add(-(2L * d + 1) * target - (long) d * (d + 1)).build());
            }
            if (least == most) {
                long d = least - target;
                model.addGreaterOrEqual(square, d * d);
            }
            objective.addTerm(square, wSize);
        }
        if (wParty != 0) {
            long target = c.getTargetPartyMembers();
            long divisor = Math.max(1, target);
            LinearExprBuilder partyBuilder = LinearExpr.newBuilder();
            long reachable = 0;
            for (int m = 0; m < members.size(); m++) {
                long counted = Math.min(candidates.get(m).getPartyMembers(), target);
                partyBuilder.addTerm(members.get(m), counted);
                reachable += counted;
            }
            IntVar party = model.newIntVar(0, reachable, "partyMembers" + k);
            model.addEquality(party, partyBuilder.build());
            long maxDeviation = Math.max(target, reachable - target);
            IntVar deviation = model.newIntVar(0, Math.max(0, maxDeviation), "dev" + k);
            model.addGreaterOrEqual(deviation, LinearExpr.newBuilder().add(party).add(-target).build());
            model.addGreaterOrEqual(deviation, LinearExpr.newBuilder().addTerm(party, -1).add(target).build());
            long cap = AllianceConstraintProvider.PARTY_MEMBER_CAP_PERCENT;
            long maxPercent = 100 * Math.max(0, maxDeviation) / divisor;
            // percent = floor(100 deviation / divisor): the least whole number with
            // percent * divisor >= 100 deviation - divisor + 1; capped at 100 by an indicator.
            IntVar percent = model.newIntVar(0, Math.max(maxPercent, 0), "pct" + k);
            model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(percent, divisor).build(),
                    LinearExpr.newBuilder().addTerm(deviation, 100).add(1 - divisor).build());
            IntVar penalty = model.newIntVar(0, cap, "party" + k);
            vars.party = party;
            vars.deviation = deviation;
            vars.percent = percent;
            vars.partyPenalty = penalty;
            vars.partyTarget = target;
            if (maxPercent > cap) {
                BoolVar capped = model.newBoolVar("capped" + k);
                vars.capped = capped;
                model.addGreaterOrEqual(penalty, percent).onlyEnforceIf(capped.not());
                model.addGreaterOrEqual(penalty, cap).onlyEnforceIf(capped);
            } else {
                model.addGreaterOrEqual(penalty, percent);
            }
            objective.addTerm(penalty, wParty);
        }
        if (wDiversity != 0) {
            for (Map.Entry<OrganizationType, LinearExprBuilder> e : byType.entrySet()) {
                int n = Math.min(typeCandidates.get(e.getKey()), most);
                if (n < 2) {
                    continue;
                }
                IntVar typeCount = model.newIntVar(0, typeCandidates.get(e.getKey()), "type" + k);
                model.addEquality(typeCount, e.getValue().build());
                long top = (long) typeCandidates.get(e.getKey());
                IntVar pairs = model.newIntVar(0, top * (top - 1) / 2, "pairs" + k);
                // n(n-1)/2 at whole numbers up to the most members: the largest secant line, slope d,
                // through d and d+1.
                for (int d = 1; d < n; d++) {
                    model.addGreaterOrEqual(pairs, LinearExpr.newBuilder().addTerm(typeCount, d)
                            .add(-(long) d * (d + 1) / 2).build());
                }
                objective.addTerm(pairs, wDiversity);
                vars.typeCounts.put(e.getKey(), typeCount);
                vars.pairs.put(e.getKey(), pairs);
            }
        }
        return vars;
    }

    /** The auxiliary variables of one community, so that a hint can give every variable its value. */
    static final class CommunityVars {
        IntVar count;
        IntVar square;
        int target;
        IntVar party;
        IntVar deviation;
        IntVar percent;
        IntVar partyPenalty;
        long partyTarget;
        BoolVar capped;
        final Map<BoolVar, String> covered = new HashMap<>();
        final Map<OrganizationType, IntVar> typeCounts = new EnumMap<>(OrganizationType.class);
        final Map<OrganizationType, IntVar> pairs = new EnumMap<>(OrganizationType.class);

        /** Hints every auxiliary variable at its value for an alliance of these members. */
        void hint(CpModel model, Community c, List<Organization> members) {
            long partyMembers = 0;
            Map<OrganizationType, Integer> types = new EnumMap<>(OrganizationType.class);
            java.util.Set<String> offered = new java.util.HashSet<>();
            for (Organization o : members) {
                partyMembers += Math.min(o.getPartyMembers(), c.getTargetPartyMembers());
                types.merge(o.getType(), 1, Integer::sum);
                offered.addAll(o.getCapabilities());
            }
            model.addHint(count, members.size());
            if (square != null) {
                long d = members.size() - target;
                model.addHint(square, d * d);
            }
            if (party != null) {
                long off = Math.abs(partyMembers - partyTarget);
                long percentOff = 100 * off / Math.max(1, partyTarget);
                model.addHint(party, partyMembers);
                model.addHint(deviation, off);
                model.addHint(percent, percentOff);
                model.addHint(partyPenalty, AllianceConstraintProvider.partyMemberPercentOff(partyMembers, partyTarget));
                if (capped != null) {
                    model.addHint(capped, percentOff > AllianceConstraintProvider.PARTY_MEMBER_CAP_PERCENT);
                }
            }
            for (Map.Entry<BoolVar, String> e : covered.entrySet()) {
                model.addHint(e.getKey(), offered.contains(e.getValue()));
            }
            for (Map.Entry<OrganizationType, IntVar> e : typeCounts.entrySet()) {
                long n = types.getOrDefault(e.getKey(), 0);
                model.addHint(e.getValue(), n);
                model.addHint(pairs.get(e.getKey()), n * (n - 1) / 2);
            }
        }
    }

    /** The model of a prepared plan (PlanPreparation.prepare). */
    public static AllocationModel of(AlliancePlan plan) {
        return new AllocationModel(plan);
    }

    /**
     * Hints CP-SAT at the plan's current assignment, every variable with its value, so that CP-SAT starts
     * from it at once (an incomplete hint must first be repaired).
     */
    void hint(AlliancePlan plan) {
        Map<Organization, Community> placed = new java.util.IdentityHashMap<>();
        plan.getOrganizations().forEach(o -> placed.put(o, o.getCommunity()));
        hintPlaced(placed);
    }

    /** Hints CP-SAT at an assignment given by ids (organization id → community id or null). */
    void hintAssignment(Map<String, String> assignment) {
        Map<String, Community> byId = new HashMap<>();
        communities.forEach(c -> byId.put(c.getId(), c));
        Map<Organization, Community> placed = new java.util.IdentityHashMap<>();
        for (Organization o : organizations) {
            Community c = byId.get(assignment.get(o.getId()));
            if (c != null) {
                placed.put(o, c);
            }
        }
        hintPlaced(placed);
    }

    private void hintPlaced(Map<Organization, Community> placement) {
        List<List<Organization>> members = new ArrayList<>();
        communities.forEach(c -> members.add(new ArrayList<>()));
        for (int i = 0; i < organizations.size(); i++) {
            Organization o = organizations.get(i);
            Community c = placement.get(o);
            boolean placed = c != null && x.get(i).containsKey(at.get(c));
            for (Map.Entry<Integer, BoolVar> e : x.get(i).entrySet()) {
                model.addHint(e.getValue(), placed && at.get(c).equals(e.getKey()));
            }
            if (placed) {
                members.get(at.get(c)).add(o);
            }
        }
        for (int k = 0; k < communityVars.size(); k++) {
            communityVars.get(k).hint(model, communities.get(k), members.get(k));
        }
    }

    /** Fixes every variable to the plan's assignment; false when the assignment uses a forbidden pair. */
    boolean fix(AlliancePlan plan) {
        for (int i = 0; i < organizations.size(); i++) {
            Community c = organizations.get(i).getCommunity();
            if (c != null && !x.get(i).containsKey(at.get(c))) {
                return false;
            }
            for (Map.Entry<Integer, BoolVar> e : x.get(i).entrySet()) {
                model.addEquality(e.getValue(), c != null && at.get(c).equals(e.getKey()) ? 1 : 0);
            }
        }
        return true;
    }

    /**
     * The soft penalty of the allocation constraints of the plan's assignment under its weights, as a
     * positive number: what the constraint provider's allocation rules add up to (the calendar's left out).
     */
    public static long softCost(AlliancePlan plan) {
        AllianceWeights w = plan.getWeights();
        Map<Community, List<Organization>> members = new java.util.IdentityHashMap<>();
        plan.getCommunities().forEach(c -> members.put(c, new ArrayList<>()));
        for (Organization o : plan.getOrganizations()) {
            if (o.getCommunity() != null) {
                members.get(o.getCommunity()).add(o);
            }
        }
        long cost = 0;
        for (Community c : plan.getCommunities()) {
            cost += communityCost(c, members.get(c), w);
        }
        return cost;
    }

    /**
     * The soft penalty of one alliance with these members: each member's own rules ({@link #pairCost}) and
     * the alliance's (uncovered needs, size and party-member balance, type diversity).
     */
    static long communityCost(Community c, List<Organization> members, AllianceWeights w) {
        long cost = 0;
        long party = 0;
        Map<OrganizationType, Integer> types = new EnumMap<>(OrganizationType.class);
        for (Organization o : members) {
            cost += pairCost(o, c, w);
            party += Math.min(o.getPartyMembers(), c.getTargetPartyMembers());
            types.merge(o.getType(), 1, Integer::sum);
        }
        for (Need need : c.getNeeds()) {
            if (members.stream().noneMatch(o -> o.getCapabilities().contains(need.code()))) {
                cost += w.get(AllianceConstraint.UNCOVERED_NEED) * need.priority();
            }
        }
        long d = members.size() - c.getTargetMembers();
        cost += w.get(AllianceConstraint.SIZE_BALANCE) * d * d;
        cost += w.get(AllianceConstraint.PARTY_MEMBER_BALANCE)
                * AllianceConstraintProvider.partyMemberPercentOff(party, c.getTargetPartyMembers());
        for (int n : types.values()) {
            cost += w.get(AllianceConstraint.TYPE_DIVERSITY) * n * (n - 1L) / 2;
        }
        return cost;
    }

    /**
     * How many organizations the plan's assignment leaves unassigned when it keeps every hard rule of the
     * model, or -1 when it breaks one.
     */
    static int unassignedIfFeasible(AlliancePlan plan) {
        AllianceWeights w = plan.getWeights();
        Map<Community, Integer> at = positions(plan.getCommunities());
        int[] count = new int[plan.getCommunities().size()];
        Map<Community, Map<OrganizationType, Integer>> types = new HashMap<>();
        int unassigned = 0;
        int moved = 0;
        for (Organization o : plan.getOrganizations()) {
            Community c = o.getCommunity();
            if (c == null) {
                unassigned++;
                continue;
            }
            if (!o.isPinned() && (w.get(AllianceConstraint.EXCLUDED_COMMUNITY) > 0 && o.getExcludedCommunities().contains(c)
                    || w.get(AllianceConstraint.MAX_DISTANCE) > 0 && o.isTooFarFrom(c))) {
                return -1;
            }
            if (o.getCurrentCommunity() != null && c != o.getCurrentCommunity()) {
                moved++;
            }
            count[at.get(c)]++;
            types.computeIfAbsent(c, k -> new EnumMap<>(OrganizationType.class)).merge(o.getType(), 1, Integer::sum);
        }
        if (plan.getRules().maxMoves() != null && w.get(AllianceConstraint.MOVE_BUDGET) > 0
                && moved > plan.getRules().maxMoves()) {
            return -1;
        }
        for (Community c : plan.getCommunities()) {
            Map<OrganizationType, Integer> typeCount = types.getOrDefault(c, Map.of());
            if (ruleViolation(c, count[at.get(c)], t -> typeCount.getOrDefault(t, 0), w) > 0) {
                return -1;
            }
        }
        return unassigned;
    }

    /**
     * By how many members an alliance of {@code count} members, {@code typeCount} of each type, breaks its
     * community's hard rules (size limits, type quotas), each when its weight is on; 0 when it keeps them.
     * The one check of a whole plan ({@link #unassignedIfFeasible}), of a column ({@link AllocationColumns})
     * and of the pricing's local search ({@link AllianceState}).
     */
    static int ruleViolation(Community c, int count, java.util.function.ToIntFunction<OrganizationType> typeCount,
            AllianceWeights w) {
        int violation = 0;
        if (w.get(AllianceConstraint.COMMUNITY_OVER_MAX) > 0 && c.getMaxMembers() != null && count > c.getMaxMembers()) {
            violation += count - c.getMaxMembers();
        }
        if (w.get(AllianceConstraint.COMMUNITY_UNDER_MIN) > 0 && c.getMinMembers() != null && count < c.getMinMembers()) {
            violation += c.getMinMembers() - count;
        }
        if (w.get(AllianceConstraint.TYPE_QUOTA) > 0) {
            for (TypeQuota quota : c.getEffectiveQuotas()) {
                violation += quota.violation(typeCount.applyAsInt(quota.type()));
            }
        }
        return violation;
    }

    private static Map<Community, Integer> positions(List<Community> communities) {
        Map<Community, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < communities.size(); i++) {
            at.put(communities.get(i), i);
        }
        return at;
    }

    /**
     * The soft penalty of the rules of one organization in one community: distance, away from its home
     * community, outside its street, serving none of the community's needs, moved from where it is.
     */
    static long pairCost(Organization o, Community c, AllianceWeights w) {
        long cost = w.get(AllianceConstraint.DISTANCE) * o.distanceMetresTo(c);
        if (o.getHomeCommunity() != null && c != o.getHomeCommunity()) {
            cost += w.get(AllianceConstraint.HOME_COMMUNITY);
        }
        if (isOutside(o, c)) {
            cost += w.get(AllianceConstraint.OUTSIDE_STREET);
        }
        if (!o.servesAnyNeedOf(c)) {
            cost += w.get(AllianceConstraint.IDLE_MEMBER);
        }
        if (isMove(o, c)) {
            cost += w.get(AllianceConstraint.STABILITY);
        }
        return cost;
    }

    /** Whether placing the organization in the community moves it from its current community. */
    static boolean isMove(Organization o, Community c) {
        return o.getCurrentCommunity() != null && c != o.getCurrentCommunity();
    }

    /**
     * Whether the organization may join the community under the model's hard rules: a pinned one only
     * where it is pinned; others not where excluded nor beyond their distance limit (each when hard).
     */
    static boolean allowed(Organization o, Community c, AllianceWeights w) {
        if (o.isPinned()) {
            return c == o.getCommunity();
        }
        return !(w.get(AllianceConstraint.EXCLUDED_COMMUNITY) > 0 && o.getExcludedCommunities().contains(c))
                && !(w.get(AllianceConstraint.MAX_DISTANCE) > 0 && o.isTooFarFrom(c));
    }

    static boolean isOutside(Organization o, Community c) {
        return o.getStreet() != null && !o.getStreet().isBlank() && c.getStreet() != null && !c.getStreet().isBlank()
                && !o.getStreet().equals(c.getStreet());
    }
}
