package org.allianceplanner.plans;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.api.SolveLimitsParser;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.ScoreAnalysis;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submit, poll, stop and explain plans. */
@RestController
@RequestMapping("/api/plans")
public class PlanController {

    /** What submitting returns: where to poll. */
    public record Submitted(String id, String status, String statusZh, int queuePosition, String statusUrl) {
    }

    /** The analysis of a plan that was scored but not solved, with its KPIs. */
    record HandMadeAnalysis(PlanKpis kpis, ScoreAnalysis analysis) {
    }

    private final PlanService plans;
    private final PlanProperties properties;

    PlanController(PlanService plans, PlanProperties properties) {
        this.plans = plans;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submitted> submit(@RequestBody(required = false) byte[] body,
            @RequestParam(required = false) String timeLimit,
            @RequestParam(required = false) String unimprovedTimeLimit) {
        List<FieldProblem> problems = new ArrayList<>();
        SolveLimits limits = SolveLimitsParser.parse(timeLimit, unimprovedTimeLimit, properties, problems);
        AlliancePlan problem;
        try {
            problem = PlanMapper.read(body);
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
            throw new InvalidInputException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlanJob job = plans.submit(problem, limits);
        URI location = URI.create("/api/plans/" + job.id());
        return ResponseEntity.accepted().location(location).body(new Submitted(job.id(), job.state().name(),
                job.state().zh(), plans.queuePosition(job), location + "/status"));
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
        return ScoreAnalysis.of(PlanMapper.toModel(best));
    }

    /** Scores a plan drawn by hand (each organization's "community" set) without solving it. */
    @PostMapping(value = "/analysis", consumes = MediaType.APPLICATION_JSON_VALUE)
    HandMadeAnalysis analyse(@RequestBody(required = false) byte[] body) {
        AlliancePlan plan = PlanMapper.read(body);
        ScoreAnalysis analysis = ScoreAnalysis.of(plan);
        return new HandMadeAnalysis(PlanKpis.of(plan), analysis);
    }

    private PlanJob job(String id) {
        return plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
    }
}
