package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.allianceplanner.io.NeedDocument;

/**
 * What kind of neighbourhood a community is, which decides its likely needs, its size and how
 * central it sits. The character of a real community is our guess from its name and the seed
 * reports (e.g. 迎春 "老旧散", 天宝 on a hillside road); it is synthetic, and the README says so.
 * The constants are declared from the town centre outwards: layouts place them in this order.
 */
enum CommunityCharacter {

    /** 老城区: old, dense and ageing; elderly care, health, old housing and sanitation. */
    OLD_TOWN(9_000, 15_000, """
            ELDERLY_CARE:6 HEALTH_CARE:3 HOUSING_PROPERTY:3 SANITATION:3 SAFETY_PATROL:2
            EMPLOYMENT_ASSISTANCE:2 GOVERNANCE:2 UTILITIES:2 LEGAL_AID:1 CULTURE_SPORTS:1
            MARKET_SAFETY:1 VOLUNTEERING:1 PARTY_BUILDING:1"""),
    /** 新老混合: a mix of both, with shops and markets. */
    MIXED(5_000, 11_000, """
            ELDERLY_CARE:2 CHILDREN_YOUTH:2 SANITATION:2 SAFETY_PATROL:2 MARKET_SAFETY:2 GOVERNANCE:2
            HEALTH_CARE:2 CULTURE_SPORTS:1 LEGAL_AID:1 EMPLOYMENT_ASSISTANCE:1 HOUSING_PROPERTY:1
            ROADS_FACILITIES:1 VOLUNTEERING:1 PARTY_BUILDING:1"""),
    /** 新建小区: new estates of young families; children, property management, activities. */
    NEW_ESTATE(7_000, 14_000, """
            CHILDREN_YOUTH:6 HOUSING_PROPERTY:4 CULTURE_SPORTS:3 SAFETY_PATROL:2 GOVERNANCE:2
            ROADS_FACILITIES:2 HEALTH_CARE:1 LEGAL_AID:1 VOLUNTEERING:1 PARTY_BUILDING:1 UTILITIES:1"""),
    /** 城郊: the urban fringe; roads, jobs, utilities, left-behind elderly. */
    PERI_URBAN(3_000, 7_000, """
            ROADS_FACILITIES:6 EMPLOYMENT_ASSISTANCE:4 SANITATION:3 UTILITIES:3 ELDERLY_CARE:3
            HEALTH_CARE:2 SAFETY_PATROL:1 CHILDREN_YOUTH:1 GOVERNANCE:1 PARTY_BUILDING:1""");

    static final int MIN_NEEDS = 2;
    static final int MAX_NEEDS = 5;

    private final int minPopulation;
    private final int maxPopulation;
    private final WeightedChoices<String> needs;

    CommunityCharacter(int minPopulation, int maxPopulation, String needs) {
        this.minPopulation = minPopulation;
        this.maxPopulation = maxPopulation;
        this.needs = VocabularyCodes.weighted(needs);
    }

    /** A population in this character's range times {@code factor}, to the nearest ten residents. */
    int drawPopulation(double factor, SplittableRandom random) {
        int low = (int) Math.round(minPopulation * factor);
        int high = (int) Math.round(maxPopulation * factor);
        return (int) Math.round((low + random.nextInt(high - low + 1)) / 10.0) * 10;
    }

    /**
     * Two to five needs: the reported ones as given, then typical ones of this character with a
     * priority of 1 (nice to have) to 3 (pressing).
     */
    List<NeedDocument> drawNeeds(List<NeedDocument> reported, SplittableRandom random) {
        if (reported.size() > MAX_NEEDS) {
            throw new IllegalArgumentException("more than " + MAX_NEEDS + " reported needs: " + reported);
        }
        int count = Math.max(reported.size(), MIN_NEEDS + random.nextInt(MAX_NEEDS - MIN_NEEDS + 1));
        List<NeedDocument> result = new ArrayList<>(reported);
        List<String> taken = reported.stream().map(NeedDocument::code).toList();
        for (String code : needs.drawDistinct(count - reported.size(), taken, random)) {
            result.add(new NeedDocument(code, 1 + random.nextInt(3)));
        }
        return result;
    }
}
