package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.io.TypeQuotaDocument;
import org.allianceplanner.io.VocabularyEntryDocument;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;

/**
 * Counties of other shapes than the three committed ones, seeded, to test the model where the
 * datasets do not reach:
 * <ul>
 * <li>{@link #RIVER_CITY}: a long thin city along a river, 24 km end to end, its streets far apart;
 * heavy-tailed party-member counts with a university of 1,350 and a hospital of 900 standing across
 * the river; two communities without a street; the county's own need codes with their names.</li>
 * <li>{@link #OVER_CONSTRAINED}: communities whose maximums leave units out, and a first-secretary
 * quota (exactly one county leader per alliance) with more leaders than communities.</li>
 * </ul>
 */
public final class CountyShapes {

    public static final String RIVER_CITY = "river-city";
    public static final String OVER_CONSTRAINED = "over-constrained";
    public static final List<String> NAMES = List.of(RIVER_CITY, OVER_CONSTRAINED);

    /** The university and the hospital of the river city (and of the over-constrained county). */
    public static final String UNIVERSITY = "university";
    public static final String HOSPITAL = "central-hospital";

    private static final double LAT = 29.70;
    private static final double LON = 106.50;
    private static final double KM_LAT = 1 / 111.2;
    private static final double KM_LON = 1 / 96.5;
    private static final String[] SERVICES = {"PARTY_BUILDING", "LEGAL_AID", "HEALTH_CARE", "ELDERLY_CARE",
            "CHILDREN_YOUTH", "CULTURE_SPORTS", "SAFETY_PATROL", "SANITATION", "VOLUNTEERING", "FLOOD_WATCH",
            "RIVER_CLEANING"};
    private static final List<VocabularyEntryDocument> OWN_CODES = List.of(
            new VocabularyEntryDocument("FLOOD_WATCH", "防汛巡查", "flood watch"),
            new VocabularyEntryDocument("RIVER_CLEANING", "河道保洁", "river cleaning"));
    private static final OrganizationType[] TYPES = {OrganizationType.AGENCY, OrganizationType.SCHOOL,
            OrganizationType.HOSPITAL, OrganizationType.STATE_ENTERPRISE, OrganizationType.PRIVATE_ENTERPRISE,
            OrganizationType.SOCIAL_ORGANIZATION};

    private CountyShapes() {
    }

    public static PlanDocument generate(String name, long seed) {
        return switch (name) {
            case RIVER_CITY -> riverCity(seed);
            case OVER_CONSTRAINED -> overConstrained(seed);
            default -> throw new IllegalArgumentException("unknown shape \"" + name + "\"; known: " + NAMES);
        };
    }

    /** 24 communities in four streets 6 km apart along the river's north bank, four across it (南岸), two without a street. */
    static PlanDocument riverCity(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CommunityDocument> communities = new ArrayList<>();
        String[] streets = {"上游街道", "中游街道", "下游街道", "河口街道"};
        for (int s = 0; s < streets.length; s++) {
            for (int i = 0; i < 5; i++) {
                double east = s * 6.5 + i * 0.9;
                // The last community of the second and third street has no street on record.
                String street = i == 4 && (s == 1 || s == 2) ? null : streets[s];
                communities.add(community("n" + s + i, streets[s].substring(0, 2) + (i + 1) + "社区", street, east,
                        0.6 + random.nextDouble() * 0.8, random));
            }
        }
        for (int i = 0; i < 4; i++) {
            communities.add(community("s" + i, "南岸" + (i + 1) + "社区", "南岸街道", 8 + i * 1.0, -1.5 - random.nextDouble() * 0.5,
                    random));
        }
        List<OrganizationDocument> organizations = new ArrayList<>();
        organizations.add(organization(UNIVERSITY, "江城大学", OrganizationType.SCHOOL, "南岸街道", 8.2, -1.7, "s0", 1_350,
                List.of("CHILDREN_YOUTH", "CULTURE_SPORTS", "VOLUNTEERING")));
        organizations.add(organization(HOSPITAL, "江城中心医院", OrganizationType.HOSPITAL, "南岸街道", 10.1, -1.8, "s2", 900,
                List.of("HEALTH_CARE", "ELDERLY_CARE")));
        int n = 0;
        for (CommunityDocument c : communities) {
            int units = 4 + random.nextInt(5);
            for (int k = 0; k < units; k++) {
                n++;
                double east = (c.location().lon() - LON) / KM_LON + (random.nextDouble() - 0.5) * 1.2;
                double north = (c.location().lat() - LAT) / KM_LAT + (random.nextDouble() - 0.5) * 0.6;
                OrganizationType type = TYPES[random.nextInt(TYPES.length)];
                String street = c.street() == null ? nearestStreet(c) : c.street();
                organizations.add(organization("u" + n, type.zh() + n, type, street, east, north,
                        random.nextInt(3) == 0 ? c.id() : null, heavyTailed(random), capabilities(random)));
            }
        }
        return new PlanDocument("江城（沿江带状城市）", null, communities, organizations,
                new RulesDocument(SizeBalance.EQUAL, 12.0, List.of(), null), null, null, null, null, OWN_CODES, null);
    }

