package org.allianceplanner.io;

import java.util.List;

import org.allianceplanner.model.SizeBalance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** County-wide rules; every field optional (EQUAL balance, no distance limit, no quotas, no move budget). */
public record RulesDocument(
        SizeBalance sizeBalance,
        @Positive Double maxDistanceKm,
        @Valid List<@NotNull TypeQuotaDocument> typeQuotas,
        @PositiveOrZero Integer maxMoves) {

    public RulesDocument withMaxMoves(Integer newMaxMoves) {
        return new RulesDocument(sizeBalance, maxDistanceKm, typeQuotas, newMaxMoves);
    }
}
