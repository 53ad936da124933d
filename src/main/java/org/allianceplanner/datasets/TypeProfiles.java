package org.allianceplanner.datasets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.allianceplanner.model.OrganizationType;

/**
 * What a unit of each type is like: how many party members it has, and, for units without curated
 * capabilities (the scale datasets), which capabilities its function typically brings.
 */
final class TypeProfiles {

    /** How big a curated unit is within its type's range; a column of the unit lists. */
    enum Size { SMALL, TYPICAL, LARGE }

    private record Range(int min, int max) {
    }

    // Party members per grassroots party organization, by the brief's county-scale estimates.
    private static final Map<OrganizationType, Range> PARTY_MEMBERS = new EnumMap<>(Map.of(
            OrganizationType.AGENCY, new Range(20, 120),
            OrganizationType.SCHOOL, new Range(30, 150),
            OrganizationType.HOSPITAL, new Range(80, 400),
            OrganizationType.STATE_ENTERPRISE, new Range(5, 80),
            OrganizationType.PRIVATE_ENTERPRISE, new Range(5, 80),
            OrganizationType.SOCIAL_ORGANIZATION, new Range(3, 20),
            // A county leader serves as one person, the community's first secretary.
            OrganizationType.COUNTY_LEADER, new Range(1, 1)));

    private static final Map<OrganizationType, WeightedChoices<String>> CAPABILITIES = new EnumMap<>(Map.of(
            OrganizationType.AGENCY, VocabularyCodes.weighted("""
                    GOVERNANCE:4 PARTY_BUILDING:3 EMPLOYMENT_ASSISTANCE:2 LEGAL_AID:1 SAFETY_PATROL:1
                    ROADS_FACILITIES:1 SANITATION:1 HOUSING_PROPERTY:1 MARKET_SAFETY:1 CULTURE_SPORTS:1
                    ELDERLY_CARE:1 VOLUNTEERING:1"""),
            OrganizationType.SCHOOL, VocabularyCodes.weighted(
                    "CHILDREN_YOUTH:6 CULTURE_SPORTS:4 VOLUNTEERING:1 SAFETY_PATROL:1"),
            OrganizationType.HOSPITAL, VocabularyCodes.weighted(
                    "HEALTH_CARE:6 ELDERLY_CARE:4 CHILDREN_YOUTH:1 VOLUNTEERING:1"),
            OrganizationType.STATE_ENTERPRISE, VocabularyCodes.weighted("""
                    UTILITIES:4 ROADS_FACILITIES:2 EMPLOYMENT_ASSISTANCE:2 VOLUNTEERING:2 HOUSING_PROPERTY:1
                    SAFETY_PATROL:1"""),
            OrganizationType.PRIVATE_ENTERPRISE, VocabularyCodes.weighted("""
                    EMPLOYMENT_ASSISTANCE:3 HOUSING_PROPERTY:2 MARKET_SAFETY:2 VOLUNTEERING:2 SANITATION:1
                    LEGAL_AID:1 HEALTH_CARE:1"""),
            OrganizationType.SOCIAL_ORGANIZATION, VocabularyCodes.weighted("""
                    VOLUNTEERING:4 ELDERLY_CARE:3 CHILDREN_YOUTH:2 CULTURE_SPORTS:2 EMPLOYMENT_ASSISTANCE:2
                    LEGAL_AID:1 GOVERNANCE:1"""),
            OrganizationType.COUNTY_LEADER, VocabularyCodes.weighted("GOVERNANCE:3 PARTY_BUILDING:2")));

    private TypeProfiles() {
    }

    /**
     * Party members for a unit: small units from the lowest third of the type's range, large ones
     * from the top half, the others from the whole range.
     */
    static int partyMembers(OrganizationType type, Size size, SplittableRandom random) {
        Range range = PARTY_MEMBERS.get(type);
        int span = range.max() - range.min();
        int low = size == Size.LARGE ? range.min() + span / 2 : range.min();
        int high = size == Size.SMALL ? range.min() + span / 3 : range.max();
        return low + random.nextInt(high - low + 1);
    }

    /** One to three capabilities that fit the type's function, most typical likeliest. */
    static List<String> capabilities(OrganizationType type, SplittableRandom random) {
        return CAPABILITIES.get(type).drawDistinct(1 + random.nextInt(3), List.of(), random);
    }
}
