package org.allianceplanner.plans;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.api.JsonBody;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanChecks;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.ScoreAnalysis;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submit, poll, stop and explain plans. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    /** The analysis of a plan that was scored but not solved, with its KPIs. */
    record HandMadeAnalysis(PlanKpis kpis, ScoreAnalysis analysis) {
    }

    private final PlanService plans;
    private final Submissions submissions;
    private final AllianceSolvers solvers;

    PlanController(PlanService plans, Submissions submissions, AllianceSolvers solvers) {
        this.plans = plans;
        this.submissions = submissions;
        this.solvers = solvers;
    }

    /** 202 and where to poll; a bad problem and bad limits are answered together. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submissions.Submitted> submit(@JsonBody Parsed<PlanDocument> problem,
            @RequestParam(required = false) String timeLimit,
            @RequestParam(required = false) String unimprovedTimeLimit) {
        List<FieldProblem> problems = new ArrayList<>();
        SolveLimits limits = submissions.limits(timeLimit, unimprovedTimeLimit, problems);
        return submissions.submit(JsonInput.check(problem, PlanChecks::check).orThrowWith(problems), limits);
    }

    @GetMapping
    List<PlanViews.PlanStatus> list() {
        return plans.list().stream().map(job -> PlanViews.status(job, plans)).toList();
    }

    @GetMapping("/{id}")
    PlanViews.PlanDetail get(@PathVariable String id) {
        return PlanViews.detail(job(id), plans);
    }

    @GetMapping("/{id}/status")
    PlanViews.PlanStatus status(@PathVariable String id) {
        return PlanViews.status(job(id), plans);
    }

    /** Stops solving early; the plan keeps the best solution found so far. */
    @DeleteMapping("/{id}/solving")
    PlanViews.PlanStatus stop(@PathVariable String id) {
        PlanJob job = plans.stop(id).orElseThrow(() -> NotFoundException.plan(id));
        return PlanViews.status(job, plans);
    }

    @GetMapping("/{id}/analysis")
    ScoreAnalysis analysis(@PathVariable String id) {
        PlanDocument best = job(id).snapshot().document();
        // Analyse a private copy: explaining rebuilds the plan's member lists.
        return solvers.explain(PlanMapper.toModel(best));
    }

    /** Scores a plan drawn by hand (each organization's "community" set) without solving it. */
    @PostMapping(value = "/analysis", consumes = MediaType.APPLICATION_JSON_VALUE)
    HandMadeAnalysis analyse(@JsonBody PlanDocument document) {
        AlliancePlan plan = PlanMapper.toModel(document);
        ScoreAnalysis analysis = solvers.explain(plan);
        return new HandMadeAnalysis(PlanKpis.of(plan), analysis);
    }

    private PlanJob job(String id) {
        return plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
    }
}
