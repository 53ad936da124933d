package org.allianceplanner.scopes;

import java.net.URI;
import java.util.List;

import org.allianceplanner.api.Caller;
import org.allianceplanner.api.JsonBody;
import org.allianceplanner.explain.Explanations;
import org.allianceplanner.explain.Limits;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanDocument;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scopes with an adopted plan and their master data: organizations and communities added, changed
 * (JSON merge patch) and removed, needs replaced, or a whole new revision. Every change is a new
 * revision, logged with its time; the rebalancing job re-plans scopes whose master data changed.
 */
@RestController
@RequestMapping("/api/scopes")
class ScopeController {

    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final AdoptionService adoptions;
    private final MasterDataService masterData;

    private final Caller caller;

    ScopeController(AdoptionService adoptions, MasterDataService masterData, Caller caller) {
        this.adoptions = adoptions;
        this.masterData = masterData;
        this.caller = caller;
    }

    /** Every scope the caller may see (a scope-limited user: theirs). */
    @GetMapping
    List<ScopeViews.ScopeView> scopes() {
        return adoptions.scopes().stream().filter(s -> caller.mayAccess(s.scope())).map(ScopeViews::summary).toList();
    }

    /** The scope, its adopted plan and its master data as changed since. */
    @GetMapping("/{scope}")
    ScopeViews.ScopeView scope(@PathVariable String scope) {
        return ScopeViews.withData(adoptions.scope(scope));
    }

    /** Every adoption and change, oldest first, with its time. */
    @GetMapping("/{scope}/changes")
    List<ScopeViews.ChangeView> changes(@PathVariable String scope) {
        return adoptions.changes(scope).stream().map(ScopeViews::change).toList();
    }

    @PostMapping(value = "/{scope}/organizations", consumes = JSON)
    ResponseEntity<ScopeViews.Changed> addOrganization(@PathVariable String scope,
            @JsonBody Parsed<OrganizationDocument> organization) {
        MasterDataService.Change change = masterData.addOrganization(scope, organization);
        ScopeViews.Changed view = ScopeViews.changed(change, masterData.fit(scope, change.subject(), 5, true));
        return ResponseEntity.created(URI.create(view.scopeUrl() + "/organizations/" + change.subject())).body(view);
    }

    /**
     * Where a unit of the master data fits best with everyone else where the plan in force has them:
     * the top {@code limit} communities (1–50, default 5) with reasons.
     */
    @GetMapping("/{scope}/organizations/{id}/fit")
    Explanations.Fit fit(@PathVariable String scope, @PathVariable String id,
            @RequestParam(required = false) String limit) {
        return masterData.fit(scope, id, Limits.limit(limit, 5), false);
    }

    @PatchMapping(value = "/{scope}/organizations/{id}", consumes = {MERGE_PATCH, JSON})
    ScopeViews.Changed updateOrganization(@PathVariable String scope, @PathVariable String id,
            @JsonBody MergePatch patch) {
        return ScopeViews.changed(masterData.updateOrganization(scope, id, patch));
    }

    @DeleteMapping("/{scope}/organizations/{id}")
    ScopeViews.Changed removeOrganization(@PathVariable String scope, @PathVariable String id) {
        return ScopeViews.changed(masterData.removeOrganization(scope, id));
    }

    @PostMapping(value = "/{scope}/communities", consumes = JSON)
    ResponseEntity<ScopeViews.Changed> addCommunity(@PathVariable String scope,
            @JsonBody Parsed<CommunityDocument> community) {
        return created(masterData.addCommunity(scope, community), "/communities/");
    }

    @PatchMapping(value = "/{scope}/communities/{id}", consumes = {MERGE_PATCH, JSON})
    ScopeViews.Changed updateCommunity(@PathVariable String scope, @PathVariable String id,
            @JsonBody MergePatch patch) {
        return ScopeViews.changed(masterData.updateCommunity(scope, id, patch));
    }

    /** Replaces the community's needs: a list of {code, priority}, or {"needs": [...]}. */
    @PutMapping(value = "/{scope}/communities/{id}/needs", consumes = JSON)
    ScopeViews.Changed replaceNeeds(@PathVariable String scope, @PathVariable String id, @JsonBody JsonNode body) {
        JsonNode needs = body.isObject() && body.size() == 1 && body.has("needs") ? body.get("needs") : body;
        if (!needs.isArray()) {
            throw InvalidInputException.at("needs", "masterData.needsNotArray",
                    "[{\"code\":\"ELDERLY_CARE\",\"priority\":3}]");
        }
        return ScopeViews.changed(masterData.replaceNeeds(scope, id, needs));
    }

    @DeleteMapping("/{scope}/communities/{id}")
    ScopeViews.Changed removeCommunity(@PathVariable String scope, @PathVariable String id) {
        return ScopeViews.changed(masterData.removeCommunity(scope, id));
    }

    /** A new revision of the whole problem, organizations with their currentCommunity. */
    @PutMapping(value = "/{scope}/data", consumes = JSON)
    ScopeViews.Changed replaceData(@PathVariable String scope, @JsonBody PlanDocument data) {
        return ScopeViews.changed(masterData.replaceData(scope, data));
    }

    private static ResponseEntity<ScopeViews.Changed> created(MasterDataService.Change change, String items) {
        ScopeViews.Changed view = ScopeViews.changed(change);
        return ResponseEntity.created(URI.create(view.scopeUrl() + items + change.subject())).body(view);
    }
}