    /** 10 communities of at most 5 members, 46 units and 14 county leaders, exactly one leader an alliance. */
    static PlanDocument overConstrained(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CommunityDocument> communities = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            CommunityDocument c = community("c" + i, "第" + (i + 1) + "社区", i < 5 ? "东城街道" : "西城街道", i * 0.8,
                    random.nextDouble(), random);
            communities.add(new CommunityDocument(c.id(), c.name(), c.street(), c.location(), c.population(), c.needs(),
                    null, 5, null));
        }
        List<OrganizationDocument> organizations = new ArrayList<>();
        organizations.add(organization(UNIVERSITY, "江城大学", OrganizationType.SCHOOL, "东城街道", 0.3, 0.4, "c0", 1_350,
                List.of("CHILDREN_YOUTH", "VOLUNTEERING")));
        organizations.add(organization(HOSPITAL, "江城中心医院", OrganizationType.HOSPITAL, "西城街道", 6.5, 0.5, "c8", 900,
                List.of("HEALTH_CARE")));
        for (int k = 1; k <= 44; k++) {
            OrganizationType type = TYPES[random.nextInt(TYPES.length)];
            double east = random.nextDouble() * 7.5;
            organizations.add(organization("u" + k, type.zh() + k, type, east < 3.8 ? "东城街道" : "西城街道", east,
                    random.nextDouble(), random.nextInt(3) == 0 ? "c" + Math.min(9, (int) (east / 0.8)) : null,
                    heavyTailed(random), capabilities(random)));
        }
        for (int k = 1; k <= 14; k++) {
            double east = random.nextDouble() * 7.5;
            organizations.add(organization("leader" + k, "县级领导" + k, OrganizationType.COUNTY_LEADER,
                    east < 3.8 ? "东城街道" : "西城街道", east, random.nextDouble(), null, 1, List.of("PARTY_BUILDING")));
        }
        return new PlanDocument("超额县（名额不足）", null, communities, organizations,
                new RulesDocument(SizeBalance.EQUAL, 10.0,
                        List.of(new TypeQuotaDocument(OrganizationType.COUNTY_LEADER, 1, 1)), null),
                null, null, null, null, OWN_CODES, null);
    }

    private static CommunityDocument community(String id, String name, String street, double eastKm, double northKm,
            SplittableRandom random) {
        List<NeedDocument> needs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = SERVICES[random.nextInt(SERVICES.length)];
            if (needs.stream().noneMatch(n -> n.code().equals(code))) {
                needs.add(new NeedDocument(code, 1 + random.nextInt(3)));
            }
        }
        return new CommunityDocument(id, name, street, location(eastKm, northKm), 3_000 + random.nextInt(9_000), needs,
                null, null, null);
    }

    private static OrganizationDocument organization(String id, String name, OrganizationType type, String street,
            double eastKm, double northKm, String home, int partyMembers, List<String> capabilities) {
        return new OrganizationDocument(id, name, type, street, location(eastKm, northKm), home, partyMembers,
                capabilities, null, null, null, null, null);
    }

    private static LocationDocument location(double eastKm, double northKm) {
        return new LocationDocument(Math.round((LAT + northKm * KM_LAT) * 1e6) / 1e6,
                Math.round((LON + eastKm * KM_LON) * 1e6) / 1e6);
    }

    /** Most units 5–60 party members, one in eight 100–400 (a Pareto-like tail). */
    private static int heavyTailed(SplittableRandom random) {
        return random.nextInt(8) == 0 ? 100 + random.nextInt(300) : 5 + (int) (55 * Math.pow(random.nextDouble(), 2));
    }

    private static List<String> capabilities(SplittableRandom random) {
        String first = SERVICES[random.nextInt(SERVICES.length)];
        String second = SERVICES[random.nextInt(SERVICES.length)];
        return first.equals(second) ? List.of(first) : List.of(first, second);
    }

    private static String nearestStreet(CommunityDocument c) {
        return Map.of("n14", "中游街道", "n24", "下游街道").getOrDefault(c.id(), "中游街道");
    }
}
