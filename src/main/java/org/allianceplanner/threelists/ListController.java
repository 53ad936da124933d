package org.allianceplanner.threelists;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.api.JsonBody;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.lists.ClaimDocument;
import org.allianceplanner.lists.ListKpis;
import org.allianceplanner.lists.ListNeed;
import org.allianceplanner.lists.ListProject;
import org.allianceplanner.lists.ListResource;
import org.allianceplanner.lists.MeetingMonths;
import org.allianceplanner.lists.ProjectStatus;
import org.allianceplanner.lists.StatusDocument;
import org.allianceplanner.lists.ThreeLists;
import org.allianceplanner.lists.matching.Matching;
import org.allianceplanner.store.ListRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * A scope's three lists (三张清单): read (filtered by community and status), changed item by item
 * (POST, JSON merge patch, DELETE) or as a whole (PUT), matched (proposals), claimed at a joint
 * meeting and moved along the status table (an illegal move is 409), with the county's figures.
 */
@RestController
@RequestMapping("/api/scopes/{scope}/lists")
class ListController {

    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);
    private static final int REASONS_PER_RULE = 50;

    record ListsView(String scope, int revision, Instant changedAt, int year, List<ListNeed> needs,
            List<ListResource> resources, List<ListProject> projects, List<MeetingMonths> meetings, ListKpis kpis) {
    }

    record ChangedView(String scope, int revision, Instant changedAt, String kind, String subject, Object item,
            String listsUrl) {

        static ChangedView of(ListService.Changed c) {
            return new ChangedView(c.scope(), c.revision(), c.changedAt(), c.kind(), c.subject(), c.item(),
                    ListController.listsUrl(c.scope()));
        }
    }

    record ReasonView(String code, String zh, String en, List<String> needs, List<String> resources) {
    }

    record RuleView(String rule, String score, int matches, List<ReasonView> reasons) {
    }

    record ProposedView(int revision, int openNeeds, int proposed, String score, long solveMillis,
            List<ListProject> proposals, List<RuleView> rules) {
    }

    private final ListService lists;

    ListController(ListService lists) {
        this.lists = lists;
    }

    /** The lists; {@code community} keeps that alliance's needs and projects, {@code status} those projects. */
    @GetMapping
    ListsView read(@PathVariable String scope, @RequestParam(required = false) String community,
            @RequestParam(required = false) List<ProjectStatus> status) {
        ListService.Current current = lists.current(scope);
        ThreeLists all = current.lists();
        List<ListNeed> needs = all.needs().stream()
                .filter(n -> community == null || community.isBlank() || n.community().equals(community)).toList();
        Set<String> needIds = needs.stream().map(ListNeed::id).collect(Collectors.toSet());
        List<ListProject> projects = all.projects().stream()
                .filter(p -> needIds.contains(p.need()))
                .filter(p -> status == null || status.isEmpty() || status.contains(p.status())).toList();
        List<ListResource> resources = all.resources().stream()
                .filter(r -> community == null || community.isBlank() || community.equals(r.alliance())).toList();
        return new ListsView(scope, current.revision(), current.changedAt(), all.year(), needs, resources, projects,
                all.meetings(), ListKpis.of(all, lists.today()));
    }

    /** Replaces all three lists (a new revision), checked as a whole. */
    @PutMapping(consumes = JSON)
    ChangedView replace(@PathVariable String scope, @JsonBody ThreeLists replacement) {
        return ChangedView.of(lists.replace(scope, replacement));
    }

    /** Every change, oldest first. */
    @GetMapping("/changes")
    List<ListRepository.Change> changes(@PathVariable String scope) {
        return lists.changes(scope);
    }

    /** Needs listed, resources, matched, claimed, completed, waiting longest: for the county and each alliance. */
    @GetMapping("/kpis")
    ListKpis kpis(@PathVariable String scope, @RequestParam(required = false) String asOf) {
        return lists.kpis(scope, date("asOf", asOf));
    }

    @PostMapping(value = "/needs", consumes = JSON)
    ResponseEntity<ChangedView> addNeed(@PathVariable String scope, @JsonBody Parsed<ListNeed> need) {
        return created(lists.addNeed(scope, need), "/needs/");
    }

    @PatchMapping(value = "/needs/{id}", consumes = {MERGE_PATCH, JSON})
    ChangedView updateNeed(@PathVariable String scope, @PathVariable String id, @JsonBody MergePatch patch) {
        return ChangedView.of(lists.updateNeed(scope, id, patch));
    }

    @DeleteMapping("/needs/{id}")
    ChangedView removeNeed(@PathVariable String scope, @PathVariable String id) {
        return ChangedView.of(lists.removeNeed(scope, id));
    }

    @PostMapping(value = "/resources", consumes = JSON)
    ResponseEntity<ChangedView> addResource(@PathVariable String scope, @JsonBody Parsed<ListResource> resource) {
        return created(lists.addResource(scope, resource), "/resources/");
    }

    @PatchMapping(value = "/resources/{id}", consumes = {MERGE_PATCH, JSON})
    ChangedView updateResource(@PathVariable String scope, @PathVariable String id, @JsonBody MergePatch patch) {
        return ChangedView.of(lists.updateResource(scope, id, patch));
    }

    @DeleteMapping("/resources/{id}")
    ChangedView removeResource(@PathVariable String scope, @PathVariable String id) {
        return ChangedView.of(lists.removeResource(scope, id));
    }

    @PostMapping(value = "/projects", consumes = JSON)
    ResponseEntity<ChangedView> addProject(@PathVariable String scope, @JsonBody Parsed<ListProject> project) {
        return created(lists.addProject(scope, project), "/projects/");
    }

    @PatchMapping(value = "/projects/{id}", consumes = {MERGE_PATCH, JSON})
    ChangedView updateProject(@PathVariable String scope, @PathVariable String id, @JsonBody MergePatch patch) {
        return ChangedView.of(lists.updateProject(scope, id, patch));
    }

    @DeleteMapping("/projects/{id}")
    ChangedView removeProject(@PathVariable String scope, @PathVariable String id) {
        return ChangedView.of(lists.removeProject(scope, id));
    }

    /** Claims a proposal (项目认领) at a joint meeting; the body may be empty. */
    @PostMapping("/projects/{id}/claim")
    ChangedView claim(@PathVariable String scope, @PathVariable String id,
            @org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body) {
        ClaimDocument claim = body == null || body.length == 0 || new String(body).isBlank() ? null
                : org.allianceplanner.io.JsonInput.read(body, ClaimDocument.class);
        return ChangedView.of(lists.claim(scope, id, claim));
    }

    /** Moves a project to its next status: {"status": "IN_PROGRESS"}, {"status": "DONE", "note": "…"}. */
    @PostMapping(value = "/projects/{id}/status", consumes = JSON)
    ChangedView advance(@PathVariable String scope, @PathVariable String id, @JsonBody StatusDocument next) {
        return ChangedView.of(lists.advance(scope, id, next));
    }

    /**
     * Proposes projects for the open needs (the matching solve, {@code seconds} at most, 10 by default),
     * replacing the open proposals; each proposal carries its reason.
     */
    @PostMapping("/proposals")
    ProposedView propose(@PathVariable String scope, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > 120)) {
            throw InvalidInputException.at("seconds", "validation.Max", 120);
        }
        ListService.Proposed done = lists.propose(scope, date("asOf", asOf),
                seconds == null ? DEFAULT_LIMIT : Duration.ofSeconds(seconds));
        Matching.Result r = done.result();
        return new ProposedView(done.change().revision(), r.openNeeds(), r.proposals().size(), r.score().toString(),
                r.solveMillis(), r.proposals(), r.rules().stream().map(t -> new RuleView(t.rule(), t.score(), t.matches(),
                        t.reasons().stream().limit(REASONS_PER_RULE)
                                .map(m -> new ReasonView(m.code(), m.zh(), m.en(), m.needs(), m.resources())).toList()))
                        .toList());
    }

    static String listsUrl(String scope) {
        return "/api/scopes/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8) + "/lists";
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.at(field, "lists.badDate", text);
        }
    }

    private static ResponseEntity<ChangedView> created(ListService.Changed change, String items) {
        ChangedView view = ChangedView.of(change);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(listsUrl(change.scope()) + items
                        + UriUtils.encodePathSegment(change.subject(), StandardCharsets.UTF_8)))
                .body(view);
    }
}
