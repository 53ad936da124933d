package org.allianceplanner.rebalance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanChecks;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.plans.PlanOrigin;
import org.allianceplanner.plans.PlanService;
import org.allianceplanner.plans.StoredDocumentException;
import org.allianceplanner.plans.StoredDocuments;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.PlanRepository;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoredPlan;
import org.allianceplanner.store.StoredScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Re-plans every adopted plan whose master data changed since adoption: a proposal starts from the
 * adopted assignment (every organization in its current community, new ones unplaced), with the
 * stability constraint on and an optional hard move budget, and is queued like any plan. Several
 * instances may run it at once: a revision gets one proposal, whoever records it first.
 */
@Service
public class RebalanceService {

    private static final Logger LOG = LoggerFactory.getLogger(RebalanceService.class);

    /** What to re-plan: one scope or all (null), with a move budget and limits or the configured ones. */
    /** {@code allowed}: the scopes the caller may rebalance (a scope-limited user: only theirs). */
    public record Request(String scope, Integer maxMoves, SolveLimits limits, java.util.function.Predicate<String> allowed) {

        public Request(String scope, Integer maxMoves, SolveLimits limits) {
            this(scope, maxMoves, limits, s -> true);
        }
    }

    /** A proposal queued: plan {@code planId} re-plans {@code basedOn} from master-data revision {@code revision}. */
    public record Proposal(String scope, String planId, String basedOn, int revision, Integer maxMoves,
            long stabilityWeight) {
    }

    public record Skipped(String scope, String reason) {
    }

    public record Result(Instant ranAt, List<Proposal> proposals, List<Skipped> skipped) {
    }

    private final ScopeRepository scopes;
    private final PlanRepository planRepository;
    private final PlanService plans;
    private final TransactionTemplate tx;
    private final RebalanceProperties properties;

    public RebalanceService(ScopeRepository scopes, PlanRepository planRepository, PlanService plans,
            PlatformTransactionManager transactions, RebalanceProperties properties) {
        this.scopes = scopes;
        this.planRepository = planRepository;
        this.plans = plans;
        this.tx = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    public RebalanceProperties properties() {
        return properties;
    }

    public Result run(Request request) {
        Instant now = Instant.now();
        Integer maxMoves = request.maxMoves() != null ? request.maxMoves() : properties.maxMoves();
        SolveLimits limits = request.limits() != null ? request.limits()
                : new SolveLimits(properties.timeLimit(), properties.unimprovedTimeLimit());
        List<StoredScope> candidates;
        List<Skipped> skipped = new ArrayList<>();
        if (request.scope() != null) {
            StoredScope scope = scopes.find(request.scope()).orElseThrow(() -> NotFoundException.scope(request.scope()));
            if (!scope.changedSinceAdoption()) {
                skipped.add(new Skipped(scope.scope(), "master data unchanged since adoption"));
                candidates = List.of();
            } else if (scope.proposedRevision() >= scope.revision()) {
                skipped.add(new Skipped(scope.scope(), "already proposed for revision " + scope.revision() + ": plan "
                        + scope.proposalId()));
                candidates = List.of();
            } else {
                candidates = List.of(scope);
            }
        } else {
            candidates = scopes.waitingForRebalance().stream().filter(s -> request.allowed().test(s.scope())).toList();
        }
        List<Proposal> proposals = new ArrayList<>();
        for (StoredScope scope : candidates) {
            try {
                Proposal proposal = propose(scope, maxMoves, limits);
                if (proposal == null) {
                    skipped.add(new Skipped(scope.scope(), "another instance made the proposal for revision "
                            + scope.revision()));
                } else {
                    proposals.add(proposal);
                }
            } catch (StoredDocumentException | InvalidInputException e) {
                LOG.error("Scope {} cannot be rebalanced: {}", scope.scope(), e.getMessage());
                skipped.add(new Skipped(scope.scope(), e.getMessage()));
            }
        }
        if (!proposals.isEmpty()) {
            plans.wake();
        }
        return new Result(now, proposals, skipped);
    }

    private Proposal propose(StoredScope scope, Integer maxMoves, SolveLimits limits) {
        PlanDocument document = proposalProblem(scope, maxMoves, properties.stabilityWeight());
        AlliancePlan model = PlanMapper.toModel(document);
        StoredPlan.New plan = plans.newPlan(document, model, limits, PlanOrigin.REBALANCE, scope.adoptedPlanId(),
                scope.revision());
        Boolean done = tx.execute(status -> {
            if (!scopes.markProposed(scope.scope(), scope.revision(), plan.id())) {
                return false;
            }
            planRepository.insert(plan);
            return true;
        });
        if (!Boolean.TRUE.equals(done)) {
            return null;
        }
        long stability = model.getWeights().get(AllianceConstraint.STABILITY);
        LOG.info("Scope {} revision {}: proposal {} re-plans adopted plan {} (move budget {}, stability weight {})",
                scope.scope(), scope.revision(), plan.id(), scope.adoptedPlanId(), maxMoves, stability);
        return new Proposal(scope.scope(), plan.id(), scope.adoptedPlanId(), scope.revision(), maxMoves, stability);
    }

    /**
     * The problem of a proposal: the master data with each organization starting in its current
     * community (new ones and those whose community went are placed by the solver), the stability
     * weight at least the configured one, and the move budget of this run. Checked like a submitted
     * problem, so that master data gone bad is reported on its scope instead of queued.
     */
    static PlanDocument proposalProblem(StoredScope scope, Integer maxMoves, long stabilityWeight) {
        if (scope.documentError() != null) {
            throw StoredDocumentException.recorded(scope.documentError());
        }
        PlanDocument data = StoredDocuments.read(scope.dataJson(),
                StoredDocumentException.document("masterData", scope.scope()));
        Map<String, Long> weights = new TreeMap<>(data.weights() == null ? Map.of() : data.weights());
        weights.merge(AllianceConstraint.STABILITY.id(), stabilityWeight, Math::max);
        RulesDocument rules = data.rules() == null ? new RulesDocument(null, null, null, null) : data.rules();
        PlanDocument problem = data.mapOrganizations(o -> o.withCommunity(o.currentCommunity()))
                .withWeights(weights).withRules(rules.withMaxMoves(maxMoves)).withScope(scope.scope());
        List<FieldProblem> problems = PlanChecks.validate(problem);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return problem;
    }
}
