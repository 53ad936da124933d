package org.allianceplanner.scopes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.FieldPaths;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanChecks;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scope's master data: the problem of its adopted plan, each organization in its
 * {@code currentCommunity} (a plan's {@code community} is output, not master data), as it has been
 * changed since. Every change returns a new value and is checked with the very checks a submitted
 * problem gets, so master data is always a problem the solver can take; problems of the changed item
 * are reported with paths relative to it ({@code location.lat}, {@code needs[0].priority}).
 */
public record MasterData(PlanDocument document) {

    /** A change made: the master data after it, what it was, and what else it did. */
    public record Edit(MasterData after, String kind, String subject, OrganizationDocument organization,
            CommunityDocument community, Object body, List<Message> notes) {
    }

    public MasterData {
        Objects.requireNonNull(document);
    }

    /** What adopting a plan leaves: its problem with each organization's place as its current community. */
    public static MasterData adoptedFrom(PlanDocument solution) {
        return new MasterData(solution.withScore(null)
                .mapOrganizations(o -> o.withCurrentCommunity(o.community()).withCommunity(null)));
    }

    public OrganizationDocument organization(String id) {
        return document.organizations().get(organizationIndex(id));
    }

    public CommunityDocument community(String id) {
        return document.communities().get(communityIndex(id));
    }

    /** Everything wrong with the master data, as for a submitted problem; empty when valid. */
    public List<FieldProblem> problems() {
        return PlanChecks.validate(document);
    }

    // ---- organizations ----

    public Edit addOrganization(Parsed<OrganizationDocument> item) {
        OrganizationDocument o = item.value();
        MasterData after = checked(item, document.organizations().size(), null, "organizations",
                (data, index) -> data.withOrganizations(append(data.organizations(), o)), this::organizationRules);
        return new Edit(after, "ADD_ORGANIZATION", o.id(), o, null, o, List.of());
    }

    /** Applies a merge patch to the organization {@code id}; its id cannot change. */
    public Edit updateOrganization(String id, MergePatch patch) {
        int index = organizationIndex(id);
        Parsed<OrganizationDocument> item = JsonInput.parse(patch.applyTo(JsonInput.toTree(organization(id))),
                OrganizationDocument.class);
        OrganizationDocument o = item.value();
        MasterData after = checked(item, index, id, "organizations",
                (data, i) -> data.withOrganizations(replace(data.organizations(), i, o)), this::organizationRules);
        return new Edit(after, "UPDATE_ORGANIZATION", id, o, null, patch.patch(), List.of());
    }

    public Edit removeOrganization(String id, String scope) {
        int index = organizationIndex(id);
        if (document.organizations().size() == 1) {
            throw ConflictException.of("lastOrganization", scope);
        }
        OrganizationDocument removed = document.organizations().get(index);
        MasterData after = new MasterData(document.withOrganizations(remove(document.organizations(), index)));
        return new Edit(after, "REMOVE_ORGANIZATION", id, removed, null, removed, List.of());
    }

    /** Master data keeps a unit's place as currentCommunity; community is a plan's output. */
    private List<FieldProblem> organizationRules(OrganizationDocument o, String keepId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (o.community() != null) {
            problems.add(FieldProblem.of("community", "masterData.noCommunity"));
        }
        problems.addAll(sameId(o.id(), keepId));
        return problems;
    }

    // ---- communities ----

    public Edit addCommunity(Parsed<CommunityDocument> item) {
        CommunityDocument c = item.value();
        MasterData after = checked(item, document.communities().size(), null, "communities",
                (data, index) -> data.withCommunities(append(data.communities(), c)), (x, keep) -> List.of());
        return new Edit(after, "ADD_COMMUNITY", c.id(), null, c, c, List.of());
    }

    public Edit updateCommunity(String id, MergePatch patch) {
        return patchCommunity(id, patch, "UPDATE_COMMUNITY");
    }

    /** Replaces a community's needs (a JSON array of needs, read as strictly as in a whole community). */
    public Edit replaceNeeds(String id, JsonNode needs) {
        return patchCommunity(id, MergePatch.setting("needs", needs), "CHANGE_NEEDS");
    }

    private Edit patchCommunity(String id, MergePatch patch, String kind) {
        int index = communityIndex(id);
        Parsed<CommunityDocument> item = JsonInput.parse(patch.applyTo(JsonInput.toTree(community(id))),
                CommunityDocument.class);
        CommunityDocument c = item.value();
        MasterData after = checked(item, index, id, "communities",
                (data, i) -> data.withCommunities(replace(data.communities(), i, c)), (x, keep) -> sameId(x.id(), keep));
        return new Edit(after, kind, id, null, c, patch.patch(), List.of());
    }

    /**
     * Removes a community. Its members lose their current community (and their pin) and are placed
     * again by the next rebalancing; home communities and exclusions that name it go, and so do its
     * dated joint activities.
     */
    public Edit removeCommunity(String id, String scope) {
        int index = communityIndex(id);
        if (document.communities().size() == 1) {
            throw ConflictException.of("lastCommunity", scope);
        }
        CommunityDocument removed = document.communities().get(index);
        List<Message> notes = new ArrayList<>();
        List<OrganizationDocument> organizations = new ArrayList<>();
        for (OrganizationDocument o : document.organizations()) {
            if (id.equals(o.currentCommunity())) {
                o = o.withCurrentCommunity(null);
                notes.add(Message.of("masterData.note.noCurrentCommunity", o.id()));
                if (o.pinnedOrDefault()) {
                    o = o.withPinned(null);
                    notes.add(Message.of("masterData.note.unpinned", o.id()));
                }
            }
            if (id.equals(o.homeCommunity())) {
                o = o.withHomeCommunity(null);
                notes.add(Message.of("masterData.note.noHomeCommunity", o.id()));
            }
            if (o.excludedCommunities() != null && o.excludedCommunities().contains(id)) {
                List<String> excluded = o.excludedCommunities().stream().filter(e -> !id.equals(e)).toList();
                o = o.withExcludedCommunities(excluded.isEmpty() ? null : excluded);
            }
            organizations.add(o);
        }
        PlanDocument after = document.withCommunities(remove(document.communities(), index))
                .withOrganizations(organizations);
        if (document.activities() != null) {
            var kept = document.activities().stream().filter(a -> !id.equals(a.community())).toList();
            if (kept.size() < document.activities().size()) {
                notes.add(Message.of("masterData.note.activitiesRemoved", document.activities().size() - kept.size()));
            }
            after = after.withActivities(kept);
        }
        return new Edit(new MasterData(after), "REMOVE_COMMUNITY", id, null, removed, removed, notes);
    }

    // ---- the whole ----

    /**
     * A new revision of the whole problem, read and checked like a submitted one. Organizations keep
     * the currentCommunity it gives them; {@code community} (a plan's output) is dropped.
     */
    public Edit replace(PlanDocument replacement, String scope) {
        if (replacement.scope() != null && !replacement.scope().equals(scope)) {
            throw InvalidInputException.at("scope", "masterData.wrongScope", scope);
        }
        long dropped = replacement.organizations().stream().filter(o -> o.community() != null).count();
        MasterData after = new MasterData(replacement.withScope(scope).withScore(null)
                .mapOrganizations(o -> o.withCommunity(null)));
        List<FieldProblem> problems = after.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Message> notes = dropped == 0 ? List.of() : List.of(Message.of("masterData.note.communityDropped", dropped));
        return new Edit(after, "NEW_REVISION", null, null, null, null, notes);
    }

    // ---- checking a changed item ----

    /**
     * The master data with the item at {@code index} of {@code array}, if it is valid; otherwise one
     * {@link InvalidInputException} with every problem: the item's reading problems, its own rules,
     * and the problem checks of the whole, with the item's paths made relative to it.
     */
    private <T> MasterData checked(Parsed<T> item, int index, String keepId, String array,
            BiFunction<PlanDocument, Integer, PlanDocument> put, BiFunction<T, String, List<FieldProblem>> rules) {
        MasterData candidate = new MasterData(put.apply(document, index));
        String prefix = array + "[" + index + "]";
        List<FieldProblem> found = new ArrayList<>(rules.apply(item.value(), keepId));
        candidate.problems().stream().map(p -> relative(p, prefix)).forEach(found::add);
        List<FieldProblem> problems = new ArrayList<>(item.problems());
        problems.addAll(JsonInput.withoutTypeErrors(item, found));
        if (problems.isEmpty()) {
            return candidate;
        }
        throw new InvalidInputException(distinct(problems));
    }

    private static List<FieldProblem> sameId(String id, String keepId) {
        if (keepId != null && id != null && !keepId.equals(id)) {
            return List.of(FieldProblem.of("id", "masterData.idFixed", keepId));
        }
        return List.of();
    }

    private static FieldProblem relative(FieldProblem problem, String prefix) {
        String field = problem.field();
        if (field.equals(prefix)) {
            field = "";
        } else if (field.startsWith(prefix + ".")) {
            field = field.substring(prefix.length() + 1);
        } else {
            return problem;
        }
        return problem.at(field);
    }

    private static List<FieldProblem> distinct(List<FieldProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        return problems.stream().filter(p -> seen.add(p.field() + "\u0000" + p.text()))
                .sorted(Comparator.comparing(FieldProblem::field, FieldPaths.ORDER)).toList();
    }

    private int organizationIndex(String id) {
        return indexOf(document.organizations(), OrganizationDocument::id, id, () -> NotFoundException.organization(id));
    }

    private int communityIndex(String id) {
        return indexOf(document.communities(), CommunityDocument::id, id, () -> NotFoundException.community(id));
    }

    private static <T> int indexOf(List<T> items, Function<T, String> idOf, String id,
            java.util.function.Supplier<NotFoundException> notFound) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(idOf.apply(items.get(i)))) {
                return i;
            }
        }
        throw notFound.get();
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> replace(List<T> items, int index, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.set(index, item);
        return copy;
    }

    private static <T> List<T> remove(List<T> items, int index) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(index);
        return copy;
    }
}
