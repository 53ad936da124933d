package org.allianceplanner.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.JointActivity;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The calendar part of a prepared plan as an exact CP-SAT model: one 0/1 variable per activity and
 * allowed date (its candidate dates: in its window, of its day kind, no holiday), the hard calendar rules
 * (one activity of an alliance a day, the review panel's capacity) as constraints when their weight is
 * on, and the soft penalty of the calendar's rules under the plan's weights as the objective:
 * <ul>
 * <li>themedPartyDay: a cost per activity and date;</li>
 * <li>activityGap: a pair of one alliance's activities {@code g} apart (g &lt; minGap) costs minGap − g, which is
 * exactly how many runs of minGap consecutive days hold both; so the alliance's penalty is the sum over every
 * such run of C(n, 2), n its activities in the run, written as the largest of its secant lines (exact at whole
 * numbers);</li>
 * <li>streetDailyLoad: max(0, n − limit) per street and day;</li>
 * <li>activitySpread: C(n, 2) per type (not the themed party day's) and day, by secant lines.</li>
 * </ul>
 * Member blackouts depend on the allocation: the model leaves them out, so its optimum is a lower bound on
 * the calendar part of every plan (and that part's optimum whenever the best dating meets no blackout).
 * {@link #softCost} computes the same penalty of a dating in plain Java; tests check both against the
 * constraint provider.
 */
final class CalendarModel {

    final CpModel model = new CpModel();
    final List<JointActivity> activities;
    /** x.get(a): date → variable of activity a on that date. */
    final List<Map<LocalDate, BoolVar>> x = new ArrayList<>();
    final LinearExpr soft;
    /** False when an activity has no date it may take (its variables would make the model infeasible). */
    final boolean consistent;
    /** The auxiliary variables in the order they were made, with how each follows from the ones before. */
    private final List<Derived> derived = new ArrayList<>();

    /** target = Σ terms (SUM), C(terms[0], 2) (PAIRS) or max(0, Σ terms − limit) (OVER). */
    private record Derived(IntVar target, IntVar[] terms, char kind, long limit) {
    }

    private CalendarModel(AlliancePlan plan) {
        this.activities = plan.getActivities();
        AllianceWeights w = plan.getWeights();
        ActivityCalendar calendar = plan.getCalendar();
        boolean ok = true;
        LinearExprBuilder objective = LinearExpr.newBuilder();
        long wThemed = w.get(AllianceConstraint.THEMED_PARTY_DAY);
        Map<String, Map<LocalDate, List<BoolVar>>> byCommunityDay = new LinkedHashMap<>();
        Map<String, Map<LocalDate, List<BoolVar>>> byStreetDay = new LinkedHashMap<>();
        Map<ActivityType, Map<LocalDate, List<BoolVar>>> byTypeDay = new LinkedHashMap<>();
        Map<LocalDate, List<BoolVar>> reviews = new HashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            JointActivity a = activities.get(i);
            Map<LocalDate, BoolVar> vars = new LinkedHashMap<>();
            List<LocalDate> dates = a.isPinned() && a.getDate() != null ? List.of(a.getDate()) : a.getCandidateDates();
            for (LocalDate d : dates) {
                BoolVar v = model.newBoolVar("x" + i + "_" + d);
                vars.put(d, v);
                if (wThemed != 0) {
                    long days = daysFromThemedPartyDay(a, d);
                    if (days > 0) {
                        objective.addTerm(v, wThemed * days);
                    }
                }
                byCommunityDay.computeIfAbsent(a.getCommunity().getId(), k -> new HashMap<>())
                        .computeIfAbsent(d, k -> new ArrayList<>()).add(v);
                if (a.getCommunity().getStreet() != null) {
                    byStreetDay.computeIfAbsent(a.getCommunity().getStreet(), k -> new HashMap<>())
                            .computeIfAbsent(d, k -> new ArrayList<>()).add(v);
                }
                if (!a.getType().onThemedPartyDay()) {
                    byTypeDay.computeIfAbsent(a.getType(), k -> new HashMap<>())
                            .computeIfAbsent(d, k -> new ArrayList<>()).add(v);
                }
                if (a.getType().needsReviewPanel()) {
                    reviews.computeIfAbsent(d, k -> new ArrayList<>()).add(v);
                }
            }
            if (vars.isEmpty()) {
                ok = false;
            } else {
                model.addExactlyOne(vars.values().toArray(BoolVar[]::new));
            }
            x.add(vars);
        }
        // Hard: one activity of an alliance a day; the review panel's capacity.
        boolean oneADay = w.get(AllianceConstraint.ALLIANCE_SAME_DAY) > 0;
        if (w.get(AllianceConstraint.REVIEW_PANEL_CAPACITY) > 0) {
            for (List<BoolVar> vars : reviews.values()) {
                if (vars.size() > calendar.reviewsPerDay()) {
                    model.addLessOrEqual(LinearExpr.sum(vars.toArray(BoolVar[]::new)), calendar.reviewsPerDay());
                }
            }
        }
        // activityGap: C(n, 2) over every run of minGap days of each alliance, n counted from the alliance's
        // activities per day (at most one a day when that rule is hard).
        long wGap = w.get(AllianceConstraint.ACTIVITY_GAP);
        int gap = calendar.minGapDays();
        int run = 0;
        int community = 0;
        for (Map<LocalDate, List<BoolVar>> days : byCommunityDay.values()) {
            Map<LocalDate, IntVar> perDay = new HashMap<>();
            for (Map.Entry<LocalDate, List<BoolVar>> e : days.entrySet()) {
                List<BoolVar> vars = e.getValue();
                if (oneADay && vars.size() > 1) {
                    model.addAtMostOne(vars.toArray(BoolVar[]::new));
                }
                IntVar y = model.newIntVar(0, oneADay ? 1 : vars.size(), "day" + community + "_" + e.getKey());
                model.addEquality(y, LinearExpr.sum(vars.toArray(BoolVar[]::new)));
                derived.add(new Derived(y, vars.toArray(IntVar[]::new), 'S', 0));
                perDay.put(e.getKey(), y);
            }
            community++;
            if (wGap == 0 || gap <= 0 || days.isEmpty()) {
                continue;
            }
            LocalDate first = days.keySet().stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = days.keySet().stream().max(LocalDate::compareTo).orElseThrow();
            for (LocalDate start = first.minusDays(gap - 1L); !start.isAfter(last); start = start.plusDays(1)) {
                List<IntVar> inRun = new ArrayList<>();
                long most = 0;
                for (int k = 0; k < gap; k++) {
                    IntVar y = perDay.get(start.plusDays(k));
                    if (y != null) {
                        inRun.add(y);
                        most += oneADay ? 1 : days.get(start.plusDays(k)).size();
                    }
                }
                IntVar pairs = pairs(inRun.toArray(IntVar[]::new), most, "gap" + run++);
                if (pairs != null) {
                    objective.addTerm(pairs, wGap);
                }
            }
        }
        // streetDailyLoad: max(0, n − limit) per street and day.
        long wLoad = w.get(AllianceConstraint.STREET_DAILY_LOAD);
        int limit = calendar.maxActivitiesPerStreetPerDay();
        if (wLoad != 0 && limit > 0) {
            int k = 0;
            for (Map<LocalDate, List<BoolVar>> days : byStreetDay.values()) {
                for (List<BoolVar> vars : days.values()) {
                    if (vars.size() > limit) {
                        IntVar over = model.newIntVar(0, vars.size() - limit, "load" + k++);
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(over)
                                .addWeightedSum(vars.toArray(BoolVar[]::new), minusOnes(vars.size())).build(), -limit);
                        derived.add(new Derived(over, vars.toArray(IntVar[]::new), 'O', limit));
                        objective.addTerm(over, wLoad);
                    }
                }
            }
        }
        // activitySpread: C(n, 2) per type and day.
        long wSpread = w.get(AllianceConstraint.ACTIVITY_SPREAD);
        if (wSpread != 0) {
            int k = 0;
            for (Map<LocalDate, List<BoolVar>> days : byTypeDay.values()) {
                for (List<BoolVar> vars : days.values()) {
                    IntVar pairs = pairs(vars.toArray(BoolVar[]::new), vars.size(), "spread" + k++);
                    if (pairs != null) {
                        objective.addTerm(pairs, wSpread);
                    }
                }
            }
        }
        this.soft = objective.build();
        this.consistent = ok;
    }

    /** The model without blackouts: its optimum is a lower bound on the calendar part of any plan. */
    static CalendarModel of(AlliancePlan plan) {
        return new CalendarModel(plan);
    }

    /**
     * C(n, 2) of n = the sum of {@code terms} (at most {@code most}) as a variable kept at least each secant
     * line k·n − k(k+1)/2 (so exactly C(n, 2) at the optimum); null when at most one can be set.
     */
    private IntVar pairs(IntVar[] terms, long most, String name) {
        if (most < 2) {
            return null;
        }
        IntVar n = model.newIntVar(0, most, name + "n");
        model.addEquality(n, LinearExpr.sum(terms));
        derived.add(new Derived(n, terms, 'S', 0));
        IntVar pairs = model.newIntVar(0, most * (most - 1) / 2, name);
        derived.add(new Derived(pairs, new IntVar[] {n}, 'P', 0));
        for (long k = 1; k < most; k++) {
            // pairs − k·n ≥ −k(k+1)/2
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(pairs).addTerm(n, -k).build(), -k * (k + 1) / 2);
        }
        return pairs;
    }

    private static long[] minusOnes(int n) {
        long[] ones = new long[n];
        java.util.Arrays.fill(ones, -1);
        return ones;
    }

    static long daysFromThemedPartyDay(JointActivity a, LocalDate d) {
        if (!a.getType().onThemedPartyDay() || a.getCalendar().themedPartyDay() == null) {
            return 0;
        }
        return a.getCalendar().themedPartyDay().daysAway(d);
    }

    /**
     * Hints CP-SAT at the plan's current dates, every auxiliary variable included (a complete hint is a
     * first solution at once), when every activity has a date the model allows; else at the dates alone.
     */
    void hint(AlliancePlan plan) {
        Map<IntVar, Long> values = new java.util.IdentityHashMap<>();
        boolean complete = true;
        for (int i = 0; i < activities.size(); i++) {
            LocalDate date = activities.get(i).getDate();
            if (date == null || !x.get(i).containsKey(date)) {
                complete = false;
            }
            if (date == null) {
                continue;
            }
            for (Map.Entry<LocalDate, BoolVar> e : x.get(i).entrySet()) {
                long value = e.getKey().equals(date) ? 1 : 0;
                model.addHint(e.getValue(), value);
                values.put(e.getValue(), value);
            }
        }
        if (!complete) {
            return;
        }
        for (Derived d : derived) {
            long sum = 0;
            for (IntVar term : d.terms()) {
                sum += values.getOrDefault(term, 0L);
            }
            long value = switch (d.kind()) {
                case 'P' -> sum * (sum - 1) / 2;
                case 'O' -> Math.max(0, sum - d.limit());
                default -> sum;
            };
            values.put(d.target(), value);
            model.addHint(d.target(), value);
        }
    }

    /** Fixes every activity to its date; false when a date is not one the model allows it. */
    boolean fix() {
        for (int i = 0; i < activities.size(); i++) {
            LocalDate date = activities.get(i).getDate();
            if (date == null || !x.get(i).containsKey(date)) {
                return false;
            }
            for (Map.Entry<LocalDate, BoolVar> e : x.get(i).entrySet()) {
                model.addEquality(e.getValue(), e.getKey().equals(date) ? 1 : 0);
            }
        }
        return true;
    }

    /** Each activity's date in the solver's solution. */
    Map<String, LocalDate> dates(com.google.ortools.sat.CpSolver solver) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            for (Map.Entry<LocalDate, BoolVar> e : x.get(i).entrySet()) {
                if (solver.booleanValue(e.getValue())) {
                    dates.put(activities.get(i).getId(), e.getKey());
                }
            }
        }
        return dates;
    }

    /**
     * The calendar's soft penalty of the plan's dates under its weights, as a positive number, in plain Java:
     * what the constraint provider's calendar rules add up to (blackouts and the other hard rules aside).
     */
    static long softCost(AlliancePlan plan) {
        AllianceWeights w = plan.getWeights();
        ActivityCalendar calendar = plan.getCalendar();
        List<JointActivity> dated = plan.getActivities().stream().filter(a -> a.getDate() != null).toList();
        long cost = 0;
        for (JointActivity a : dated) {
            cost += w.get(AllianceConstraint.THEMED_PARTY_DAY) * a.daysFromThemedPartyDay();
        }
        Map<Community, List<JointActivity>> byCommunity = new LinkedHashMap<>();
        dated.forEach(a -> byCommunity.computeIfAbsent(a.getCommunity(), k -> new ArrayList<>()).add(a));
        for (List<JointActivity> list : byCommunity.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    long apart = Math.abs(list.get(i).getDate().toEpochDay() - list.get(j).getDate().toEpochDay());
                    if (apart < calendar.minGapDays()) {
                        cost += w.get(AllianceConstraint.ACTIVITY_GAP) * (calendar.minGapDays() - apart);
                    }
                }
            }
        }
        Map<String, Integer> load = new HashMap<>();
        Map<List<Object>, Integer> spread = new HashMap<>();
        for (JointActivity a : dated) {
            if (a.getCommunity().getStreet() != null) {
                load.merge(a.getCommunity().getStreet() + "|" + a.getDate(), 1, Integer::sum);
            }
            if (!a.getType().onThemedPartyDay()) {
                spread.merge(List.of(a.getType(), a.getDate()), 1, Integer::sum);
            }
        }
        if (calendar.maxActivitiesPerStreetPerDay() > 0) {
            for (int n : load.values()) {
                cost += w.get(AllianceConstraint.STREET_DAILY_LOAD) * Math.max(0, n - calendar.maxActivitiesPerStreetPerDay());
            }
        }
        for (int n : spread.values()) {
            cost += w.get(AllianceConstraint.ACTIVITY_SPREAD) * (long) n * (n - 1) / 2;
        }
        return cost;
    }
}
