package org.allianceplanner.io;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record CommunityDocument(
        @NotBlank @Size(max = 100) String id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String street,
        @NotNull @Valid LocationDocument location,
        @PositiveOrZero Integer population,
        @Valid List<@NotNull NeedDocument> needs,
        @PositiveOrZero Integer minMembers,
        @PositiveOrZero Integer maxMembers,
        @Valid List<@NotNull TypeQuotaDocument> typeQuotas) {

    public CommunityDocument withNeeds(List<NeedDocument> newNeeds) {
        return new CommunityDocument(id, name, street, location, population, newNeeds, minMembers, maxMembers,
                typeQuotas);
    }
}
