package org.allianceplanner.io;

import java.util.List;

import org.allianceplanner.model.SizeBalance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** County-wide rules; every field optional (EQUAL balance, no distance limit, no quotas). */
public record RulesDocument(
        SizeBalance sizeBalance,
        @Positive Double maxDistanceKm,
        @Valid List<@NotNull TypeQuotaDocument> typeQuotas) {
}
