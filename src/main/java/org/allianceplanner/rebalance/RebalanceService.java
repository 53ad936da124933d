package org.allianceplanner.rebalance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.plans.PlanOrigin;
import org.allianceplanner.plans.PlanService;
import org.allianceplanner.plans.StoredDocumentException;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.PlanRepository;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredPlan;
import org.allianceplanner.store.StoredScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    public record Request(String scope, Integer maxMoves, SolveLimits limits) {
    }

    public record Proposal(String scope, String planId, String basedOn, int revision, Integer maxMoves,
            long stabilityWeight, String statusUrl, String diffUrl) {
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
            candidates = scopes.waitingForRebalance();
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
        if (scope.documentError() != null) {
            throw StoredDocumentException.recorded(scope.documentError());
        }
        ObjectNode problem = proposalProblem(scope, maxMoves, properties.stabilityWeight());
        PlanDocument document = PlanMapper.readDocument(StoreJson.write(problem).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
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
        String url = "/api/plans/" + plan.id();
        return new Proposal(scope.scope(), plan.id(), scope.adoptedPlanId(), scope.revision(), maxMoves, stability,
                url + "/status", url + "/diff?against=" + scope.adoptedPlanId());
    }

    /**
     * The problem of a proposal: the master data with each organization starting in its current
     * community (new ones and those whose community went are placed by the solver), the stability
     * weight at least the configured one, and the move budget of this run.
     */
    static ObjectNode proposalProblem(StoredScope scope, Integer maxMoves, long stabilityWeight) {
        ObjectNode problem;
        try {
            JsonNode data = StoreJson.parse(scope.dataJson());
            if (!(data instanceof ObjectNode object)) {
                throw new StoredDocumentException(Message.of("error.storedDocument.notObject",
                        StoredDocumentException.document("masterData", scope.scope())));
            }
            problem = object;
        } catch (java.io.IOException e) {
            throw new StoredDocumentException(Message.of("error.storedDocument.notJson",
                    StoredDocumentException.document("masterData", scope.scope()), e.getMessage()));
        }
        for (JsonNode node : problem.withArray("organizations")) {
            ObjectNode organization = (ObjectNode) node;
            JsonNode current = organization.get("currentCommunity");
            if (current != null && !current.isNull()) {
                organization.set("community", current);
            } else {
                organization.remove("community");
            }
        }
        ObjectNode weights = problem.withObject("weights");
        long stability = weights.path(AllianceConstraint.STABILITY.id()).asLong(0);
        weights.put(AllianceConstraint.STABILITY.id(), Math.max(stability, stabilityWeight));
        ObjectNode rules = problem.withObject("rules");
        if (maxMoves == null) {
            rules.remove("maxMoves");
        } else {
            rules.put("maxMoves", maxMoves);
        }
        problem.put("scope", scope.scope());
        return problem;
    }
}
