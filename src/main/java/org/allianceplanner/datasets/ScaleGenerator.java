package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;

/**
 * Generates a {@link ScaleDataset} on demand, repeatably for a seed and in time linear in its size
 * (the province's 20,000 units: about 1 s in a fresh JVM, 0.1–0.3 s warm). County leaders are left
 * out: they only make sense with Hejiang's one-per-community quota, which a benchmark of the other
 * rules does not want.
 */
final class ScaleGenerator {

    static final int MIN_MEMBERS = 3;
    static final double HOMED_SHARE = 0.5;
    static final double EXCLUDED_SHARE = 0.01;
    static final double UNIT_RADIUS_METRES = 600;

    /** Shares of the unit types, per hundred: many agencies and firms, few hospitals. */
    private static final OrganizationType[] TYPES = {OrganizationType.AGENCY, OrganizationType.SCHOOL,
            OrganizationType.HOSPITAL, OrganizationType.STATE_ENTERPRISE, OrganizationType.PRIVATE_ENTERPRISE,
            OrganizationType.SOCIAL_ORGANIZATION};
    private static final double[] TYPE_SHARES = {30, 15, 6, 14, 25, 10};

    private static final WeightedChoices<CommunityCharacter> CHARACTERS =
            WeightedChoices.<CommunityCharacter>builder()
                    .add(CommunityCharacter.OLD_TOWN, 25)
                    .add(CommunityCharacter.MIXED, 30)
                    .add(CommunityCharacter.NEW_ESTATE, 30)
                    .add(CommunityCharacter.PERI_URBAN, 15)
                    .build();

    private final ScaleDataset spec;

    private ScaleGenerator(ScaleDataset spec) {
        this.spec = spec;
    }

    static PlanDocument generate(ScaleDataset spec, long seed) {
        SplittableRandom root = DatasetRandom.of(spec.name(), seed);
        ScaleGenerator generator = new ScaleGenerator(spec);
        List<CommunityDocument> communities = generator.communities(root.split());
        List<OrganizationDocument> organizations = generator.organizations(communities, root.split());
        return new PlanDocument(spec.title(), null, communities, organizations,
                new RulesDocument(SizeBalance.BY_POPULATION, 8.0, null, null), null, null, null, null, null);
    }

    private List<CommunityDocument> communities(SplittableRandom random) {
        Geo.Box region = Geo.Box.around(spec.centre(), spec.regionHalfKm() * 1000, spec.regionHalfKm() * 1000);
        int cols = (int) Math.ceil(Math.sqrt(spec.streets()));
        int rows = (int) Math.ceil((double) spec.streets() / cols);
        List<LocationDocument> streetCentres = region.jitteredGrid(rows, cols, random).subList(0, spec.streets());
        double[] streetWeights = new double[spec.streets()];
        for (int s = 0; s < streetWeights.length; s++) {
            streetWeights[s] = 0.7 + 0.6 * random.nextDouble();
        }
        int[] perStreet = atLeastOneEach(spec.communities(), streetWeights);
        int maxMembers = (int) Math.ceil(2.0 * spec.organizations() / spec.communities());
        String streetDigits = "%0" + digits(spec.streets()) + "d";
        List<CommunityDocument> communities = new ArrayList<>(spec.communities());
        for (int s = 0; s < spec.streets(); s++) {
            String street = "第" + (s + 1) + "街道";
            String communityDigits = "%0" + digits(perStreet[s]) + "d";
            for (int c = 0; c < perStreet[s]; c++) {
                CommunityCharacter character = CHARACTERS.draw(random);
                LocationDocument location = Geo.near(streetCentres.get(s), spec.streetRadiusKm() * 1000, random);
                String id = "s" + streetDigits.formatted(s + 1) + "-c" + communityDigits.formatted(c + 1);
                communities.add(new CommunityDocument(id, street + "第" + (c + 1) + "社区", street, location,
                        character.drawPopulation(1.0, random), character.drawNeeds(List.of(), random),
                        MIN_MEMBERS, maxMembers, null));
            }
        }
        return communities;
    }

    private List<OrganizationDocument> organizations(List<CommunityDocument> communities, SplittableRandom random) {
        List<OrganizationType> types = new ArrayList<>(spec.organizations());
        int[] typeCounts = apportion(spec.organizations(), TYPE_SHARES);
        for (int t = 0; t < TYPES.length; t++) {
            types.addAll(java.util.Collections.nCopies(typeCounts[t], TYPES[t]));
        }
        UnitPlacement.shuffle(types, random);
        long[] cumulativePopulation = new long[communities.size()];
        long running = 0;
        for (int c = 0; c < communities.size(); c++) {
            running += communities.get(c).population();
            cumulativePopulation[c] = running;
        }
        String number = "%0" + digits(spec.organizations()) + "d";
        List<OrganizationDocument> organizations = new ArrayList<>(spec.organizations());
        for (int i = 0; i < spec.organizations(); i++) {
            OrganizationType type = types.get(i);
            // Units cluster where people live: the anchor community is drawn by population.
            CommunityDocument anchor = communities.get(drawIndex(cumulativePopulation, random));
            String name = "单位" + number.formatted(i + 1) + "（" + type.zh() + "）";
            boolean homed = random.nextDouble() < HOMED_SHARE;
            boolean excluded = !homed && random.nextDouble() < EXCLUDED_SHARE / (1 - HOMED_SHARE);
            organizations.add(new OrganizationDocument("u" + number.formatted(i + 1), name, type, anchor.street(),
                    Geo.near(anchor.location(), UNIT_RADIUS_METRES, random), homed ? anchor.id() : null,
                    TypeProfiles.partyMembers(type, TypeProfiles.Size.TYPICAL, random),
                    TypeProfiles.capabilities(type, random), null, null,
                    excluded ? List.of(anchor.id()) : null, BlackoutCalendar.forUnit(type, name, random), null));
        }
        return organizations;
    }

    private static int drawIndex(long[] cumulative, SplittableRandom random) {
        long ticket = random.nextLong(cumulative[cumulative.length - 1]);
        int found = Arrays.binarySearch(cumulative, ticket + 1);
        return found >= 0 ? found : -found - 1;
    }

    /** Apportions {@code total} by weights, every part getting at least one. */
    private static int[] atLeastOneEach(int total, double[] weights) {
        int[] parts = apportion(total - weights.length, weights);
        for (int i = 0; i < parts.length; i++) {
            parts[i]++;
        }
        return parts;
    }

    /** Largest-remainder apportionment: whole parts proportional to the weights that add up to total. */
    static int[] apportion(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    private static int digits(int count) {
        return Math.max(2, String.valueOf(count).length());
    }
}
