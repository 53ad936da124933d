package org.allianceplanner.benchmark.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;

/**
 * The problems a comparison solves: one document, mapped afresh for every profile with that
 * profile's weights in place of the document's own, and optionally with the assignment of a solved
 * plan as every organization's current community.
 */
public final class ComparisonProblems {

    /**
     * A problem with current communities taken from a solved plan.
     *
     * @param problem the problem with {@code currentCommunity} set
     * @param matched organizations of the problem that got a current community from the plan
     */
    public record WithCurrent(PlanDocument problem, int matched) {
    }

    private ComparisonProblems() {
    }

    /** A fresh, prepared model of {@code problem} with exactly the profile's overrides as its weights. */
    public static AlliancePlan forProfile(PlanDocument problem, WeightProfile profile) {
        return PlanMapper.toModel(withWeights(problem, new LinkedHashMap<>(profile.overrides())));
    }

    static PlanDocument withWeights(PlanDocument d, Map<String, Long> weights) {
        return d.withWeights(weights).withScore(null);
    }

    /**
     * Each organization's {@code community} in {@code solved} becomes its {@code currentCommunity} in
     * {@code problem}. Organizations the solved plan does not place keep what the problem says; those
     * it has and the problem has not are ignored. Throws {@link IllegalArgumentException} when the
     * solved plan places one of the problem's organizations in a community the problem does not have,
     * or places none of them.
     */
    public static WithCurrent withCurrent(PlanDocument problem, PlanDocument solved) {
        Set<String> communities = new HashSet<>();
        for (CommunityDocument c : problem.communities()) {
            communities.add(c.id());
        }
        Set<String> organizationIds = new HashSet<>();
        for (OrganizationDocument o : problem.organizations()) {
            organizationIds.add(o.id());
        }
        Map<String, String> placed = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (OrganizationDocument o : solved.organizations()) {
            if (o.community() == null || !organizationIds.contains(o.id())) {
                continue;
            }
            if (!communities.contains(o.community())) {
                unknown.add(o.id() + " → " + o.community());
            } else {
                placed.put(o.id(), o.community());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("现行方案中有单位分入了本问题没有的社区 / the current plan places "
                    + unknown.size() + " organization(s) in communities this problem does not have: "
                    + String.join(", ", unknown.subList(0, Math.min(5, unknown.size())))
                    + (unknown.size() > 5 ? ", …" : ""));
        }
        List<OrganizationDocument> organizations = new ArrayList<>();
        int matched = 0;
        for (OrganizationDocument o : problem.organizations()) {
            String current = placed.get(o.id());
            if (current == null) {
                organizations.add(o);
                continue;
            }
            matched++;
            organizations.add(o.withCurrentCommunity(current));
        }
        if (matched == 0) {
            throw new IllegalArgumentException("现行方案与本问题没有共同的已分配单位 / the current plan places none of "
                    + "this problem's organizations (is it a solved plan of the same dataset?)");
        }
        return new WithCurrent(problem.withOrganizations(organizations).withScore(null), matched);
    }
}
