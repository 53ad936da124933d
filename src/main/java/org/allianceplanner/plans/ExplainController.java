package org.allianceplanner.plans;

import java.util.List;

import org.allianceplanner.api.JsonBody;
import org.allianceplanner.explain.Explainer;
import org.allianceplanner.explain.Explanations;
import org.allianceplanner.explain.Limits;
import org.allianceplanner.explain.NewUnit;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.solver.AllianceSolvers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Why here, and not there?" for a finished plan: a unit's alternatives, the candidates for each
 * uncovered need, where a new or unassigned unit fits, and the report of every unit. Each answer is
 * computed on a private copy of the plan by trying moves on an incremental score director (nothing is
 * re-solved, nothing is written).
 */
@RestController
@RequestMapping("/api/plans")
class ExplainController {

    private final PlanService plans;
    private final AllianceSolvers solvers;
    private final OpenExplainers explainers;

    ExplainController(PlanService plans, AllianceSolvers solvers, OpenExplainers explainers) {
        this.plans = plans;
        this.solvers = solvers;
        this.explainers = explainers;
    }

    /** Where the unit is and why, and the best {@code limit} other communities (1–50, default 5). */
    @GetMapping("/{id}/organizations/{organization}/alternatives")
    Explanations.Alternatives alternatives(@PathVariable String id, @PathVariable String organization,
            @RequestParam(required = false) String limit) {
        int k = limit(limit, 5);
        return explainers.ask(id, finished(id), explainer -> explainer.alternatives(organization, k));
    }

    /** The best {@code limit} communities for a unit of the plan, such as an unassigned one; nobody else moves. */
    @GetMapping("/{id}/organizations/{organization}/fit")
    Explanations.Fit fit(@PathVariable String id, @PathVariable String organization,
            @RequestParam(required = false) String limit) {
        int k = limit(limit, 5);
        return explainers.ask(id, finished(id), explainer -> explainer.fit(organization, k, false));
    }

    /** The best {@code limit} communities for a unit not in the plan (an organization as in a problem). */
    @PostMapping(value = "/{id}/fit", consumes = MediaType.APPLICATION_JSON_VALUE)
    Explanations.Fit fitNew(@PathVariable String id, @JsonBody Parsed<OrganizationDocument> unit,
            @RequestParam(required = false) String limit) {
        int k = limit(limit, 5);
        PlanDocument plan = NewUnit.into(finished(id), unit);
        try (Explainer explainer = Explainer.open(solvers, PlanMapper.toModel(plan))) {
            return explainer.fit(unit.value().id(), k, true);
        }
    }

    /** Every need no member serves, with the best {@code limit} units that could serve it (default 3). */
    @GetMapping("/{id}/needs/candidates")
    List<Explanations.NeedCandidates> needCandidates(@PathVariable String id,
            @RequestParam(required = false) String limit) {
        int k = limit(limit, 3);
        return explainers.ask(id, finished(id), explainer -> explainer.needCandidates(k));
    }

    /** Every unit with its best {@code limit} alternatives (default 3). */
    @GetMapping("/{id}/explanations")
    Explanations.Report report(@PathVariable String id, @RequestParam(required = false) String limit) {
        int k = limit(limit, 3);
        return explainers.ask(id, finished(id), explainer -> explainer.report(k));
    }

    /** The plan's document once solving has ended with every unit placed once; else 409. */
    private PlanDocument finished(String id) {
        PlanJob job = plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
        PlanState state = job.state();
        if (state != PlanState.SOLVED && state != PlanState.STOPPED) {
            throw ConflictException.of("explainNotFinished", id, state.name());
        }
        PlanJob.Snapshot snapshot = job.snapshot();
        if (snapshot.solution().getScore() != null && !snapshot.solution().getScore().isSolutionInitialized()) {
            throw ConflictException.of("incompleteAssignment", id);
        }
        return snapshot.document();
    }

    private static int limit(String value, int otherwise) {
        return Limits.limit(value, otherwise);
    }
}
