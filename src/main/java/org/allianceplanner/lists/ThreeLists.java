package org.allianceplanner.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.ItemRef;
import org.allianceplanner.model.ServiceVocabulary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A scope's three lists (三个做什么任务清单) for one year: needs, resources, projects, and the months
 * each alliance meets. Immutable; {@link ListEdits} makes changed copies, {@link #problems()} tells
 * everything wrong across the lists (ids, references, codes, dates) with the path of each field.
 */
public record ThreeLists(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Valid List<@NotNull ListNeed> needs,
        @Valid List<@NotNull ListResource> resources,
        @Valid List<@NotNull ListProject> projects,
        @Valid List<@NotNull MeetingMonths> meetings) {

    /** A county's own category code: upper-case letters, digits and underscores. */
    private static final Pattern OWN_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");

    public ThreeLists {
        needs = needs == null ? List.of() : List.copyOf(needs);
        resources = resources == null ? List.of() : List.copyOf(resources);
        projects = projects == null ? List.of() : List.copyOf(projects);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    public static ThreeLists empty(int year) {
        return new ThreeLists(year, List.of(), List.of(), List.of(), List.of());
    }

    public ThreeLists withNeeds(List<ListNeed> list) {
        return new ThreeLists(year, list, resources, projects, meetings);
    }

    public ThreeLists withResources(List<ListResource> list) {
        return new ThreeLists(year, needs, list, projects, meetings);
    }

    public ThreeLists withProjects(List<ListProject> list) {
        return new ThreeLists(year, needs, resources, list, meetings);
    }

    public ListNeed need(String id) {
        return needs.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    public ListResource resource(String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public ListProject project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The months the alliance of {@code community} meets: its own list, or quarterly. */
    public List<Integer> meetingMonths(String community) {
        return meetings.stream().filter(m -> m.community().equals(community)).findFirst()
                .map(MeetingMonths::months).orElse(MeetingMonths.QUARTERLY);
    }

    /** Whether a project is a proposal of the matching still awaiting its claim (a new matching replaces it). */
    public static boolean isOpenProposal(ListProject p) {
        return p.status() == ProjectStatus.UNCLAIMED && p.reason() != null;
    }

    /** The lists without the matching's open proposals: what a new matching starts from. */
    public ThreeLists withoutOpenProposals() {
        return withProjects(projects.stream().filter(p -> !isOpenProposal(p)).toList());
    }

    /** Needs with no live project (none, or only cancelled ones). */
    public List<ListNeed> openNeeds() {
        Set<String> taken = new HashSet<>();
        projects.stream().filter(p -> p.status().isLive()).forEach(p -> taken.add(p.need()));
        return needs.stream().filter(n -> !taken.contains(n.id())).toList();
    }

    /** Capacity each resource has given to live projects (each takes its need's effort). */
    public Map<String, Integer> usedCapacity() {
        Map<String, Integer> used = new HashMap<>();
        for (ListProject p : projects) {
            if (p.status() == null || !p.status().isLive() || p.resources() == null) {
                continue;
            }
            ListNeed need = need(p.need());
            int effort = need == null ? 1 : need.effortOrDefault();
            p.resources().forEach(r -> used.merge(r, effort, Integer::sum));
        }
        return used;
    }

    /** Everything wrong across the lists: duplicate ids, unknown references and codes, dates out of order. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        duplicates(problems, "needs", needs, ListNeed::id);
        duplicates(problems, "resources", resources, ListResource::id);
        duplicates(problems, "projects", projects, ListProject::id);
        for (int i = 0; i < needs.size(); i++) {
            problems.addAll(at("needs[" + i + "].", needProblems(needs.get(i))));
        }
        for (int i = 0; i < resources.size(); i++) {
            problems.addAll(at("resources[" + i + "].", resourceProblems(resources.get(i))));
        }
        for (int i = 0; i < projects.size(); i++) {
            problems.addAll(at("projects[" + i + "].", projectProblems(projects.get(i))));
        }
        return problems;
    }

    /** The problems of one need, with paths relative to it. */
    public List<FieldProblem> needProblems(ListNeed n) {
        List<FieldProblem> problems = new ArrayList<>();
        code(problems, "category", n.category());
        if (n.raisedOn() != null && year != null && n.raisedOn().getYear() > year) {
            problems.add(FieldProblem.of("raisedOn", "lists.raisedAfterYear", n.raisedOn(), year));
        }
        return problems;
    }

    public List<FieldProblem> resourceProblems(ListResource r) {
        List<FieldProblem> problems = new ArrayList<>();
        code(problems, "capability", r.capability());
        if (r.months() != null && r.months().stream().distinct().count() < r.months().size()) {
            problems.add(FieldProblem.of("months", "lists.monthTwice"));
        }
        return problems;
    }

    public List<FieldProblem> projectProblems(ListProject p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.need() != null && need(p.need()) == null) {
            problems.add(FieldProblem.of("need", "lists.unknownNeed", p.need()));
        }
        if (p.resources() != null) {
            for (int i = 0; i < p.resources().size(); i++) {
                String r = p.resources().get(i);
                if (r != null && resource(r) == null) {
                    problems.add(FieldProblem.of("resources[" + i + "]", "lists.unknownResource", r));
                }
            }
        }
        if (p.status() == ProjectStatus.DONE && p.completedOn() == null) {
            problems.add(FieldProblem.of("completedOn", "lists.completedOnMissing"));
        }
        if (p.claimedOn() != null && p.completedOn() != null && p.completedOn().isBefore(p.claimedOn())) {
            problems.add(FieldProblem.of("completedOn", "lists.completedBeforeClaimed", p.completedOn(), p.claimedOn()));
        }
        return problems;
    }

    private static void code(List<FieldProblem> problems, String field, String code) {
        if (code != null && !code.isBlank() && !ServiceVocabulary.isKnown(code) && !OWN_CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of(field, "lists.badCode", code));
        }
    }

    private static <T> void duplicates(List<FieldProblem> problems, String array, List<T> items, Function<T, String> id) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (key == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                problems.add(FieldProblem.of(array + "[" + i + "].id", "lists.duplicateId", key, new ItemRef(array, earlier)));
            }
        }
    }

    private static List<FieldProblem> at(String prefix, List<FieldProblem> problems) {
        return problems.stream().map(p -> p.at(prefix + p.field())).toList();
    }
}
