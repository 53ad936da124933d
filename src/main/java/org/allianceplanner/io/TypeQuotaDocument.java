package org.allianceplanner.io;

import org.allianceplanner.model.OrganizationType;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

public record TypeQuotaDocument(@NotNull OrganizationType type, @PositiveOrZero Integer min,
        @PositiveOrZero Integer max) {
}
