package org.allianceplanner.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exact phase of a solve whose problem is small enough for its time limit
 * ({@link AllianceSolverConfig#fitted}): the allocation the annealing reached is handed to the column
 * generation and CP-SAT ({@link AllocationBound}, the same search that proves the bound), and the best plan
 * they find among whole alliances comes back to OptaPlanner, which keeps it only when the whole score is no
 * worse, then polishes the calendar. Why: on hejiang the annealing's plans stop 0.5–2 % above the bound and
 * on dianjiang 0.5–1 % after a minute, while with this search they end 0.06 % and 0.1 % (median) above it
 * (benchmark/README.md); OptaPlanner stays the solver of record: the plan is scored by the constraints,
 * not by the exact model.
 * <p>
 * A unit's new alliance may hold a joint activity on one of its blackout dates; those activities move to
 * their best candidate date before the scores are compared, or the new plan would lose on that alone.
 * The phase ends within its budget, and at once when the solve is stopped ({@link #stopWhen}).
 */
public final class ExactAllocationPhase implements CustomPhaseCommand<AlliancePlan> {

    private static final Logger LOG = LoggerFactory.getLogger(ExactAllocationPhase.class);
    private static final String COMMUNITY = "community";
    private static final String DATE = "date";
    /** How often the watcher asks whether the solve was stopped. */
    private static final long WATCH_MILLIS = 50;

    private final Duration budget;
    private final int workers;
    private final SearchStop stop = new SearchStop();
    private volatile BooleanSupplier stopped = () -> false;

    /** As solverConfig.xml names it; {@link AllianceSolverConfig#withLimits} replaces it by one with the run's budget. */
    public ExactAllocationPhase() {
        this(Duration.ofSeconds(10), defaultWorkers());
    }

    public ExactAllocationPhase(Duration budget, int workers) {
        this.budget = budget;
        this.workers = Math.max(1, workers);
    }

    /** CP-SAT's workers for a solve on this machine: two, where there are two cores. */
    static int defaultWorkers() {
        return Math.min(2, Runtime.getRuntime().availableProcessors());
    }

    public Duration budget() {
        return budget;
    }

    /** Ends the phase's searches as soon as {@code stopped} says so (the solver's terminateEarly). */
    public void stopWhen(BooleanSupplier stopped) {
        this.stopped = stopped;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<AlliancePlan> scoreDirector) {
        if (!CpSat.available() || stop.isStopped()) {
            return;
        }
        AlliancePlan plan = scoreDirector.getWorkingSolution();
        AllocationBound found;
        Thread watcher = new Thread(this::watch, "exact-phase-watch");
        watcher.setDaemon(true);
        watcher.start();
        try {
            found = AllocationBound.compute(plan, budget, workers, stop, true);
        } catch (RuntimeException e) {
            // A failure of the exact search must not cost the planner the plan the annealing found.
            LOG.warn("Exact phase failed; the plan stays as the annealing left it", e);
            return;
        } finally {
            watcher.interrupt();
        }
        String outcome = "nothing found";
        if (found.assignment() != null) {
            @SuppressWarnings("unchecked")
            InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore> director =
                    (InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore>) scoreDirector;
            outcome = adoptIfNoWorse(director, found.assignment());
        }
        LOG.info("Exact phase ended: {} ms of {} ms, allocation found {} (bound {}){}: {}.",
                Math.round(found.seconds() * 1000), budget.toMillis(), found.best() == null ? "none" : -found.best(),
                found.bound() == null ? "none" : -found.bound(), stop.isStopped() ? ", stopped" : "", outcome);
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (stopped.getAsBoolean()) {
                    stop.stop(); // again on every look: a search that was just starting is caught too
                }
                Thread.sleep(WATCH_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts every unit where {@code assignment} says, re-dates the activities that then fall on a member's
     * blackout, and undoes it all when the whole score got worse; says what it did.
     */
    static String adoptIfNoWorse(InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore> director,
            Map<String, String> assignment) {
        AlliancePlan plan = director.getWorkingSolution();
        HardMediumSoftLongScore before = director.calculateScore();
        Map<String, Community> byId = new HashMap<>();
        plan.getCommunities().forEach(c -> byId.put(c.getId(), c));
        Map<Organization, Community> was = new LinkedHashMap<>();
        for (Organization o : plan.getOrganizations()) {
            Community target = byId.get(assignment.get(o.getId()));
            if (!o.isPinned() && o.getCommunity() != target) {
                was.put(o, o.getCommunity());
                setCommunity(director, o, target);
            }
        }
        if (was.isEmpty()) {
            return "the plan already has it";
        }
        director.triggerVariableListeners();
        Map<JointActivity, LocalDate> dated = redateBlackouts(director, plan);
        HardMediumSoftLongScore after = director.calculateScore();
        String change = was.size() + " units moved, " + dated.size() + " activities re-dated, " + before + " → " + after;
        if (after.compareTo(before) >= 0) {
            return "kept, " + change;
        }
        dated.forEach((activity, date) -> setDate(director, activity, date));
        was.forEach((o, community) -> setCommunity(director, o, community));
        director.triggerVariableListeners();
        director.calculateScore();
        return "undone, " + change;
    }

    /**
     * Moves each activity that falls on a member's blackout to its best candidate date, as the constraints
     * score it; returns the activities moved with their former dates.
     */
    private static Map<JointActivity, LocalDate> redateBlackouts(
            InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore> director, AlliancePlan plan) {
        Map<Community, List<Organization>> members = new HashMap<>();
        for (Organization o : plan.getOrganizations()) {
            if (o.getCommunity() != null && !o.getBlackoutDates().isEmpty()) {
                members.computeIfAbsent(o.getCommunity(), c -> new ArrayList<>()).add(o);
            }
        }
        Map<JointActivity, LocalDate> moved = new LinkedHashMap<>();
        List<JointActivity> activities = plan.getActivities() == null ? List.of() : plan.getActivities();
        for (JointActivity activity : activities) {
            LocalDate date = activity.getDate();
            List<Organization> withBlackouts = members.getOrDefault(activity.getCommunity(), List.of());
            if (activity.isPinned() || date == null || withBlackouts.stream().noneMatch(o -> o.isUnavailableOn(date))) {
                continue;
            }
            LocalDate best = date;
            HardMediumSoftLongScore bestScore = director.calculateScore();
            for (LocalDate candidate : activity.getCandidateDates()) {
                setDate(director, activity, candidate);
                HardMediumSoftLongScore score = director.calculateScore();
                if (score.compareTo(bestScore) > 0) {
                    best = candidate;
                    bestScore = score;
                }
            }
            setDate(director, activity, best);
            if (!best.equals(date)) {
                moved.put(activity, date);
            }
        }
        director.triggerVariableListeners();
        return moved;
    }

    private static void setCommunity(ScoreDirector<AlliancePlan> director, Organization o, Community community) {
        director.beforeVariableChanged(o, COMMUNITY);
        o.setCommunity(community);
        director.afterVariableChanged(o, COMMUNITY);
    }

    private static void setDate(ScoreDirector<AlliancePlan> director, JointActivity activity, LocalDate date) {
        director.beforeVariableChanged(activity, DATE);
        activity.setDate(date);
        director.afterVariableChanged(activity, DATE);
        director.triggerVariableListeners();
    }
}
