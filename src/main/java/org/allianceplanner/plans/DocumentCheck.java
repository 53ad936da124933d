package org.allianceplanner.plans;

import java.util.concurrent.atomic.AtomicBoolean;

import org.allianceplanner.store.PlanRepository;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoredPlan;
import org.allianceplanner.store.StoredScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every stored document once after start, in the background, and records on its plan or scope
 * any that no longer parses (or clears an earlier report once it parses again). Start-up never waits
 * for it and never fails because of it: a plan with an unreadable document is listed with the error.
 */
@Component
class DocumentCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentCheck.class);

    private final PlanRepository plans;
    private final ScopeRepository scopes;
    private final AtomicBoolean started = new AtomicBoolean();

    DocumentCheck(PlanRepository plans, ScopeRepository scopes) {
        this.plans = plans;
        this.scopes = scopes;
    }

    void startInBackground() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(this::checkAll, "document-check");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void checkAll() {
        int bad = 0;
        try {
            for (String id : plans.ids()) {
                StoredPlan plan = plans.findWithDocuments(id).orElse(null);
                if (plan != null && !checkPlan(plan)) {
                    bad++;
                }
            }
            for (StoredScope summary : scopes.list()) {
                StoredScope scope = scopes.find(summary.scope()).orElse(null);
                if (scope != null && !checkScope(scope)) {
                    bad++;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The check of stored documents stopped: {}", e.toString());
            return;
        }
        if (bad > 0) {
            LOG.warn("{} stored document(s) cannot be read; see the error on their plan or scope", bad);
        }
    }

    private boolean checkPlan(StoredPlan plan) {
        String error = null;
        try {
            StoredDocuments.model(plan.problemJson(), StoredDocumentException.document("problem", plan.id()));
            if (plan.solutionJson() != null) {
                StoredDocuments.model(plan.solutionJson(), StoredDocumentException.document("solution", plan.id()));
            }
        } catch (StoredDocumentException e) {
            error = e.getMessage();
        }
        if (!java.util.Objects.equals(error, plan.documentError())) {
            plans.recordDocumentError(plan.id(), error);
        }
        if (error != null) {
            LOG.warn("Plan {} ({}): {}", plan.id(), plan.name(), error);
        }
        return error == null;
    }

    private boolean checkScope(StoredScope scope) {
        String error = null;
        try {
            StoredDocuments.model(scope.dataJson(), StoredDocumentException.document("masterData", scope.scope()));
        } catch (StoredDocumentException e) {
            error = e.getMessage();
        }
        if (!java.util.Objects.equals(error, scope.documentError())) {
            scopes.recordDocumentError(scope.scope(), error);
        }
        return error == null;
    }
}
