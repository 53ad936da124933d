package org.allianceplanner.plans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.api.Caller;
import org.allianceplanner.api.JsonBody;
import org.allianceplanner.explain.PlainScore;
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
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Submit, poll, stop and explain plans. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    /** The analysis of a plan that was scored but not solved, with its KPIs and its score in plain words. */
    record HandMadeAnalysis(PlanKpis kpis, ScoreAnalysis analysis, PlainScore plain) {
    }

    /** The analysis with the score in plain words: km-equivalent and each principle's subtotal. */
    record PlainAnalysis(@JsonUnwrapped ScoreAnalysis analysis, PlainScore plain) {
    }

    private final PlanService plans;
    private final Submissions submissions;
    private final AllianceSolvers solvers;
    private final PlanBounds bounds;
    /** Finished plans' scores in plain words by plan and score: a few dozen, the least recently used leaving first. */
    private final Map<String, PlainScore> plainScores = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PlainScore> eldest) {
            return size() > 64;
        }
    });

    private final Caller caller;

    PlanController(PlanService plans, Submissions submissions, AllianceSolvers solvers, Caller caller,
            PlanBounds bounds) {
        this.plans = plans;
        this.submissions = submissions;
        this.solvers = solvers;
        this.caller = caller;
        this.bounds = bounds;
    }

    /** What a planner may change of a plan in the list: its name, and whether it is archived. */
    record PlanUpdate(String name, Boolean archived) {
    }

    /** 202 and where to poll; a bad problem, bad limits and a bad origin are answered together. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submissions.Submitted> submit(@JsonBody Parsed<PlanDocument> problem,
            @RequestParam(required = false) String timeLimit,
            @RequestParam(required = false) String unimprovedTimeLimit,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String basedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        SolveLimits limits = submissions.limits(timeLimit, unimprovedTimeLimit, problems);
        PlanOrigin planOrigin = origin(origin, source, basedOn, problems);
        return submissions.submit(JsonInput.check(problem, PlanChecks::check).orThrowWith(problems), limits,
                planOrigin, blankToNull(source), blankToNull(basedOn));
    }

    /** Every plan, newest first; archived ones only with {@code archived=true}. */
    @GetMapping
    List<PlanViews.PlanStatus> list(@RequestParam(defaultValue = "false") boolean archived) {
        // A scope-limited user sees the plans of their scopes only.
        return plans.list().stream().filter(job -> archived || !job.archived()).filter(job -> caller.mayAccess(job.scope()))
                .map(job -> PlanViews.status(job, plans)).toList();
    }

    /** Renames a plan or archives it (or brings it back): {"name": "…", "archived": true}. */
    @PatchMapping(value = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    PlanViews.PlanStatus update(@PathVariable String id, @JsonBody Parsed<PlanUpdate> body) {
        PlanUpdate update = JsonInput.checked(body, u -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (u.name() != null && (u.name().isBlank() || u.name().strip().length() > 200)) {
                problems.add(FieldProblem.of("name", "plan.nameInvalid", 200));
            }
            if (u.name() == null && u.archived() == null) {
                problems.add(FieldProblem.of("name", "plan.updateEmpty"));
            }
            return problems;
        });
        String name = update.name() == null ? null : update.name().strip();
        PlanJob job = plans.update(id, name, update.archived()).orElseThrow(() -> NotFoundException.plan(id));
        return PlanViews.status(job, plans);
    }

    @GetMapping("/{id}")
    PlanViews.PlanDetail get(@PathVariable String id) {
        PlanJob job = job(id);
        return PlanViews.detail(job, plans, principles(job), bounds.of(job));
    }

    @GetMapping("/{id}/status")
    PlanViews.PlanStatus status(@PathVariable String id) {
        PlanJob job = job(id);
        return PlanViews.status(job, plans, principles(job), bounds.of(job));
    }

    /**
     * A finished plan's score in plain words with each principle's subtotal, analysed once per plan and
     * score (polling asks every second); null while solving, when the score alone is told.
     */
    private PlainScore principles(PlanJob job) {
        HardMediumSoftLongScore score = job.score();
        if (!job.state().isFinished() || score == null || !score.isSolutionInitialized()) {
            return null;
        }
        String key = job.id() + "|" + score;
        PlainScore cached = plainScores.get(key);
        if (cached == null) {
            try {
                cached = PlainScore.of(solvers.explain(PlanMapper.toModel(job.snapshot().document())));
            } catch (StoredDocumentException e) {
                return null;
            }
            plainScores.put(key, cached);
        }
        return cached;
    }

    /** Stops solving early; the plan keeps the best solution found so far. */
    @DeleteMapping("/{id}/solving")
    PlanViews.PlanStatus stop(@PathVariable String id) {
        PlanJob job = plans.stop(id).orElseThrow(() -> NotFoundException.plan(id));
        return PlanViews.status(job, plans);
    }

    @GetMapping("/{id}/analysis")
    PlainAnalysis analysis(@PathVariable String id) {
        PlanDocument best = job(id).snapshot().document();
        // Analyse a private copy: explaining rebuilds the plan's member lists.
        ScoreAnalysis analysis = solvers.explain(PlanMapper.toModel(best));
        return new PlainAnalysis(analysis, PlainScore.of(analysis));
    }

    /** Scores a plan drawn by hand (each organization's "community" set) without solving it. */
    @PostMapping(value = "/analysis", consumes = MediaType.APPLICATION_JSON_VALUE)
    HandMadeAnalysis analyse(@JsonBody PlanDocument document) {
        AlliancePlan plan = PlanMapper.toModel(document);
        ScoreAnalysis analysis = solvers.explain(plan);
        return new HandMadeAnalysis(PlanKpis.of(plan), analysis, PlainScore.of(analysis));
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
                problems.add(FieldProblem.of("origin", "plan.badOrigin"));
                parsed = PlanOrigin.SUBMITTED;
            }
        }
        if (source != null && source.length() > 200) {
            problems.add(FieldProblem.of("source", "plan.sourceTooLong", 200));
        }
        if (basedOn != null && !basedOn.isBlank() && plans.find(basedOn.strip()).isEmpty()) {
            problems.add(FieldProblem.of("basedOn", "plan.unknownBasedOn", basedOn));
        }
        return parsed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private PlanJob job(String id) {
        return plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
    }
}
