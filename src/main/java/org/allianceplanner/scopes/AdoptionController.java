package org.allianceplanner.scopes;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Adopting a finished plan as the plan in force of its scope (已确定方案). */
@RestController
@RequestMapping("/api/plans")
class AdoptionController {

    private final AdoptionService adoptions;

    AdoptionController(AdoptionService adoptions) {
        this.adoptions = adoptions;
    }

    /** 200 with the scope's new revision; 409 when the plan is not finished; 404 for an unknown plan. */
    @PostMapping("/{id}/adopt")
    ScopeViews.Adopted adopt(@PathVariable String id) {
        return ScopeViews.adopted(adoptions.adopt(id));
    }
}
