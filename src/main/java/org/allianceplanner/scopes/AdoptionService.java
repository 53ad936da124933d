package org.allianceplanner.scopes;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.plans.PlanJob;
import org.allianceplanner.plans.PlanOrigin;
import org.allianceplanner.plans.PlanService;
import org.allianceplanner.plans.PlanState;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredScope;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adoption: a finished plan becomes the plan in force of its scope (已确定方案). Its assignment becomes
 * the scope's master data — every organization's {@code currentCommunity} — against which master-data
 * changes are made and which the rebalancing job re-plans.
 */
@Service
public class AdoptionService {

    /** What adopting answers. */
    public record Adopted(String scope, String planId, Instant adoptedAt, int revision, String previousPlanId,
            boolean alreadyAdopted, String score, Boolean feasible, String scopeUrl) {
    }

    /** A scope and its adopted plan; {@code data} (the master data) only when asked for one scope. */
    public record ScopeView(String scope, String adoptedPlanId, Instant adoptedAt, int adoptedRevision,
            int revision, Instant changedAt, boolean changedSinceAdoption, int proposedRevision, String proposalId,
            String error, String url, JsonNode data) {
    }

    /** One adoption or change of a scope's master data. */
    public record ChangeView(int revision, Instant changedAt, String kind, String subject, String planId,
            JsonNode body) {
    }

    private final PlanService plans;
    private final ScopeRepository scopes;

    public AdoptionService(PlanService plans, ScopeRepository scopes) {
        this.plans = plans;
        this.scopes = scopes;
    }

    public Adopted adopt(String planId) {
        PlanJob job = plans.find(planId).orElseThrow(() -> NotFoundException.plan(planId));
        PlanState state = job.state();
        if (state != PlanState.SOLVED && state != PlanState.STOPPED) {
            throw new ConflictException(Message.of("error.planNotFinished.title"), Message.of(
                    state.isFinished() ? "error.planNotFinished.detail" : "error.planNotFinished.waiting", planId, state));
        }
        PlanJob.Snapshot snapshot = job.snapshot();
        HardMediumSoftLongScore score = snapshot.solution().getScore();
        if (score == null || !score.isSolutionInitialized()) {
            throw ConflictException.of("incompleteAssignment", planId);
        }
        PlanDocument solution = snapshot.document();
        String scope = solution.scope() == null || solution.scope().isBlank() ? solution.name() : solution.scope();
        StoredScope current = scopes.find(scope).orElse(null);
        if (current != null && current.adoptedPlanId().equals(planId)) {
            return adopted(current, null, true, score);
        }
        if (job.origin() == PlanOrigin.REBALANCE && current != null) {
            if (job.basedOn() != null && !job.basedOn().equals(current.adoptedPlanId())) {
                throw outdated("adoptedSince", job.basedOn(), current.adoptedPlanId());
            }
            if (job.baseRevision() != null && current.revision() > job.baseRevision()) {
                throw outdated("changedSince", scope, job.baseRevision(), current.revision());
            }
        }
        Integer expected = job.origin() == PlanOrigin.REBALANCE && current != null ? job.baseRevision() : null;
        StoredScope after = scopes.adopt(scope, planId, StoreJson.write(masterDataOf(solution)), Instant.now(),
                expected);
        if (after == null) {
            throw outdated("changedWhileAdopting", scope);
        }
        return adopted(after, current == null ? null : current.adoptedPlanId(), false, score);
    }

    private static ConflictException outdated(String why, Object... args) {
        return new ConflictException(Message.of("error.proposalOutdated.title"),
                Message.of("error.proposalOutdated." + why, args));
    }

    private static Adopted adopted(StoredScope scope, String previous, boolean already, HardMediumSoftLongScore score) {
        return new Adopted(scope.scope(), scope.adoptedPlanId(), scope.adoptedAt(), scope.revision(), previous, already,
                score.toString(), score.isFeasible(), ScopeUrls.of(scope.scope()));
    }

    /**
     * The master data an adopted plan leaves: its problem with each organization's place in the plan
     * as its {@code currentCommunity}, and no solver output. Works on the JSON tree, so that fields
     * this class does not know travel along.
     */
    static ObjectNode masterDataOf(PlanDocument solution) {
        ObjectNode data = StoreJson.tree(solution);
        data.remove("score");
        for (JsonNode organization : data.withArray("organizations")) {
            ObjectNode o = (ObjectNode) organization;
            JsonNode community = o.remove("community");
            if (community == null || community.isNull()) {
                o.remove("currentCommunity");
            } else {
                o.set("currentCommunity", community);
            }
        }
        return data;
    }

    public List<ScopeView> scopes() {
        return scopes.list().stream().map(s -> view(s, null)).toList();
    }

    public ScopeView scope(String scope) {
        StoredScope stored = scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
        JsonNode data = null;
        String error = stored.documentError();
        try {
            data = StoreJson.parse(stored.dataJson());
        } catch (IOException e) {
            error = "The master data of scope \"" + scope + "\" is not JSON: " + e.getMessage();
        }
        return view(stored, data, error);
    }

    public List<ChangeView> changes(String scope) {
        scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
        return scopes.changes(scope).stream().map(c -> new ChangeView(c.revision(), c.changedAt(), c.kind(),
                c.subject(), c.planId(), parseOrNull(c.bodyJson()))).toList();
    }

    private static ScopeView view(StoredScope s, JsonNode data) {
        return view(s, data, s.documentError());
    }

    private static ScopeView view(StoredScope s, JsonNode data, String error) {
        return new ScopeView(s.scope(), s.adoptedPlanId(), s.adoptedAt(), s.adoptedRevision(), s.revision(),
                s.changedAt(), s.changedSinceAdoption(), s.proposedRevision(), s.proposalId(), error,
                ScopeUrls.of(s.scope()), data);
    }

    private static JsonNode parseOrNull(String json) {
        if (json == null) {
            return null;
        }
        try {
            return StoreJson.parse(json);
        } catch (IOException e) {
            return null;
        }
    }
}
