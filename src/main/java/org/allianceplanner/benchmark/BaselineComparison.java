package org.allianceplanner.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The greedy baseline and the solver on one problem, metric by metric, with the difference: relative
 * for distances ("-35.2%"), in percentage points for needs covered, absolute for counts and scores.
 * Figures are plain (dot decimals, no thousands separators) so the CSV reads back as numbers.
 *
 * @param dataset what was solved, as the user named it (file name without .json, or dataset name)
 */
public record BaselineComparison(String dataset, GreedyBaseline.Result greedy, BenchmarkRun solver) {

    /** One metric: its name in Chinese and English, the two figures and the difference (solver − greedy). */
    public record Row(String metricZh, String metricEn, String greedy, String solver, String difference) {
    }

    public List<Row> rows() {
        PlanKpis g = greedy.kpis();
        PlanKpis s = solver.kpis();
        HardMediumSoftLongScore gs = greedy.plan().getScore();
        HardMediumSoftLongScore ss = solver.best().getScore();
        return List.of(
                new Row("平均距离(公里)", "Mean distance (km)", decimals(g.meanDistanceKm(), 2),
                        decimals(s.meanDistanceKm(), 2), relative(g.meanDistanceKm(), s.meanDistanceKm())),
                new Row("最大距离(公里)", "Max distance (km)", decimals(g.maxDistanceKm(), 2),
                        decimals(s.maxDistanceKm(), 2), relative(g.maxDistanceKm(), s.maxDistanceKm())),
                new Row("需求覆盖(%，按优先级加权)", "Needs covered (%, weighted by priority)",
                        percent(g.needsCoveredPercent()), percent(s.needsCoveredPercent()),
                        g.needsCoveredPercent() == null || s.needsCoveredPercent() == null ? ""
                                : points(g.needsCoveredPercent(), s.needsCoveredPercent())),
                new Row("联合体最少成员", "Min members per alliance", Integer.toString(g.minMembers()),
                        Integer.toString(s.minMembers()), absolute(g.minMembers(), s.minMembers())),
                new Row("联合体最多成员", "Max members per alliance", Integer.toString(g.maxMembers()),
                        Integer.toString(s.maxMembers()), absolute(g.maxMembers(), s.maxMembers())),
                new Row("未分配单位", "Unassigned organizations", Integer.toString(g.unassigned()),
                        Integer.toString(s.unassigned()), absolute(g.unassigned(), s.unassigned())),
                new Row("未排日期活动", "Activities without a date", Long.toString(undated(greedy.plan())),
                        Long.toString(undated(solver.best())), absolute(undated(greedy.plan()), undated(solver.best()))),
                new Row("硬约束得分", "Hard score", Long.toString(gs.hardScore()), Long.toString(ss.hardScore()),
                        absolute(gs.hardScore(), ss.hardScore())),
                new Row("中约束得分", "Medium score", Long.toString(gs.mediumScore()),
                        Long.toString(ss.mediumScore()), absolute(gs.mediumScore(), ss.mediumScore())),
                new Row("软约束得分", "Soft score", Long.toString(gs.softScore()), Long.toString(ss.softScore()),
                        absolute(gs.softScore(), ss.softScore())),
                new Row("可行", "Feasible", yesNo(feasible(gs)), yesNo(feasible(ss)), ""),
                new Row("用时(秒)", "Time (s)", seconds(greedy.spent()), seconds(solver.spent()), ""));
    }

    /** Activities left without a date: none when the plan is complete (a calendar, if any, fully dated). */
    static long undated(AlliancePlan plan) {
        return plan.getActivities().stream().filter(a -> a.getDate() == null).count();
    }

    /**
     * Feasible as the service, the page and the solve command say it: fully initialized and no hard
     * penalty (OptaPlanner's own definition). Unassigned organizations show on the medium row.
     */
    static boolean feasible(HardMediumSoftLongScore score) {
        return score.isFeasible();
    }

    static String relative(double greedy, double solver) {
        if (greedy == 0) {
            return solver == 0 ? "0%" : "";
        }
        return signed(100.0 * (solver - greedy) / greedy, 1) + "%";
    }

    /** A share with one decimal, or "—" when there is nothing to share (no needs). */
    static String percent(Double value) {
        return value == null ? "—" : decimals(value, 1);
    }

    static String points(double greedy, double solver) {
        return signed(solver - greedy, 1) + " pp";
    }

    static String absolute(long greedy, long solver) {
        long difference = solver - greedy;
        return difference > 0 ? "+" + difference : Long.toString(difference);
    }

    private static String signed(double value, int decimals) {
        String text = decimals(value, decimals);
        if (text.matches("-?0(\\.0+)?")) {
            return decimals(0, decimals);
        }
        return value > 0 ? "+" + text : text;
    }

    private static String decimals(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String seconds(Duration spent) {
        double seconds = spent.toNanos() / 1e9;
        return decimals(seconds, seconds < 1 ? 3 : 1);
    }

    private static String yesNo(boolean value) {
        return value ? "是 yes" : "否 no";
    }
}
