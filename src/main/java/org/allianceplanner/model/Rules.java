package org.allianceplanner.model;

import java.util.List;

/**
 * The county's allocation rules that are not per community.
 *
 * @param sizeBalance   what the balance constraints measure against
 * @param maxDistanceKm no organization farther than this from its community (hard); null for no limit
 * @param typeQuotas    quotas every alliance must meet unless a community sets its own for that type
 * @param maxMoves      at most this many organizations may leave their current community (hard), as
 *                      when rebalancing an adopted plan; null for no budget
 */
public record Rules(SizeBalance sizeBalance, Double maxDistanceKm, List<TypeQuota> typeQuotas, Integer maxMoves) {

    public Rules {
        sizeBalance = sizeBalance == null ? SizeBalance.EQUAL : sizeBalance;
        typeQuotas = typeQuotas == null ? List.of() : List.copyOf(typeQuotas);
    }

    public static Rules defaults() {
        return new Rules(SizeBalance.EQUAL, null, List.of(), null);
    }
}
