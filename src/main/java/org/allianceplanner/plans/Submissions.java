package org.allianceplanner.plans;

import java.net.URI;
import java.util.List;

import org.allianceplanner.api.Caller;
import org.allianceplanner.api.SolveLimitsParser;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way a problem is submitted to solve, whether it came as JSON or as a workbook: the limits
 * read from the request, the plan stored to wait for a solver, and 202 with where to poll.
 */
@Component
public class Submissions {

    /** What submitting answers: where to poll. */
    public record Submitted(String id, String status, String statusZh, int queuePosition, String statusUrl) {
    }

    private final PlanService plans;
    private final PlanProperties properties;

    private final Caller caller;

    Submissions(PlanService plans, PlanProperties properties, Caller caller) {
        this.plans = plans;
        this.properties = properties;
        this.caller = caller;
    }

    /** The request's limits ("30s", "2m"), or the configured defaults; bad ones are added to {@code problems}. */
    public SolveLimits limits(String timeLimit, String unimprovedTimeLimit, List<FieldProblem> problems) {
        return SolveLimitsParser.parse(timeLimit, unimprovedTimeLimit, properties.defaultLimits(),
                properties.maxTimeLimit(), problems);
    }

    public ResponseEntity<Submitted> submit(PlanDocument problem, SolveLimits limits) {
        return submit(problem, limits, PlanOrigin.SUBMITTED, null, null);
    }

    /**
     * Submits with where the problem came from, for the plan list: a dataset or file ({@code source})
     * or the plan it is solved again from ({@code basedOn}).
     */
    public ResponseEntity<Submitted> submit(PlanDocument problem, SolveLimits limits, PlanOrigin origin, String source,
            String basedOn) {
        // A scope-limited user submits plans of their scopes only (the scope is the name when none is given).
        var model = PlanMapper.toModel(problem);
        caller.checkScope(model.getScope());
        PlanJob job = plans.submit(model, limits, origin, source, basedOn);
        return ResponseEntity.accepted().location(URI.create(PlanUrls.of(job.id()))).body(new Submitted(job.id(),
                job.state().name(), job.state().zh(), plans.queuePosition(job), PlanUrls.status(job.id())));
    }
}
