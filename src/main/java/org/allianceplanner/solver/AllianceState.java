package org.allianceplanner.solver;

import java.util.List;

import org.allianceplanner.constraints.AllianceConstraintProvider;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;

/**
 * One community's alliance under construction, with what its cost depends on kept up to date (count,
 * party members, members per type, servers per need), so that adding or dropping a member is
 * re-priced in time proportional to the community's needs rather than its members. Each candidate's own
 * cost is given (its pair cost less what the multipliers pay for it), so {@link #value()} is the
 * alliance's reduced cost; {@link AllocationModel#communityCost} is the reference it must agree with.
 */
final class AllianceState {

    private final Community community;
    private final long[] own;
    private final long[] party;
    private final int[] type;
    private final boolean[][] serves;
    private final boolean[] pinned;
    private final long[] needPenalty;
    private final long wSize;
    private final long wParty;
    private final long wDiversity;
    private final AllianceWeights weights;

    final boolean[] in;
    private int count;
    private long partySum;
    private long ownSum;
    private final int[] typeCount = new int[OrganizationType.values().length];
    private final java.util.function.ToIntFunction<OrganizationType> typesIn = type -> typeCount[type.ordinal()];
    private final int[] servers;

    /**
     * @param candidates the organizations that may join, in the order of {@code own}
     * @param own        each candidate's own part of the alliance's (reduced) cost
     */
    AllianceState(Community community, List<Organization> candidates, long[] own, AllianceWeights w) {
        this.community = community;
        this.own = own;
        int n = candidates.size();
        List<Need> needs = community.getNeeds();
        party = new long[n];
        type = new int[n];
        pinned = new boolean[n];
        serves = new boolean[n][needs.size()];
        for (int j = 0; j < n; j++) {
            Organization o = candidates.get(j);
            party[j] = Math.min(o.getPartyMembers(), community.getTargetPartyMembers());
            type[j] = o.getType().ordinal();
            pinned[j] = o.isPinned();
            for (int q = 0; q < needs.size(); q++) {
                serves[j][q] = o.getCapabilities().contains(needs.get(q).code());
            }
        }
        needPenalty = new long[needs.size()];
        for (int q = 0; q < needs.size(); q++) {
            needPenalty[q] = w.get(AllianceConstraint.UNCOVERED_NEED) * needs.get(q).priority();
        }
        servers = new int[needs.size()];
        wSize = w.get(AllianceConstraint.SIZE_BALANCE);
        wParty = w.get(AllianceConstraint.PARTY_MEMBER_BALANCE);
        wDiversity = w.get(AllianceConstraint.TYPE_DIVERSITY);
        weights = w;
        in = new boolean[n];
    }

    int size() {
        return in.length;
    }

    boolean isPinned(int j) {
        return pinned[j];
    }

    /** Adds candidate j when out, drops it when in. */
    void flip(int j) {
        int sign = in[j] ? -1 : 1;
        in[j] = !in[j];
        count += sign;
        partySum += sign * party[j];
        ownSum += sign * own[j];
        typeCount[type[j]] += sign;
        for (int q = 0; q < servers.length; q++) {
            if (serves[j][q]) {
                servers[q] += sign;
            }
        }
    }

    /** Whether the alliance keeps the community's hard rules: size limits and type quotas. */
    boolean keepsRules() {
        return violation() == 0;
    }

    /** The alliance's (reduced) cost: its members' own parts and the community's rules. */
    long value() {
        long value = ownSum;
        for (int q = 0; q < servers.length; q++) {
            if (servers[q] == 0) {
                value += needPenalty[q];
            }
        }
        long d = count - community.getTargetMembers();
        value += wSize * d * d;
        value += wParty * AllianceConstraintProvider.partyMemberPercentOff(partySum, community.getTargetPartyMembers());
        for (int n : typeCount) {
            value += wDiversity * n * (n - 1L) / 2;
        }
        return value;
    }

    /** The value, with each member short or over a hard limit costing more than any alliance can. */
    long penalized() {
        return value() + BROKEN * violation();
    }

    private static final long BROKEN = 1L << 40;

    /** By how many members the alliance breaks its size limits and type quotas. */
    int violation() {
        return AllocationModel.ruleViolation(community, count, typesIn, weights);
    }
}
