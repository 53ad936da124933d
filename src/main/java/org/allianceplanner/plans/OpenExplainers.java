package org.allianceplanner.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.allianceplanner.explain.Explainer;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.solver.AllianceSolvers;
import org.springframework.stereotype.Component;

/**
 * The explainers of the last few finished plans asked about, kept open: mapping a plan and building
 * its score director costs more than trying a unit's moves, and a planner clicks unit after unit of
 * one plan. An explainer is used by one request at a time (it moves units in place and puts them
 * back); one of a plan whose document changed is replaced. Requests for a plan not kept yet share one
 * opening (the first opens, the others wait for it); an explainer closed to make room while a request
 * waited for it is opened again.
 */
@Component
class OpenExplainers {

    static final int KEPT = 3;

    /** A plan's slot: its document and its explainer, opened once by whichever request comes first. */
    private static final class Kept {
        final PlanDocument document;
        private Explainer explainer;
        private boolean evicted;

        Kept(PlanDocument document) {
            this.document = document;
        }

        /** The explainer, opened on first use; null when the slot was evicted before it was opened. */
        synchronized Explainer open(AllianceSolvers solvers) {
            if (explainer == null && !evicted) {
                explainer = Explainer.open(solvers, PlanMapper.toModel(document));
            }
            return explainer;
        }

        /** Marks the slot evicted and closes its explainer (waiting for a request using it to finish). */
        void evict() {
            Explainer opened;
            synchronized (this) {
                evicted = true;
                opened = explainer;
            }
            if (opened != null) {
                synchronized (opened) {
                    opened.close();
                }
            }
        }
    }

    private final AllianceSolvers solvers;
    private final Map<String, Kept> kept = new LinkedHashMap<>(8, 0.75f, true);

    OpenExplainers(AllianceSolvers solvers) {
        this.solvers = solvers;
    }

    /** Asks the plan's explainer (opened on {@code document} when not kept yet). */
    <T> T ask(String planId, PlanDocument document, Function<Explainer, T> question) {
        while (true) {
            Kept slot = slot(planId, document);
            Explainer explainer = slot.open(solvers);
            if (explainer == null) {
                continue; // evicted before it was opened: take the plan's slot again
            }
            synchronized (explainer) {
                // The closed flag is set under this lock, so an explainer seen open here stays open.
                if (!explainer.isClosed()) {
                    return question.apply(explainer);
                }
            }
            synchronized (kept) {
                if (kept.get(planId) == slot) {
                    kept.remove(planId);
                }
            }
        }
    }

    /** The plan's slot for {@code document}, made (and the eldest evicted) when missing or of another document. */
    private Kept slot(String planId, PlanDocument document) {
        List<Kept> evicted = new ArrayList<>();
        Kept slot;
        synchronized (kept) {
            slot = kept.get(planId);
            if (slot == null || slot.document != document) {
                if (slot != null) {
                    evicted.add(slot);
                }
                slot = new Kept(document);
                kept.put(planId, slot);
                while (kept.size() > KEPT) {
                    var eldest = kept.entrySet().iterator().next();
                    kept.remove(eldest.getKey());
                    evicted.add(eldest.getValue());
                }
            }
        }
        // Closed outside the map's lock: closing waits for a request using that explainer.
        evicted.forEach(Kept::evict);
        return slot;
    }

    /** How many plans have a slot (for tests). */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
