package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllocationBound;
import org.allianceplanner.solver.PlanKpis;

/** The KPI block the CLI prints after a run. */
final class KpiSummary {

    private KpiSummary() {
    }

    static void print(PrintWriter out, AlliancePlan plan, PlanKpis k, Duration spent) {
        boolean feasible = plan.getScore() != null && plan.getScore().isFeasible();
        out.println();
        out.printf("得分 Score:                 %s (%s)%n", plan.getScore(), feasible ? "可行 feasible" : "不可行 infeasible");
        out.printf("已分配 Assigned:            %d / %d (未分配 unassigned %d)%n", k.assigned(), k.organizations(),
                k.unassigned());
        out.printf("距离 Distance:              平均 mean %.2f km, 最大 max %.2f km%n", k.meanDistanceKm(), k.maxDistanceKm());
        if (k.needsCoveredPercent() == null) {
            out.println("需求覆盖 Needs covered:     — (没有登记需求 no needs)");
        } else {
            out.printf("需求覆盖 Needs covered:     %.1f%% (按优先级加权 weighted by priority)%n", k.needsCoveredPercent());
        }
        out.printf("联合体成员 Members/alliance: 最少 min %d, 平均 mean %.2f, 最多 max %d, 标准差 std dev %.2f%n",
                k.minMembers(), k.meanMembers(), k.maxMembers(), k.membersStdDev());
        out.printf("党员均衡 Party members:     基尼系数 Gini %.3f (0 = 各联合体一样多 every alliance alike)%n",
                k.partyMembersGini());
        out.printf("驻区单位 Away from home:    %d 个未分入所在社区 not in their home community%n", k.awayFromHome());
        if (k.movedFromCurrent() > 0) {
            out.printf("调整单位 Moved:             %d%n", k.movedFromCurrent());
        }
        out.printf("用时 Time spent:            %.1f s%n", spent.toMillis() / 1000.0);
        out.flush();
    }

    /** The allocation part against its proven bound: "最优性差距 ≤ 2.6 %". */
    static void printBound(PrintWriter out, AlliancePlan plan, PlanKpis k, AllocationBound bound) {
        if (!bound.available()) {
            out.printf("最优性差距 Optimality gap:  无法给出 unavailable (%s)%n", bound.reason());
        } else {
            boolean comparable = plan.getScore() != null && plan.getScore().isFeasible()
                    && k.unassigned() == bound.minUnassigned();
            Double gap = comparable ? bound.gapPercent(-k.allocationSoft()) : null;
            out.printf("分配部分 Allocation part:   %dsoft, 下界 proven bound %dsoft (用时 in %.1f s%s)%n",
                    k.allocationSoft(), -bound.bound(), bound.seconds(), bound.optimal() ? ", 已证最优 proven optimal" : "");
            if (gap != null) {
                out.printf(java.util.Locale.ROOT, "最优性差距 Optimality gap:  ≤ %.1f %% (该方案距离理论最优不超过 %.1f %% / "
                        + "this plan is at most %.1f %% from the best possible)%n", gap, gap, gap);
            } else {
                out.println("最优性差距 Optimality gap:  — (方案不可行或未分配单位多于必要 infeasible or more unassigned than needed)");
            }
        }
        out.flush();
    }
}
