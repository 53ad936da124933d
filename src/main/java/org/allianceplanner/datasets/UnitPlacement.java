package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.allianceplanner.datasets.Catalogue.UnitEntry;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.model.OrganizationType;

/**
 * Turns catalogue units into organization documents: decides which units stand in a community
 * (驻区单位) and where each unit stands, draws its party members and blackout days, and bars a few
 * from one community. Capabilities are curated in the catalogue and copied as they are.
 */
final class UnitPlacement {

    /** A home community keeps this many places free under its maximum for units assigned from elsewhere. */
    private static final int FREE_PLACES = 2;
    /** County leaders work at the county government; they stand within this distance of its seat. */
    private static final double LEADER_RADIUS_METRES = 80;

    private final NamedCounty county;
    private final List<CommunityDocument> communities;
    private final Map<String, CommunityDocument> communityById = new HashMap<>();
    private final WeightedChoices<NamedCounty.StreetArea> streetByArea;

    private UnitPlacement(NamedCounty county, List<CommunityDocument> communities) {
        this.county = county;
        this.communities = communities;
        communities.forEach(c -> communityById.put(c.id(), c));
        this.streetByArea = streetByArea(county.streets());
    }

    static List<OrganizationDocument> build(NamedCounty county, List<CommunityDocument> communities,
            List<UnitEntry> units, SplittableRandom random) {
        return new UnitPlacement(county, communities).place(units, random);
    }

    private List<OrganizationDocument> place(List<UnitEntry> units, SplittableRandom random) {
        SplittableRandom homeRandom = random.split();
        SplittableRandom locationRandom = random.split();
        SplittableRandom memberRandom = random.split();
        SplittableRandom blackoutRandom = random.split();
        SplittableRandom exclusionRandom = random.split();
        Map<String, String> homes = homes(units, homeRandom);
        List<OrganizationDocument> organizations = new ArrayList<>();
        for (UnitEntry unit : units) {
            String home = homes.get(unit.id());
            LocationDocument location;
            String street;
            if (unit.type() == OrganizationType.COUNTY_LEADER) {
                // A county-level leader belongs to no street; the street preference does not apply.
                location = Geo.near(Objects.requireNonNull(county.leaderSeat(), "county leaders need a leaderSeat"),
                        LEADER_RADIUS_METRES, locationRandom);
                street = null;
            } else if (home != null) {
                CommunityDocument community = communityById.get(home);
                location = Geo.near(community.location(), county.homeRadiusMetres(), locationRandom);
                street = community.street();
            } else {
                NamedCounty.StreetArea area = streetByArea.draw(locationRandom);
                location = area.box().randomPoint(locationRandom);
                street = area.street();
            }
            organizations.add(new OrganizationDocument(unit.id(), unit.name(), unit.type(), street, location, home,
                    TypeProfiles.partyMembers(unit.type(), unit.size(), memberRandom), unit.capabilities(),
                    null, null, null, BlackoutCalendar.forUnit(unit.type(), unit.name(), blackoutRandom), null));
        }
        return withExclusions(organizations, exclusionRandom);
    }

    /**
     * Units the seeds pair with a community live there; more units, picked at random, get a home
     * until {@code homedShare} of them have one. A random home is likelier in a populous community
     * and never fills a community beyond its maximum less {@link #FREE_PLACES}.
     */
    private Map<String, String> homes(List<UnitEntry> units, SplittableRandom random) {
        Map<String, String> homes = new HashMap<>();
        Map<String, Integer> homedIn = new HashMap<>();
        List<UnitEntry> candidates = new ArrayList<>();
        int eligible = 0;
        for (UnitEntry unit : units) {
            if (unit.type() == OrganizationType.COUNTY_LEADER) {
                continue;
            }
            eligible++;
            if (unit.home() != null) {
                if (!communityById.containsKey(unit.home())) {
                    throw new IllegalStateException(unit.name() + ": unknown home community " + unit.home());
                }
                homes.put(unit.id(), unit.home());
                homedIn.merge(unit.home(), 1, Integer::sum);
            } else {
                candidates.add(unit);
            }
        }
        shuffle(candidates, random);
        int wanted = (int) Math.round(county.homedShare() * eligible) - homes.size();
        for (UnitEntry unit : candidates.subList(0, Math.max(0, Math.min(wanted, candidates.size())))) {
            String home = drawHome(homedIn, random);
            homes.put(unit.id(), home);
            homedIn.merge(home, 1, Integer::sum);
        }
        return homes;
    }

    private String drawHome(Map<String, Integer> homedIn, SplittableRandom random) {
        WeightedChoices.Builder<String> open = WeightedChoices.builder();
        boolean any = false;
        for (CommunityDocument community : communities) {
            if (homedIn.getOrDefault(community.id(), 0) < community.maxMembers() - FREE_PLACES) {
                open.add(community.id(), community.population());
                any = true;
            }
        }
        if (!any) {
            throw new IllegalStateException(county.catalogue() + ": more homed units than the communities hold");
        }
        return open.build().draw(random);
    }

    /** Streets weighted by their area, so that units without a home spread evenly over the town. */
    private static WeightedChoices<NamedCounty.StreetArea> streetByArea(List<NamedCounty.StreetArea> areas) {
        WeightedChoices.Builder<NamedCounty.StreetArea> streets = WeightedChoices.builder();
        for (NamedCounty.StreetArea area : areas) {
            streets.add(area, (int) Math.max(1, Math.round(area.box().areaKm2() * 100)));
        }
        return streets.build();
    }

    /**
     * Bars a few units without a home from the community nearest to them, the one they would most
     * likely join (say, a unit that audits that community's accounts), so the exclusion matters.
     */
    private List<OrganizationDocument> withExclusions(List<OrganizationDocument> organizations,
            SplittableRandom random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            OrganizationDocument o = organizations.get(i);
            if (o.homeCommunity() == null && o.type() != OrganizationType.COUNTY_LEADER) {
                candidates.add(i);
            }
        }
        shuffle(candidates, random);
        List<OrganizationDocument> result = new ArrayList<>(organizations);
        for (int i : candidates.subList(0, Math.min(county.unitsWithExclusion(), candidates.size()))) {
            OrganizationDocument o = result.get(i);
            CommunityDocument nearest = communities.stream()
                    .min(Comparator.comparingDouble(c -> Geo.metres(c.location(), o.location())))
                    .orElseThrow();
            result.set(i, new OrganizationDocument(o.id(), o.name(), o.type(), o.street(), o.location(),
                    o.homeCommunity(), o.partyMembers(), o.capabilities(), null, null, List.of(nearest.id()),
                    o.blackoutDates(), null));
        }
        return result;
    }

    /** Fisher–Yates with the dataset's random source (Collections.shuffle would need a java.util.Random). */
    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
