package org.allianceplanner.model;

import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A grassroots party organization (单位党组织) of an agency, school, hospital, enterprise or social
 * organization. The solver chooses its {@link #getCommunity() community}; null means unassigned,
 * which happens only when the communities' maximums cannot take everyone.
 */
@PlanningEntity
public class Organization {

    @PlanningId
    private String id;
    private String name;
    private OrganizationType type;
    private String street;
    private GeoPoint location;
    private int partyMembers;
    private Set<String> capabilities = Set.of();
    /** The community it stands in (驻区单位), if any. */
    private Community homeCommunity;
    /** Its community in the plan in force, if any; what the stability constraint keeps. */
    private Community currentCommunity;
    @PlanningPin
    private boolean pinned;
    private Set<Community> excludedCommunities = Set.of();
    private List<DateRange> blackoutDates = List.of();

    @PlanningVariable(valueRangeProviderRefs = AlliancePlan.COMMUNITY_RANGE, nullable = true)
    private Community community;

    /** The plan's vocabulary, so that a sentence about this one names codes as the problem does. */
    private Vocabulary vocabulary = Vocabulary.SHARED;

    // Derived once per problem by PlanPreparation, so that scoring never computes a distance.
    private int[] distanceMetres;
    private boolean[] servesNeedOf;
    private int maxDistanceMetres = Integer.MAX_VALUE;

    public Organization() {
    }

    public Organization(String id, String name, OrganizationType type, String street, GeoPoint location,
            int partyMembers, Set<String> capabilities) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.street = street;
        this.location = location;
        this.partyMembers = partyMembers;
        this.capabilities = Set.copyOf(capabilities);
    }

    /** Distance to a community in metres, from the table computed when the problem was prepared. */
    public int distanceMetresTo(Community target) {
        if (distanceMetres == null) {
            throw new IllegalStateException("Organization " + id + " was not prepared (PlanPreparation.prepare).");
        }
        return distanceMetres[target.getIndex()];
    }

    /** Whether any of its capabilities serves any need of the community. */
    public boolean servesAnyNeedOf(Community target) {
        return servesNeedOf[target.getIndex()];
    }

    public boolean isTooFarFrom(Community target) {
        return distanceMetresTo(target) > maxDistanceMetres;
    }

    public boolean isInExcludedCommunity() {
        return community != null && excludedCommunities.contains(community);
    }

    public boolean isAwayFromHome() {
        return homeCommunity != null && community != homeCommunity;
    }

    /**
     * Whether it is in a community of another street. A unit or a community without a street is never
     * outside: there is no street to compare.
     */
    public boolean isOutsideOwnStreet() {
        return street != null && !street.isBlank() && community != null && community.getStreet() != null
                && !community.getStreet().isBlank() && !street.equals(community.getStreet());
    }

    /** Whether the day falls in one of its blackout ranges (e.g. exam week, an inspection). */
    public boolean isUnavailableOn(java.time.LocalDate day) {
        for (DateRange range : blackoutDates) {
            if (range.contains(day)) {
                return true;
            }
        }
        return false;
    }

    public DateRange blackoutContaining(java.time.LocalDate day) {
        for (DateRange range : blackoutDates) {
            if (range.contains(day)) {
                return range;
            }
        }
        return null;
    }

    public boolean isMovedFromCurrent() {
        return currentCommunity != null && community != currentCommunity;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public String getStreet() {
        return street;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public int getPartyMembers() {
        return partyMembers;
    }

    public Set<String> getCapabilities() {
        return capabilities;
    }

    public Community getHomeCommunity() {
        return homeCommunity;
    }

    public void setHomeCommunity(Community homeCommunity) {
        this.homeCommunity = homeCommunity;
    }

    public Community getCurrentCommunity() {
        return currentCommunity;
    }

    public void setCurrentCommunity(Community currentCommunity) {
        this.currentCommunity = currentCommunity;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Set<Community> getExcludedCommunities() {
        return excludedCommunities;
    }

    public void setExcludedCommunities(Set<Community> excludedCommunities) {
        this.excludedCommunities = Set.copyOf(excludedCommunities);
    }

    public List<DateRange> getBlackoutDates() {
        return blackoutDates;
    }

    public void setBlackoutDates(List<DateRange> blackoutDates) {
        this.blackoutDates = List.copyOf(blackoutDates);
    }

    public Community getCommunity() {
        return community;
    }

    public void setCommunity(Community community) {
        this.community = community;
    }

    public int getMaxDistanceMetres() {
        return maxDistanceMetres;
    }

    /** Shares the other's derived tables (they are read-only), as a copy of it for a plan part. */
    void shareDerived(Organization other) {
        setDerived(other.distanceMetres, other.servesNeedOf, other.maxDistanceMetres);
    }

    void setDerived(int[] distanceMetres, boolean[] servesNeedOf, int maxDistanceMetres) {
        this.distanceMetres = distanceMetres;
        this.servesNeedOf = servesNeedOf;
        this.maxDistanceMetres = maxDistanceMetres;
    }

    public Vocabulary getVocabulary() {
        return vocabulary;
    }

    void setVocabulary(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
