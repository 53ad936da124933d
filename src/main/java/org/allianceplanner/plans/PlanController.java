package org.allianceplanner.plans;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.api.SolveLimitsParser;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.ScoreAnalysis;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

    /** What a planner may change of a plan in the list: its name, and whether it is archived. */
    record PlanUpdate(String name, Boolean archived) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submitted> submit(@RequestBody(required = false) byte[] body,
            @RequestParam(required = false) String timeLimit,
            @RequestParam(required = false) String unimprovedTimeLimit,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String basedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        SolveLimits limits = SolveLimitsParser.parse(timeLimit, unimprovedTimeLimit, properties, problems);
        PlanOrigin planOrigin = origin(origin, source, basedOn, problems);
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
        PlanJob job = plans.submit(problem, limits, planOrigin, blankToNull(source), blankToNull(basedOn));
        URI location = URI.create("/api/plans/" + job.id());
        return ResponseEntity.accepted().location(location).body(new Submitted(job.id(), job.state().name(),
                job.state().zh(), plans.queuePosition(job), location + "/status"));
    }

    /** Every plan, newest first; archived ones only with {@code archived=true}. */
    @GetMapping
    List<PlanViews.PlanStatus> list(@RequestParam(defaultValue = "false") boolean archived) {
        return plans.list().stream().filter(job -> archived || !job.archived())
                .map(job -> PlanViews.status(job, plans)).toList();
    }

    /** Renames a plan or archives it (or brings it back): {"name": "…", "archived": true}. */
    @PatchMapping(value = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    PlanViews.PlanStatus update(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        PlanUpdate update = JsonInput.read(body, PlanUpdate.class, u -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (u.name() != null && (u.name().isBlank() || u.name().strip().length() > 200)) {
                problems.add(new FieldProblem("name", "方案名称不能为空，且不超过200个字",
                        "the name must not be blank and at most 200 characters"));
            }
            if (u.name() == null && u.archived() == null) {
                problems.add(new FieldProblem("name", "请给出新名称（name）或是否归档（archived）",
                        "give a new name or archived"));
            }
            return problems;
        });
        String name = update.name() == null ? null : update.name().strip();
        PlanJob job = plans.update(id, name, update.archived()).orElseThrow(() -> new PlanNotFoundException(id));
        return PlanViews.status(job, plans);
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
        PlanJob job = plans.stop(id).orElseThrow(() -> new PlanNotFoundException(id));
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

    /**
     * The origin a client names: SUBMITTED (the default), DATASET or IMPORT with the dataset's or
     * file's name as {@code source}, RESOLVE with the plan it starts from as {@code basedOn}.
     */
    private PlanOrigin origin(String origin, String source, String basedOn, List<FieldProblem> problems) {
        PlanOrigin parsed = PlanOrigin.SUBMITTED;
        if (origin != null && !origin.isBlank()) {
            try {
                parsed = PlanOrigin.valueOf(origin.strip());
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            if (parsed == null || !parsed.submittable()) {
                problems.add(new FieldProblem("origin", "来源须为 SUBMITTED、DATASET、IMPORT 或 RESOLVE",
                        "origin must be SUBMITTED, DATASET, IMPORT or RESOLVE"));
                parsed = PlanOrigin.SUBMITTED;
            }
        }
        if (source != null && source.length() > 200) {
            problems.add(new FieldProblem("source", "来源说明不超过200个字", "source is at most 200 characters"));
        }
        if (basedOn != null && !basedOn.isBlank() && plans.find(basedOn.strip()).isEmpty()) {
            problems.add(new FieldProblem("basedOn", "方案\"%s\"不存在".formatted(basedOn), "unknown plan \"%s\"".formatted(basedOn)));
        }
        return parsed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private PlanJob job(String id) {
        return plans.find(id).orElseThrow(() -> new PlanNotFoundException(id));
    }
}
