package org.allianceplanner.lists.matching;

import java.util.Set;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A resource as the matching sees it: its unit (the responsible unit of a project that takes it), the
 * alliance and street of that unit, its capability, the capacity left after live projects, and its
 * months.
 */
public class Offer {

    @PlanningId
    private String id;
    private String title;
    private String organization;
    private String organizationName;
    private String alliance;
    private String street;
    private String capability;
    private int remaining;
    private Set<Integer> months;

    public Offer() {
    }

    public Offer(String id, String title, String organization, String organizationName, String alliance, String street,
            String capability, int remaining, Set<Integer> months) {
        this.id = id;
        this.title = title;
        this.organization = organization;
        this.organizationName = organizationName;
        this.alliance = alliance;
        this.street = street;
        this.capability = capability;
        this.remaining = remaining;
        this.months = Set.copyOf(months);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganization() {
        return organization;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getAlliance() {
        return alliance;
    }

    public String getStreet() {
        return street;
    }

    public String getCapability() {
        return capability;
    }

    public int getRemaining() {
        return remaining;
    }

    public boolean isAvailableIn(int month) {
        return months.contains(month);
    }

    @Override
    public String toString() {
        return id;
    }
}
