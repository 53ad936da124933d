package org.allianceplanner.scopes;

import java.time.Instant;
import java.util.List;

import org.allianceplanner.api.Caller;
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

/**
 * Adoption: a finished plan becomes the plan in force of its scope (已确定方案). Its assignment becomes
 * the scope's master data ({@link MasterData}: every organization's {@code currentCommunity}), against
 * which master-data changes are made and which the rebalancing job re-plans.
 */
@Service
public class AdoptionService {

    /** What adopting did: the scope's revision after it, and the plan it replaced. */
    public record Adoption(StoredScope scope, String previousPlanId, boolean alreadyAdopted,
            HardMediumSoftLongScore score) {
    }

    private final PlanService plans;
    private final ScopeRepository scopes;

    private Caller caller = Caller.SERVICE;

    /** Names the user in each adoption (without it: the service itself). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setCaller(Caller caller) {
        this.caller = caller;
    }

    public AdoptionService(PlanService plans, ScopeRepository scopes) {
        this.plans = plans;
        this.scopes = scopes;
    }

    public Adoption adopt(String planId) {
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
        // As documented: only a complete assignment can be the plan in force.
        long unassigned = solution.organizations().stream().filter(o -> o.community() == null).count();
        if (unassigned > 0) {
            throw new ConflictException(Message.of("error.incompleteAssignment.title"),
                    Message.of("error.incompleteAssignment.unassigned", planId, unassigned));
        }
        String scope = solution.scope() == null || solution.scope().isBlank() ? solution.name() : solution.scope();
        StoredScope current = scopes.find(scope).orElse(null);
        if (current != null && current.adoptedPlanId().equals(planId)) {
            return new Adoption(current, null, true, score);
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
        StoredScope after = scopes.adopt(scope, planId, StoreJson.write(MasterData.adoptedFrom(solution).document()),
                Instant.now(), expected, caller.name());
        if (after == null) {
            throw outdated("changedWhileAdopting", scope);
        }
        return new Adoption(after, current == null ? null : current.adoptedPlanId(), false, score);
    }

    private static ConflictException outdated(String why, Object... args) {
        return new ConflictException(Message.of("error.proposalOutdated.title"),
                Message.of("error.proposalOutdated." + why, args));
    }

    public List<StoredScope> scopes() {
        return scopes.list();
    }

    /** The scope with its master data as stored (which may no longer read: see its document error). */
    public StoredScope scope(String scope) {
        return scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
    }

    /** Every adoption and change, oldest first. */
    public List<StoredScope.Change> changes(String scope) {
        scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
        return scopes.changes(scope);
    }
}
