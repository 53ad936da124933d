package org.allianceplanner.plans;

import java.util.List;

import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.store.StoredPlan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparing two plans of one scope, and the history of a plan's solver runs. */
@RestController
@RequestMapping("/api/plans")
class DiffController {

    private final PlanDiffService diffs;
    private final PlanService plans;

    DiffController(PlanDiffService diffs, PlanService plans) {
        this.diffs = diffs;
        this.plans = plans;
    }

    /**
     * Who moves from where (in plan {@code against}) to where (in this plan), why, and the KPIs
     * before and after. 400 across scopes, 404 for an unknown plan, 409 for a plan without a solution.
     */
    @GetMapping("/{id}/diff")
    PlanDiffService.Diff diff(@PathVariable String id, @RequestParam(required = false) String against) {
        return diffs.diff(id, against);
    }

    /** Every claim of the plan by an instance: who solved it, from which score, how it ended. */
    @GetMapping("/{id}/runs")
    List<StoredPlan.Run> runs(@PathVariable String id) {
        plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
        return plans.runs(id);
    }
}
