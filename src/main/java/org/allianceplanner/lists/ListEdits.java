package org.allianceplanner.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.allianceplanner.io.DocumentValidation;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Changes to a scope's lists, each checked as a whole: an item added or changed (JSON merge patch,
 * its id fixed) is read strictly, validated field by field and against the other lists, and every
 * problem is reported at once with paths relative to the item. A project moves only along
 * {@link ProjectStatus#TRANSITIONS}; any other move is a conflict (409).
 */
public final class ListEdits {

    /** A change made: the lists after it, what it was and the item it concerns. */
    public record Edit(ThreeLists after, String kind, String subject, Object item) {
    }

    private static final ObjectMapper TREES = JsonInput.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ListEdits() {
    }

    /** A document as a JSON tree, dates as text, without nulls. */
    public static JsonNode tree(Object value) {
        return TREES.valueToTree(value);
    }

    // ---- needs ----

    public static Edit addNeed(ThreeLists lists, Parsed<ListNeed> item) {
        ListNeed n = item.value();
        check(item, lists.needProblems(n), n.id() != null && lists.need(n.id()) != null ? n.id() : null);
        return new Edit(lists.withNeeds(append(lists.needs(), n)), "ADD_NEED", n.id(), n);
    }

    public static Edit updateNeed(ThreeLists lists, String id, MergePatch patch) {
        ListNeed old = found(lists.need(id), "need", id);
        Parsed<ListNeed> item = JsonInput.parse(patch.applyTo(tree(old)), ListNeed.class);
        ListNeed n = item.value();
        check(item, withFixedId(lists.needProblems(n), n.id(), id), null);
        return new Edit(lists.withNeeds(replace(lists.needs(), ListNeed::id, id, n)), "UPDATE_NEED", id, n);
    }

    public static Edit removeNeed(ThreeLists lists, String id) {
        ListNeed old = found(lists.need(id), "need", id);
        if (lists.projects().stream().anyMatch(p -> p.need().equals(id) && p.status().isLive())) {
            throw ConflictException.of("needHasProjects", id);
        }
        return new Edit(lists.withNeeds(lists.needs().stream().filter(n -> !n.id().equals(id)).toList())
                .withProjects(lists.projects().stream().filter(p -> !p.need().equals(id)).toList()),
                "REMOVE_NEED", id, old);
    }

    // ---- resources ----

    public static Edit addResource(ThreeLists lists, Parsed<ListResource> item) {
        ListResource r = item.value();
        check(item, lists.resourceProblems(r), r.id() != null && lists.resource(r.id()) != null ? r.id() : null);
        return new Edit(lists.withResources(append(lists.resources(), r)), "ADD_RESOURCE", r.id(), r);
    }

    public static Edit updateResource(ThreeLists lists, String id, MergePatch patch) {
        ListResource old = found(lists.resource(id), "resource", id);
        Parsed<ListResource> item = JsonInput.parse(patch.applyTo(tree(old)), ListResource.class);
        ListResource r = item.value();
        check(item, withFixedId(lists.resourceProblems(r), r.id(), id), null);
        return new Edit(lists.withResources(replace(lists.resources(), ListResource::id, id, r)), "UPDATE_RESOURCE",
                id, r);
    }

    public static Edit removeResource(ThreeLists lists, String id) {
        ListResource old = found(lists.resource(id), "resource", id);
        if (lists.projects().stream().anyMatch(p -> p.resources().contains(id) && p.status().isLive())) {
            throw ConflictException.of("resourceHasProjects", id);
        }
        return new Edit(lists.withResources(lists.resources().stream().filter(r -> !r.id().equals(id)).toList()),
                "REMOVE_RESOURCE", id, old);
    }

    // ---- projects ----

    public static Edit addProject(ThreeLists lists, Parsed<ListProject> item) {
        ListProject p = item.value();
        check(item, lists.projectProblems(p), p.id() != null && lists.project(p.id()) != null ? p.id() : null);
        return new Edit(lists.withProjects(append(lists.projects(), p)), "ADD_PROJECT", p.id(), p);
    }

    /** Changes a project's fields other than its status, which moves only by {@link #advance}. */
    public static Edit updateProject(ThreeLists lists, String id, MergePatch patch) {
        ListProject old = found(lists.project(id), "project", id);
        Parsed<ListProject> item = JsonInput.parse(patch.applyTo(tree(old)), ListProject.class);
        ListProject p = item.value();
        List<FieldProblem> more = new ArrayList<>(withFixedId(lists.projectProblems(p), p.id(), id));
        if (p.status() != null && p.status() != old.status()) {
            more.add(FieldProblem.of("status", "lists.statusByTransition", old.status()));
        }
        check(item, more, null);
        return new Edit(lists.withProjects(replace(lists.projects(), ListProject::id, id, p)), "UPDATE_PROJECT", id, p);
    }

    public static Edit removeProject(ThreeLists lists, String id) {
        ListProject old = found(lists.project(id), "project", id);
        return new Edit(lists.withProjects(lists.projects().stream().filter(p -> !p.id().equals(id)).toList()),
                "REMOVE_PROJECT", id, old);
    }

    /**
     * Moves a project to {@code next} on {@code on}: claimed (at the joint meeting {@code meeting}),
     * in progress, completed (with its outcome note) or cancelled; 409 for any move the table refuses.
     */
    public static Edit advance(ThreeLists lists, String id, ProjectStatus next, LocalDate on, String meeting,
            String note) {
        ListProject old = found(lists.project(id), "project", id);
        if (!old.status().canMoveTo(next)) {
            throw ConflictException.of("illegalTransition", id, old.status().zh() + " " + old.status(),
                    next.zh() + " " + next);
        }
        ListProject moved = old.withStatus(next, on, meeting, note);
        return new Edit(lists.withProjects(replace(lists.projects(), ListProject::id, id, moved)),
                "PROJECT_" + next.name(), id, moved);
    }

    /** The lists with the open proposals replaced by {@code proposals} (claimed projects stay). */
    public static Edit propose(ThreeLists lists, List<ListProject> proposals) {
        List<ListProject> kept = new ArrayList<>(lists.withoutOpenProposals().projects());
        kept.addAll(proposals);
        return new Edit(lists.withProjects(kept), "PROPOSE", Integer.toString(proposals.size()), null);
    }

    /** Replaces all lists (an import), checked as a whole. */
    public static Edit replace(ThreeLists replacement) {
        List<FieldProblem> problems = new ArrayList<>(DocumentValidation.validate(replacement));
        problems.addAll(replacement.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Edit(replacement, "REPLACE", null, null);
    }

    // ---- helpers ----

    private static <T> void check(Parsed<T> item, List<FieldProblem> more, String duplicateId) {
        List<FieldProblem> all = new ArrayList<>(more);
        if (duplicateId != null) {
            all.add(FieldProblem.of("id", "lists.idTaken", duplicateId));
        }
        JsonInput.check(new Parsed<>(item.value(), item.problems()), x -> all).orThrow();
    }

    private static List<FieldProblem> withFixedId(List<FieldProblem> problems, String newId, String id) {
        if (Objects.equals(newId, id)) {
            return problems;
        }
        List<FieldProblem> all = new ArrayList<>(problems);
        all.add(FieldProblem.of("id", "masterData.idFixed", id));
        return all;
    }

    private static <T> T found(T item, String what, String id) {
        if (item == null) {
            throw new NotFoundException(Message.of("error.listItemNotFound.title"),
                    Message.of("error.listItemNotFound.detail", Message.of("lists.item." + what), id));
        }
        return item;
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> replace(List<T> items, Function<T, String> id, String key, T item) {
        return items.stream().map(x -> id.apply(x).equals(key) ? item : x).toList();
    }
}
