package org.allianceplanner.io;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.OrganizationType;

/**
 * The checks of a plan document that span fields: unique ids, references to known communities,
 * ranges that are the right way round, known constraint names. Runs after the field checks passed.
 */
public final class PlanChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    private PlanChecks() {
    }

    /**
     * Everything wrong with a plan document, as a submitted problem is checked: its fields (Bean
     * Validation) and the checks across them. Empty when it is valid.
     */
    public static List<FieldProblem> validate(PlanDocument plan) {
        List<FieldProblem> problems = new ArrayList<>(DocumentValidation.validate(plan));
        problems.addAll(check(plan));
        problems.sort(java.util.Comparator.comparing(FieldProblem::field, FieldPaths.ORDER));
        return problems;
    }

    /** The checks across fields only (the field checks may have failed and left nulls behind). */
    public static List<FieldProblem> check(PlanDocument plan) {
        PlanChecks checks = new PlanChecks();
        checks.run(plan);
        return checks.problems;
    }

    /** Field checks may have failed already and left nulls behind: skip what is missing. */
    private void run(PlanDocument plan) {
        Map<String, Integer> communityIndex = new HashMap<>();
        List<CommunityDocument> communities = plan.communities() == null ? List.of() : plan.communities();
        for (int i = 0; i < communities.size(); i++) {
            CommunityDocument c = communities.get(i);
            if (c == null || c.id() == null) {
                continue;
            }
            String path = "communities[" + i + "]";
            Integer earlier = communityIndex.putIfAbsent(c.id(), i);
            if (earlier != null) {
                add(path + ".id", "社区编号\"%s\"重复（与communities[%d]相同）".formatted(c.id(), earlier),
                        "duplicate id \"%s\" (also communities[%d])".formatted(c.id(), earlier));
            }
            if (c.minMembers() != null && c.maxMembers() != null && c.minMembers() > c.maxMembers()) {
                add(path + ".minMembers", "下限%d大于上限%d".formatted(c.minMembers(), c.maxMembers()),
                        "minMembers %d is greater than maxMembers %d".formatted(c.minMembers(), c.maxMembers()));
            }
            checkQuotas(c.typeQuotas(), path + ".typeQuotas");
        }
        Map<String, Integer> organizationIndex = new HashMap<>();
        List<OrganizationDocument> organizations = plan.organizations() == null ? List.of() : plan.organizations();
        for (int i = 0; i < organizations.size(); i++) {
            OrganizationDocument o = organizations.get(i);
            if (o == null) {
                continue;
            }
            String path = "organizations[" + i + "]";
            Integer earlier = o.id() == null ? null : organizationIndex.putIfAbsent(o.id(), i);
            if (earlier != null) {
                add(path + ".id", "单位编号\"%s\"重复（与organizations[%d]相同）".formatted(o.id(), earlier),
                        "duplicate id \"%s\" (also organizations[%d])".formatted(o.id(), earlier));
            }
            checkReference(communityIndex, o.homeCommunity(), path + ".homeCommunity");
            checkReference(communityIndex, o.currentCommunity(), path + ".currentCommunity");
            checkReference(communityIndex, o.community(), path + ".community");
            if (o.excludedCommunities() != null) {
                for (int k = 0; k < o.excludedCommunities().size(); k++) {
                    checkReference(communityIndex, o.excludedCommunities().get(k),
                            path + ".excludedCommunities[" + k + "]");
                }
            }
            if (o.pinnedOrDefault() && o.community() == null && o.currentCommunity() == null) {
                add(path + ".pinned", "锁定的单位须给出community或currentCommunity",
                        "a pinned organization needs a community or a currentCommunity");
            }
            checkDateRanges(o.blackoutDates(), path + ".blackoutDates");
        }
        if (plan.rules() != null) {
            checkQuotas(plan.rules().typeQuotas(), "rules.typeQuotas");
        }
        CalendarChecks.check(plan, communityIndex.keySet(), problems);
        checkWeights(plan.weights());
    }

    private void checkReference(Map<String, Integer> communityIndex, String id, String path) {
        if (id != null && !communityIndex.containsKey(id)) {
            add(path, "社区编号\"%s\"不存在".formatted(id), "unknown community \"%s\"".formatted(id));
        }
    }

    private void checkQuotas(List<TypeQuotaDocument> quotas, String path) {
        if (quotas == null) {
            return;
        }
        Set<OrganizationType> seen = EnumSet.noneOf(OrganizationType.class);
        for (int i = 0; i < quotas.size(); i++) {
            TypeQuotaDocument q = quotas.get(i);
            if (q == null) {
                continue;
            }
            String at = path + "[" + i + "]";
            if (q.type() != null && !seen.add(q.type())) {
                add(at + ".type", "类型%s的配额重复".formatted(q.type()), "a second quota for type " + q.type());
            }
            if (q.min() == null && q.max() == null) {
                add(at, "配额须给出min或max", "a quota needs min or max");
            } else if (q.min() != null && q.max() != null && q.min() > q.max()) {
                add(at + ".min", "下限%d大于上限%d".formatted(q.min(), q.max()),
                        "min %d is greater than max %d".formatted(q.min(), q.max()));
            }
        }
    }

    private void checkDateRanges(List<String> ranges, String path) {
        if (ranges == null) {
            return;
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i) == null) {
                continue;
            }
            try {
                DateRange.parse(ranges.get(i));
            } catch (DateTimeParseException e) {
                add(path + "[" + i + "]", "日期\"%s\"格式错误，应为2027-06-07或2027-06-07/2027-06-09".formatted(ranges.get(i)),
                        "\"%s\" is not a date or range like 2027-06-07/2027-06-09".formatted(ranges.get(i)));
            } catch (IllegalArgumentException e) {
                add(path + "[" + i + "]", "日期范围\"%s\"结束早于开始".formatted(ranges.get(i)),
                        "\"%s\" ends before it starts".formatted(ranges.get(i)));
            }
        }
    }

    private void checkWeights(Map<String, Long> weights) {
        if (weights == null) {
            return;
        }
        weights.forEach((name, weight) -> {
            if (AllianceConstraint.byId(name).isEmpty()) {
                add("weights." + name, "未知的约束名称\"%s\"".formatted(name),
                        "unknown constraint \"%s\"".formatted(name));
            } else if (weight == null || weight < 0) {
                add("weights." + name, "权重须为非负整数", "a weight must be a whole number of 0 or more");
            }
        });
    }

    private void add(String field, String message, String messageEn) {
        problems.add(new FieldProblem(field, message, messageEn));
    }
}
