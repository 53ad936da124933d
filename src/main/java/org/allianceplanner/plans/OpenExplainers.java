package org.allianceplanner.plans;

import java.util.LinkedHashMap;
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
 * back); one of a plan whose document changed is replaced.
 */
@Component
class OpenExplainers {

    private static final int KEPT = 3;

    private record Kept(PlanDocument document, Explainer explainer) {
    }

    private final AllianceSolvers solvers;
    private final Map<String, Kept> kept = new LinkedHashMap<>(8, 0.75f, true);

    OpenExplainers(AllianceSolvers solvers) {
        this.solvers = solvers;
    }

    /** Asks the plan's explainer (opened on {@code document} when not kept yet). */
    <T> T ask(String planId, PlanDocument document, Function<Explainer, T> question) {
        Explainer explainer = explainer(planId, document);
        synchronized (explainer) {
            return question.apply(explainer);
        }
    }

    private Explainer explainer(String planId, PlanDocument document) {
        Kept found;
        synchronized (kept) {
            found = kept.get(planId);
            if (found != null && found.document() == document) {
                return found.explainer();
            }
        }
        Explainer opened = Explainer.open(solvers, PlanMapper.toModel(document));
        synchronized (kept) {
            Kept replaced = kept.put(planId, new Kept(document, opened));
            if (replaced != null) {
                close(replaced.explainer());
            }
            while (kept.size() > KEPT) {
                var eldest = kept.entrySet().iterator().next();
                kept.remove(eldest.getKey());
                close(eldest.getValue().explainer());
            }
        }
        return opened;
    }

    private static void close(Explainer explainer) {
        synchronized (explainer) {
            explainer.close();
        }
    }
}
