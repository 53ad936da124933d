package org.allianceplanner.scopes;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.allianceplanner.explain.Explanations;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.messages.Message;
import org.allianceplanner.plans.StoredDocumentException;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredScope;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON the adoption and master-data endpoints answer, with the API's URLs. */
final class ScopeViews {

    private ScopeViews() {
    }

    /** What adopting answers. */
    record Adopted(String scope, String planId, Instant adoptedAt, int revision, String previousPlanId,
            boolean alreadyAdopted, String score, Boolean feasible, String scopeUrl) {
    }

    /** A scope and its adopted plan; {@code data} (the master data as stored) only when asked for one scope. */
    record ScopeView(String scope, String adoptedPlanId, Instant adoptedAt, int adoptedRevision, int revision,
            Instant changedAt, boolean changedSinceAdoption, int proposedRevision, String proposalId, String error,
            String url, JsonNode data) {
    }

    /** One adoption or change of a scope's master data. */
    record ChangeView(int revision, Instant changedAt, String kind, String subject, String planId, JsonNode body,
            String changedBy) {
    }

    /** What a change answers: the new revision and the item as it is now (or as it was, when removed). */
    record Changed(String scope, int revision, Instant changedAt, String kind, String subject,
            OrganizationDocument organization, CommunityDocument community, List<String> notes, String scopeUrl,
            Explanations.Fit fit) {
    }

    static Adopted adopted(AdoptionService.Adoption a) {
        StoredScope s = a.scope();
        return new Adopted(s.scope(), s.adoptedPlanId(), s.adoptedAt(), s.revision(), a.previousPlanId(),
                a.alreadyAdopted(), a.score().toString(), a.score().isFeasible(), ScopeUrls.of(s.scope()));
    }

    static ScopeView summary(StoredScope s) {
        return view(s, null, s.documentError());
    }

    /** The scope with its master data as stored; data that is not JSON is left out, and says why. */
    static ScopeView withData(StoredScope s) {
        try {
            return view(s, StoreJson.parse(s.dataJson()), s.documentError());
        } catch (IOException e) {
            return view(s, null, new StoredDocumentException(Message.of("error.storedDocument.notJson",
                    StoredDocumentException.document("masterData", s.scope()), e.getMessage())).getMessage());
        }
    }

    private static ScopeView view(StoredScope s, JsonNode data, String error) {
        return new ScopeView(s.scope(), s.adoptedPlanId(), s.adoptedAt(), s.adoptedRevision(), s.revision(),
                s.changedAt(), s.changedSinceAdoption(), s.proposedRevision(), s.proposalId(), error,
                ScopeUrls.of(s.scope()), data);
    }

    static ChangeView change(StoredScope.Change c) {
        JsonNode body = null;
        if (c.bodyJson() != null) {
            try {
                body = StoreJson.parse(c.bodyJson());
            } catch (IOException e) {
                body = null;
            }
        }
        return new ChangeView(c.revision(), c.changedAt(), c.kind(), c.subject(), c.planId(), body, c.changedBy());
    }

    static Changed changed(MasterDataService.Change c) {
        return changed(c, null);
    }

    /** The change with where the unit it added fits best (nobody else moved). */
    static Changed changed(MasterDataService.Change c, Explanations.Fit fit) {
        return new Changed(c.scope(), c.revision(), c.changedAt(), c.kind(), c.subject(), c.organization(),
                c.community(), c.notes().isEmpty() ? null : c.notes().stream().map(Message::both).toList(),
                ScopeUrls.of(c.scope()), fit);
    }
}
