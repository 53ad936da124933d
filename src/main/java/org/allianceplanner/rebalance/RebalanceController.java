package org.allianceplanner.rebalance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.api.Caller;
import org.allianceplanner.api.SolveLimitsParser;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.plans.PlanProperties;
import org.allianceplanner.plans.PlanUrls;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs the rebalancing job now, and tells when it runs next. */
@RestController
@RequestMapping("/api/rebalance")
class RebalanceController {

    record Schedule(String cron, LocalDateTime nextRun, long stabilityWeight, Integer maxMoves,
            long timeLimitSeconds, long unimprovedTimeLimitSeconds) {
    }

    /** A proposal queued, and where to follow it and compare it with the adopted plan. */
    record ProposalView(String scope, String planId, String basedOn, int revision, Integer maxMoves,
            long stabilityWeight, String statusUrl, String diffUrl) {

        static ProposalView of(RebalanceService.Proposal p) {
            return new ProposalView(p.scope(), p.planId(), p.basedOn(), p.revision(), p.maxMoves(),
                    p.stabilityWeight(), PlanUrls.status(p.planId()), PlanUrls.diff(p.planId(), p.basedOn()));
        }
    }

    record RunView(Instant ranAt, List<ProposalView> proposals, List<RebalanceService.Skipped> skipped) {
    }

    private final RebalanceService rebalancing;
    private final PlanProperties planProperties;

    private final Caller caller;

    RebalanceController(RebalanceService rebalancing, PlanProperties planProperties, Caller caller) {
        this.rebalancing = rebalancing;
        this.planProperties = planProperties;
        this.caller = caller;
    }

    @GetMapping
    Schedule schedule() {
        RebalanceProperties p = rebalancing.properties();
        LocalDateTime next = "-".equals(p.cron()) ? null : CronExpression.parse(p.cron()).next(LocalDateTime.now());
        return new Schedule(p.cron(), next, p.stabilityWeight(), p.maxMoves(), p.timeLimit().toSeconds(),
                p.unimprovedTimeLimit().toSeconds());
    }

    /**
     * Makes a proposal for every adopted plan whose master data changed (or for {@code scope} only):
     * 202 when proposals were queued, 200 when there was nothing to do. {@code maxMoves} is the hard
     * move budget (0: nobody but new and displaced organizations moves).
     */
    @PostMapping
    ResponseEntity<RunView> run(@RequestParam(required = false) String scope,
            @RequestParam(required = false) String maxMoves, @RequestParam(required = false) String timeLimit,
            @RequestParam(required = false) String unimprovedTimeLimit) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer budget = null;
        if (maxMoves != null && !maxMoves.isBlank()) {
            try {
                budget = Integer.parseInt(maxMoves.trim());
                if (budget < 0) {
                    problems.add(FieldProblem.of("maxMoves", "rebalance.maxMovesNegative"));
                }
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("maxMoves", "rebalance.maxMovesNotNumber", maxMoves));
            }
        }
        SolveLimits limits = null;
        if (timeLimit != null || unimprovedTimeLimit != null) {
            RebalanceProperties p = rebalancing.properties();
            limits = SolveLimitsParser.parse(timeLimit, unimprovedTimeLimit,
                    new SolveLimits(p.timeLimit(), p.unimprovedTimeLimit()), planProperties.maxTimeLimit(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (scope != null && !scope.isBlank()) {
            caller.checkScope(scope);
        }
        RebalanceService.Result result = rebalancing.run(new RebalanceService.Request(
                scope == null || scope.isBlank() ? null : scope, budget, limits, caller::mayAccess));
        return ResponseEntity.status(result.proposals().isEmpty() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(new RunView(result.ranAt(), result.proposals().stream().map(ProposalView::of).toList(),
                        result.skipped()));
    }
}
