package org.allianceplanner.scopes;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    ScopeController(AdoptionService adoptions, MasterDataService masterData) {
        this.adoptions = adoptions;
        this.masterData = masterData;
    }

    @GetMapping
    List<AdoptionService.ScopeView> scopes() {
        return adoptions.scopes();
    }

    /** The scope, its adopted plan and its master data as changed since. */
    @GetMapping("/{scope}")
    AdoptionService.ScopeView scope(@PathVariable String scope) {
        return adoptions.scope(scope);
    }

    /** Every adoption and change, oldest first, with its time. */
    @GetMapping("/{scope}/changes")
    List<AdoptionService.ChangeView> changes(@PathVariable String scope) {
        return adoptions.changes(scope);
    }

    @PostMapping(value = "/{scope}/organizations", consumes = JSON)
    ResponseEntity<MasterDataService.Changed> addOrganization(@PathVariable String scope,
            @RequestBody(required = false) byte[] body) {
        MasterDataService.Changed changed = masterData.addOrganization(scope, body);
        return ResponseEntity.created(URI.create(changed.scopeUrl() + "/organizations/" + changed.subject()))
                .body(changed);
    }

    @PatchMapping(value = "/{scope}/organizations/{id}", consumes = {MERGE_PATCH, JSON})
    MasterDataService.Changed updateOrganization(@PathVariable String scope, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return masterData.updateOrganization(scope, id, body);
    }

    @DeleteMapping("/{scope}/organizations/{id}")
    MasterDataService.Changed removeOrganization(@PathVariable String scope, @PathVariable String id) {
        return masterData.removeOrganization(scope, id);
    }

    @PostMapping(value = "/{scope}/communities", consumes = JSON)
    ResponseEntity<MasterDataService.Changed> addCommunity(@PathVariable String scope,
            @RequestBody(required = false) byte[] body) {
        MasterDataService.Changed changed = masterData.addCommunity(scope, body);
        return ResponseEntity.created(URI.create(changed.scopeUrl() + "/communities/" + changed.subject()))
                .body(changed);
    }

    @PatchMapping(value = "/{scope}/communities/{id}", consumes = {MERGE_PATCH, JSON})
    MasterDataService.Changed updateCommunity(@PathVariable String scope, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return masterData.updateCommunity(scope, id, body);
    }

    /** Replaces the community's needs: a list of {code, priority}, or {"needs": [...]}. */
    @PutMapping(value = "/{scope}/communities/{id}/needs", consumes = JSON)
    MasterDataService.Changed replaceNeeds(@PathVariable String scope, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return masterData.replaceNeeds(scope, id, body);
    }

    @DeleteMapping("/{scope}/communities/{id}")
    MasterDataService.Changed removeCommunity(@PathVariable String scope, @PathVariable String id) {
        return masterData.removeCommunity(scope, id);
    }

    /** A new revision of the whole problem, organizations with their currentCommunity. */
    @PutMapping(value = "/{scope}/data", consumes = JSON)
    MasterDataService.Changed replaceData(@PathVariable String scope, @RequestBody(required = false) byte[] body) {
        return masterData.replaceData(scope, body);
    }
}
