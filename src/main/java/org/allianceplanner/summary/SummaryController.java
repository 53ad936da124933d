package org.allianceplanner.summary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.plans.PlanDiffService;
import org.allianceplanner.plans.PlanJob;
import org.allianceplanner.plans.PlanService;
import org.allianceplanner.plans.PlanState;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoredScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leadership summary of a plan (领导审阅汇总): as JSON for the page's print view, and as an A4
 * PDF with its Chinese font inside, to hand on or print anywhere. The official roster attachment
 * (附件：城市基层党建联合体成员单位名单) as a Word document, one table per street.
 */
@RestController
class SummaryController {

    private final PlanService plans;
    private final ScopeRepository scopes;
    private final PlanDiffService diffs;

    SummaryController(PlanService plans, ScopeRepository scopes, PlanDiffService diffs) {
        this.plans = plans;
        this.scopes = scopes;
        this.diffs = diffs;
    }

    @GetMapping("/api/plans/{id}/summary")
    PlanSummary summary(@PathVariable String id) {
        return summaryOf(job(id));
    }

    @GetMapping("/api/plans/{id}/summary.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        PlanSummary summary = summaryOf(job(id));
        return file(SummaryPdf.write(summary), summary.name() + "领导审阅汇总.pdf", MediaType.APPLICATION_PDF);
    }

    /** The roster attachment; {@code street} for one street's table only. */
    @GetMapping("/api/plans/{id}/roster.docx")
    ResponseEntity<byte[]> roster(@PathVariable String id,
            @RequestParam(required = false) String street) {
        PlanJob job = job(id);
        AlliancePlan plan = job.snapshot().solution();
        if (street != null && plan.getCommunities().stream().noneMatch(c -> street.equals(PlanSummary.street(c)))) {
            throw InvalidInputException.at("street", "schedule.unknownStreet", street);
        }
        return file(RosterDocx.write(plan, street, dateOf(job)),
                (street == null ? plan.getName() : street) + "联合体成员单位名单.docx",
                MediaType.parseMediaType(RosterDocx.CONTENT_TYPE));
    }

    private PlanSummary summaryOf(PlanJob job) {
        AlliancePlan plan = job.snapshot().solution();
        var score = job.score();
        Boolean feasible = score == null || !score.isSolutionInitialized() ? null : score.isFeasible();
        return PlanSummary.of(plan, dateOf(job), job.state().zh(), job.state().name().toLowerCase(java.util.Locale.ROOT),
                feasible, job.adopted(), comparison(job));
    }

    /** Against the scope's plan in force, when there is one other than this plan and both are finished. */
    private PlanSummary.Comparison comparison(PlanJob job) {
        StoredScope scope = scopes.find(job.scope()).orElse(null);
        if (scope == null || scope.adoptedPlanId().equals(job.id())
                || (job.state() != PlanState.SOLVED && job.state() != PlanState.STOPPED)) {
            return null;
        }
        try {
            PlanDiffService.Diff diff = diffs.diff(job.id(), scope.adoptedPlanId());
            List<PlanSummary.Move> moves = diff.changes().stream().map(c -> new PlanSummary.Move(c.organization(),
                    c.name(), c.change(), c.fromName(), c.toName())).toList();
            return new PlanSummary.Comparison(scope.adoptedPlanId(), diff.against().name(), diff.summary().moved(),
                    diff.summary().added(), diff.summary().removed(), moves);
        } catch (RuntimeException e) {
            // The plan in force no longer reads or has no solution: the summary goes without the comparison.
            return null;
        }
    }

    static LocalDate dateOf(PlanJob job) {
        return job.finishedAt() == null ? LocalDate.now() : LocalDate.ofInstant(job.finishedAt(), ZoneId.systemDefault());
    }

    private PlanJob job(String id) {
        return plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String fileName, MediaType type) {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\r\\n]+", "_");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(safe, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
