package org.allianceplanner.io;

import java.util.List;

import org.allianceplanner.model.OrganizationType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An organization. {@code currentCommunity} is its community in the plan in force (what stability
 * keeps); {@code community} is its place in this plan: given by a planner to score a hand-made plan,
 * filled in by the solver. A pinned organization keeps {@code community}, or else its current one.
 */
public record OrganizationDocument(
        @NotBlank @Size(max = 100) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationType type,
        @Size(max = 200) String street,
        @NotNull @Valid LocationDocument location,
        String homeCommunity,
        @PositiveOrZero @Max(OrganizationDocument.MAX_PARTY_MEMBERS) Integer partyMembers,
        List<@NotBlank String> capabilities,
        String currentCommunity,
        Boolean pinned,
        List<@NotBlank String> excludedCommunities,
        List<@NotBlank String> blackoutDates,
        String community) {

    /**
     * The most party members one unit may have; with at most {@link PlanDocument#MAX_ORGANIZATIONS}
     * units, every sum of party members fits an int.
     */
    public static final int MAX_PARTY_MEMBERS = 50_000;

    public boolean pinnedOrDefault() {
        return Boolean.TRUE.equals(pinned);
    }

    public OrganizationDocument withCommunity(String newCommunity) {
        return new OrganizationDocument(id, name, type, street, location, homeCommunity, partyMembers, capabilities,
                currentCommunity, pinned, excludedCommunities, blackoutDates, newCommunity);
    }

    public OrganizationDocument withCurrentCommunity(String newCurrentCommunity) {
        return new OrganizationDocument(id, name, type, street, location, homeCommunity, partyMembers, capabilities,
                newCurrentCommunity, pinned, excludedCommunities, blackoutDates, community);
    }

    public OrganizationDocument withHomeCommunity(String newHomeCommunity) {
        return new OrganizationDocument(id, name, type, street, location, newHomeCommunity, partyMembers, capabilities,
                currentCommunity, pinned, excludedCommunities, blackoutDates, community);
    }

    public OrganizationDocument withPinned(Boolean newPinned) {
        return new OrganizationDocument(id, name, type, street, location, homeCommunity, partyMembers, capabilities,
                currentCommunity, newPinned, excludedCommunities, blackoutDates, community);
    }

    public OrganizationDocument withExcludedCommunities(List<String> newExcludedCommunities) {
        return new OrganizationDocument(id, name, type, street, location, homeCommunity, partyMembers, capabilities,
                currentCommunity, pinned, newExcludedCommunities, blackoutDates, community);
    }
}
