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
        // The scope is one path segment of /api/scopes/{scope}; without one, the name is the scope.
        if (plan.scope() != null && !plan.scope().isBlank() ? plan.scope().contains("/")
                : plan.name() != null && plan.name().contains("/")) {
            add("scope", "plan.scopeWithSlash", plan.scope() != null && !plan.scope().isBlank() ? plan.scope()
                    : plan.name());
        }
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
                add(path + ".id", "plan.duplicateCommunityId", c.id(), new ItemRef("communities", earlier));
            }
            if (c.minMembers() != null && c.maxMembers() != null && c.minMembers() > c.maxMembers()) {
                add(path + ".minMembers", "plan.minAboveMax", c.minMembers(), c.maxMembers());
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
                add(path + ".id", "plan.duplicateOrganizationId", o.id(), new ItemRef("organizations", earlier));
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
                add(path + ".pinned", "plan.pinnedWithoutCommunity");
            }
            checkDateRanges(o.blackoutDates(), path + ".blackoutDates",
                    plan.calendar() == null ? null : plan.calendar().year());
        }
        if (plan.rules() != null) {
            checkQuotas(plan.rules().typeQuotas(), "rules.typeQuotas");
        }
        CalendarChecks.check(plan, communityIndex.keySet(), problems);
        checkWeights(plan.weights());
        checkVocabulary(plan.vocabulary());
        if (problems.isEmpty() && ScoreBounds.overflows(plan)) {
            add("weights", "plan.weightsOverflow", ScoreBounds.MAX_WEIGHT);
        }
    }

    /** A problem's own codes: each once, and none the shared vocabulary already names. */
    private void checkVocabulary(List<VocabularyEntryDocument> vocabulary) {
        if (vocabulary == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            VocabularyEntryDocument entry = vocabulary.get(i);
            if (entry == null || entry.code() == null) {
                continue;
            }
            String path = "vocabulary[" + i + "].code";
            Integer earlier = seen.putIfAbsent(entry.code(), i);
            if (earlier != null) {
                add(path, "plan.duplicateVocabularyCode", entry.code(), new ItemRef("vocabulary", earlier));
            } else if (org.allianceplanner.model.ServiceVocabulary.isKnown(entry.code())) {
                add(path, "plan.sharedVocabularyCode", entry.code(),
                        org.allianceplanner.model.ServiceVocabulary.zh(entry.code()));
            }
        }
    }

    private void checkReference(Map<String, Integer> communityIndex, String id, String path) {
        if (id != null && !communityIndex.containsKey(id)) {
            add(path, "plan.unknownCommunity", id);
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
                add(at + ".type", "plan.duplicateQuota", q.type());
            }
            if (q.min() == null && q.max() == null) {
                add(at, "plan.quotaEmpty");
            } else if (q.min() != null && q.max() != null && q.min() > q.max()) {
                add(at + ".min", "plan.quotaMinAboveMax", q.min(), q.max());
            }
        }
    }

    private void checkDateRanges(List<String> ranges, String path, Integer year) {
        if (ranges == null) {
            return;
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i) == null) {
                continue;
            }
            try {
                DateRange range = DateRange.parse(ranges.get(i));
                int from = year == null ? range.start().getYear() : year - CalendarChecks.YEARS_AROUND;
                int to = year == null ? from + 2 * CalendarChecks.YEARS_AROUND : year + CalendarChecks.YEARS_AROUND;
                if (range.start().getYear() < from || range.end().getYear() > to) {
                    add(path + "[" + i + "]", "schedule.rangeTooFar", ranges.get(i), from, to);
                }
            } catch (DateTimeParseException e) {
                add(path + "[" + i + "]", "plan.badDateRange", ranges.get(i), "2027-06-07", "2027-06-07/2027-06-09");
            } catch (IllegalArgumentException e) {
                add(path + "[" + i + "]", "plan.rangeBackwards", ranges.get(i));
            }
        }
    }

    private void checkWeights(Map<String, Long> weights) {
        if (weights == null) {
            return;
        }
        weights.forEach((name, weight) -> {
            if (AllianceConstraint.byId(name).isEmpty()) {
                add("weights." + name, "plan.unknownConstraint", name);
            } else if (weight == null || weight < 0 || weight > ScoreBounds.MAX_WEIGHT) {
                add("weights." + name, "plan.badWeight", ScoreBounds.MAX_WEIGHT);
            }
        });
    }

    private void add(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
    }
}
