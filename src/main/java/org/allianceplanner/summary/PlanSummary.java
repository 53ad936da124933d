package org.allianceplanner.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;

/**
 * The one-page summary for the leadership (领导审阅汇总): what the plan is, the three principles'
 * figures in plain words, a table per street, the needs no member serves, and who moves against the
 * plan in force. Computed from the assignment alone, so that it reads the same on the page, in the
 * PDF and in a test.
 *
 * @param status the plan's status in Chinese and English ("已完成", "solved")
 * @param feasible whether every hard rule holds (null while not every unit is placed once)
 * @param moves who moves against the plan in force; null when there is none to compare with
 */
public record PlanSummary(String name, LocalDate date, String status, String statusEn, Boolean feasible,
        boolean adopted, Figures figures, List<StreetTable> streets, List<UncoveredNeed> uncovered,
        Comparison comparison, MapData map) {

    /**
     * The principles' figures. Locality: mean distance, units placed in the community they stand in
     * (of those that stand in one), units in their own street. Needs: priority-weighted share of
     * needs served, and how many needs are not. Balance: members per alliance, least, mean, most.
     */
    public record Figures(int communities, int organizations, int assigned, int unassigned, double meanDistanceKm,
            double maxDistanceKm, int inHomeCommunity, int withHomeCommunity, int inOwnStreet, int needs,
            int needsCovered, Double needsCoveredPercent, int minMembers, double meanMembers, int maxMembers,
            int partyMembers) {
    }

    /** One alliance's line in its street's table. */
    public record AllianceRow(String community, String name, int members, int partyMembers, int population,
            int needs, int needsCovered, List<String> uncovered, double meanDistanceKm, int inHomeCommunity,
            List<String> memberNames) {
    }

    public record StreetTable(String street, List<AllianceRow> alliances, int members, int partyMembers) {
    }

    public record UncoveredNeed(String community, String communityName, String street, String need, String needZh,
            String needEn, int priority) {
    }

    /** Against the plan in force: its name, and each unit that moves, is added or leaves. */
    public record Comparison(String adoptedPlanId, String adoptedPlanName, int moved, int added, int removed,
            List<Move> moves) {
    }

    public record Move(String organization, String name, String change, String from, String to) {
    }

    /** Coordinates for the small map: communities with their street, units with their community. */
    public record MapData(List<MapPoint> communities, List<MapPoint> organizations) {
    }

    public record MapPoint(String id, String name, String street, double lat, double lon, String community) {
    }

    /** Figures, tables, uncovered needs and map of {@code plan}; the comparison comes from the caller. */
    public static PlanSummary of(AlliancePlan plan, LocalDate date, String status, String statusEn, Boolean feasible,
            boolean adopted, Comparison comparison) {
        Map<Community, List<Organization>> members = new LinkedHashMap<>();
        plan.getCommunities().forEach(c -> members.put(c, new ArrayList<>()));
        int assigned = 0;
        long metres = 0;
        int maxMetres = 0;
        int inHome = 0;
        int withHome = 0;
        int ownStreet = 0;
        for (Organization o : plan.getOrganizations()) {
            Community c = o.getCommunity();
            if (o.getHomeCommunity() != null) {
                withHome++;
            }
            if (c == null || !members.containsKey(c)) {
                continue;
            }
            members.get(c).add(o);
            assigned++;
            int d = o.distanceMetresTo(c);
            metres += d;
            maxMetres = Math.max(maxMetres, d);
            if (c.equals(o.getHomeCommunity())) {
                inHome++;
            }
            if (o.getStreet() != null && o.getStreet().equals(c.getStreet())) {
                ownStreet++;
            }
        }
        int needs = 0;
        int needsCovered = 0;
        long weight = 0;
        long coveredWeight = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        int party = 0;
        Map<String, List<AllianceRow>> byStreet = new LinkedHashMap<>();
        List<UncoveredNeed> uncovered = new ArrayList<>();
        for (Map.Entry<Community, List<Organization>> e : members.entrySet()) {
            Community c = e.getKey();
            List<Organization> list = e.getValue();
            Set<String> offered = list.stream().flatMap(o -> o.getCapabilities().stream()).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            int covered = 0;
            for (Need n : c.getNeeds()) {
                needs++;
                weight += n.priority();
                if (offered.contains(n.code())) {
                    covered++;
                    coveredWeight += n.priority();
                } else {
                    missing.add(plan.getVocabulary().zh(n.code()));
                    uncovered.add(new UncoveredNeed(c.getId(), c.getName(), c.getStreet(), n.code(),
                            plan.getVocabulary().zh(n.code()), plan.getVocabulary().en(n.code()), n.priority()));
                }
            }
            needsCovered += covered;
            int partyMembers = list.stream().mapToInt(Organization::getPartyMembers).sum();
            party += partyMembers;
            min = Math.min(min, list.size());
            max = Math.max(max, list.size());
            double mean = list.isEmpty() ? 0 : list.stream().mapToInt(o -> o.distanceMetresTo(c)).average().orElse(0) / 1000;
            int home = (int) list.stream().filter(o -> c.equals(o.getHomeCommunity())).count();
            byStreet.computeIfAbsent(street(c), k -> new ArrayList<>()).add(new AllianceRow(c.getId(), c.getName(),
                    list.size(), partyMembers, c.getPopulation(), c.getNeeds().size(), covered, missing, round(mean),
                    home, list.stream().map(Organization::getName).toList()));
        }
        uncovered.sort(java.util.Comparator.comparingInt((UncoveredNeed u) -> -u.priority()));
        List<StreetTable> streets = byStreet.entrySet().stream().map(e -> new StreetTable(e.getKey(), e.getValue(),
                e.getValue().stream().mapToInt(AllianceRow::members).sum(),
                e.getValue().stream().mapToInt(AllianceRow::partyMembers).sum())).toList();
        int communities = plan.getCommunities().size();
        Figures figures = new Figures(communities, plan.getOrganizations().size(), assigned,
                plan.getOrganizations().size() - assigned, round(assigned == 0 ? 0 : metres / 1000.0 / assigned),
                round(maxMetres / 1000.0), inHome, withHome, ownStreet, needs, needsCovered,
                weight == 0 ? null : Double.valueOf(Math.round(1000.0 * coveredWeight / weight) / 10.0), communities == 0 ? 0 : min,
                communities == 0 ? 0 : Math.round(100.0 * assigned / communities) / 100.0, max, party);
        MapData map = new MapData(
                plan.getCommunities().stream().map(c -> new MapPoint(c.getId(), c.getName(), street(c),
                        c.getLocation().lat(), c.getLocation().lon(), c.getId())).toList(),
                plan.getOrganizations().stream().map(o -> new MapPoint(o.getId(), o.getName(), o.getStreet(),
                        o.getLocation().lat(), o.getLocation().lon(),
                        o.getCommunity() == null ? null : o.getCommunity().getId())).toList());
        return new PlanSummary(plan.getName(), date, status, statusEn, feasible, adopted, figures, streets, uncovered,
                comparison, map);
    }

    static String street(Community c) {
        return c.getStreet() == null || c.getStreet().isBlank() ? "未填街道" : c.getStreet();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
