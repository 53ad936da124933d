package org.allianceplanner.scopes;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.allianceplanner.api.Caller;
import org.allianceplanner.explain.Explainer;
import org.allianceplanner.explain.Explanations;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.plans.StoredDocumentException;
import org.allianceplanner.plans.StoredDocuments;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredScope;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Master-data changes against the adopted plan of a scope: organizations and communities added,
 * updated (JSON merge patch, RFC 7396) or removed, and community needs replaced. Each change is a new
 * revision of the scope's master data ({@link MasterData}, checked as strictly as a submitted problem),
 * logged with its time, and written only when all of it is valid.
 */
@Service
public class MasterDataService {

    /** A change written: the new revision and the item as it is now (or as it was, when removed). */
    public record Change(String scope, int revision, Instant changedAt, String kind, String subject,
            OrganizationDocument organization, CommunityDocument community, List<Message> notes) {
    }

    private static final int ATTEMPTS = 5;

    private final ScopeRepository scopes;
    private final AllianceSolvers solvers;

    private Caller caller = Caller.SERVICE;

    /** Names the user in each revision (without it, as in store tests: the service itself). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setCaller(Caller caller) {
        this.caller = caller;
    }

    public MasterDataService(ScopeRepository scopes, AllianceSolvers solvers) {
        this.scopes = scopes;
        this.solvers = solvers;
    }

    /**
     * Where a unit of the scope's master data fits best, the others where the plan in force has them
     * (their currentCommunity) and nobody else moved: the top {@code limit} communities with reasons.
     * For a unit just added; the rebalancing job stays for bigger changes.
     */
    public Explanations.Fit fit(String scope, String organization, int limit, boolean added) {
        StoredScope stored = scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
        PlanDocument inForce = stored(stored).document().mapOrganizations(
                o -> o.id().equals(organization) ? o.withCommunity(null) : o.withCommunity(o.currentCommunity()));
        try (Explainer explainer = Explainer.open(solvers, PlanMapper.toModel(inForce))) {
            if (!explainer.has(organization)) {
                throw NotFoundException.organization(organization);
            }
            return explainer.fit(organization, limit, added);
        }
    }

    public Change addOrganization(String scope, Parsed<OrganizationDocument> organization) {
        return change(scope, data -> data.addOrganization(organization));
    }

    public Change updateOrganization(String scope, String id, MergePatch patch) {
        return change(scope, data -> data.updateOrganization(id, patch));
    }

    public Change removeOrganization(String scope, String id) {
        return change(scope, data -> data.removeOrganization(id, scope));
    }

    public Change addCommunity(String scope, Parsed<CommunityDocument> community) {
        return change(scope, data -> data.addCommunity(community));
    }

    public Change updateCommunity(String scope, String id, MergePatch patch) {
        return change(scope, data -> data.updateCommunity(id, patch));
    }

    /** Replaces a community's needs with {@code needs}, a JSON array of needs. */
    public Change replaceNeeds(String scope, String id, JsonNode needs) {
        return change(scope, data -> data.replaceNeeds(id, needs));
    }

    public Change removeCommunity(String scope, String id) {
        return change(scope, data -> data.removeCommunity(id, scope));
    }

    /** A new revision of the whole problem; {@code community} (a plan's output) is dropped. */
    public Change replaceData(String scope, PlanDocument replacement) {
        return change(scope, data -> data.replace(replacement, scope));
    }

    /** The scope's master data as stored, read as strictly as a request. */
    static MasterData stored(StoredScope stored) {
        if (stored.documentError() != null) {
            throw StoredDocumentException.recorded(stored.documentError());
        }
        return new MasterData(StoredDocuments.read(stored.dataJson(),
                StoredDocumentException.document("masterData", stored.scope())));
    }

    /**
     * Applies an edit to the scope's master data and writes it as the next revision; when another
     * change came first, reads the new revision and applies the edit again.
     */
    private Change change(String scope, Function<MasterData, MasterData.Edit> edit) {
        for (int attempt = 1; ; attempt++) {
            StoredScope stored = scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
            MasterData.Edit done = edit.apply(stored(stored));
            Instant now = Instant.now();
            if (scopes.change(scope, stored.revision(), StoreJson.write(done.after().document()), now, done.kind(),
                    done.subject(), done.body() == null ? null : StoreJson.write(done.body()), caller.name())) {
                return new Change(scope, stored.revision() + 1, now, done.kind(), done.subject(), done.organization(),
                        done.community(), done.notes());
            }
            if (attempt >= ATTEMPTS) {
                throw ConflictException.of("concurrentChange", scope);
            }
        }
    }
}
