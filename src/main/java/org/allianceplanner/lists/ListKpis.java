package org.allianceplanner.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures a county reports about its lists, for the county and for each alliance: needs listed,
 * resources listed, needs matched (a live project, proposed or claimed), projects claimed (claimed,
 * in progress or done: the county's "projects"), completed, and the open need that has waited
 * longest (days since it was raised, on {@code asOf}).
 */
public record ListKpis(Figures county, List<Figures> alliances) {

    public record Figures(String alliance, int needs, int resources, int matched, int claimed, int completed,
            String longestWaitingNeed, Long longestWaitDays) {
    }

    public static ListKpis of(ThreeLists lists, LocalDate asOf) {
        Set<String> alliances = new TreeSet<>();
        lists.needs().forEach(n -> alliances.add(n.community()));
        lists.resources().stream().filter(r -> r.alliance() != null).forEach(r -> alliances.add(r.alliance()));
        List<Figures> each = new ArrayList<>();
        for (String alliance : alliances) {
            each.add(figures(lists, alliance, asOf));
        }
        return new ListKpis(figures(lists, null, asOf), each);
    }

    private static Figures figures(ThreeLists lists, String alliance, LocalDate asOf) {
        List<ListNeed> needs = lists.needs().stream()
                .filter(n -> alliance == null || alliance.equals(n.community())).toList();
        Map<String, ListNeed> byId = new HashMap<>();
        needs.forEach(n -> byId.put(n.id(), n));
        long resources = lists.resources().stream()
                .filter(r -> alliance == null || alliance.equals(r.alliance())).count();
        List<ListProject> projects = lists.projects().stream().filter(p -> byId.containsKey(p.need())).toList();
        long matched = projects.stream().filter(p -> p.status().isLive()).map(ListProject::need).distinct().count();
        long claimed = projects.stream().filter(p -> p.status().isClaimed()).count();
        long completed = projects.stream().filter(p -> p.status() == ProjectStatus.DONE).count();
        Set<String> taken = new TreeSet<>();
        projects.stream().filter(p -> p.status().isClaimed()).forEach(p -> taken.add(p.need()));
        ListNeed longest = needs.stream().filter(n -> !taken.contains(n.id()))
                .min(Comparator.comparing(ListNeed::raisedOn).thenComparing(ListNeed::id)).orElse(null);
        return new Figures(alliance, needs.size(), (int) resources, (int) matched, (int) claimed, (int) completed,
                longest == null ? null : longest.id(),
                longest == null ? null : Math.max(0, ChronoUnit.DAYS.between(longest.raisedOn(), asOf)));
    }
}
