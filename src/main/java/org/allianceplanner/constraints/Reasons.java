package org.allianceplanner.constraints;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.ServiceVocabulary;
import org.allianceplanner.model.TypeQuota;

/**
 * The sentences of the score analysis. They are built only when a score is explained, never while
 * solving, so they may take their time.
 */
final class Reasons {

    private Reasons() {
    }

    static Reason overMax(Community c) {
        return of(c, "%s有%d个成员单位，超过上限%d个。".formatted(c.getName(), c.memberCount(), c.getMaxMembers()),
                "%s has %d members, above its maximum of %d.".formatted(c.getName(), c.memberCount(), c.getMaxMembers()));
    }

    static Reason underMin(Community c) {
        return of(c, "%s有%d个成员单位，低于下限%d个。".formatted(c.getName(), c.memberCount(), c.getMinMembers()),
                "%s has %d members, below its minimum of %d.".formatted(c.getName(), c.memberCount(), c.getMinMembers()));
    }

    static Reason excluded(Organization o) {
        return of(o, "%s被分入其排除的社区%s。".formatted(o.getName(), o.getCommunity().getName()),
                "%s is in %s, a community it excludes.".formatted(o.getName(), o.getCommunity().getName()));
    }

    static Reason tooFar(Organization o) {
        String km = km(o.distanceMetresTo(o.getCommunity()));
        String max = km(o.getMaxDistanceMetres());
        return of(o, "%s与%s相距%s公里，超过最大距离%s公里。".formatted(o.getName(), o.getCommunity().getName(), km, max),
                "%s is %s km from %s, beyond the maximum of %s km.".formatted(o.getName(), km,
                        o.getCommunity().getName(), max));
    }

    static Reason typeQuota(Community c) {
        List<Community.QuotaBreach> breaches = c.quotaBreaches();
        String zh = breaches.stream()
                .map(b -> "%s%d个（要求%s）".formatted(b.quota().type().zh(), b.count(), quotaZh(b.quota())))
                .collect(Collectors.joining("，"));
        String en = breaches.stream()
                .map(b -> "%d %s (required %s)".formatted(b.count(), b.quota().type().en(), quotaEn(b.quota())))
                .collect(Collectors.joining(", "));
        return of(c, "%s的类型配额未满足：%s。".formatted(c.getName(), zh),
                "%s breaks its type quotas: %s.".formatted(c.getName(), en));
    }

    static Reason overBudget(List<Organization> moved, int budget) {
        List<Organization> sorted = moved.stream().sorted(java.util.Comparator.comparing(Organization::getId)).toList();
        String moves = sorted.stream().map(o -> "%s：%s→%s".formatted(o.getName(), o.getCurrentCommunity().getName(),
                o.getCommunity().getName())).collect(Collectors.joining("；"));
        String movesEn = sorted.stream().map(o -> "%s: %s → %s".formatted(o.getName(), o.getCurrentCommunity().getName(),
                o.getCommunity().getName())).collect(Collectors.joining("; "));
        List<String> communities = sorted.stream()
                .flatMap(o -> java.util.stream.Stream.of(o.getCurrentCommunity().getId(), o.getCommunity().getId()))
                .distinct().sorted().toList();
        return new Reason("调整了%d个单位（%s），超过上限%d个。".formatted(moved.size(), moves, budget),
                "%d organizations move (%s), more than the budget of %d.".formatted(moved.size(), movesEn, budget),
                sorted.stream().map(Organization::getId).toList(), communities);
    }

    static Reason unassigned(Organization o) {
        return new Reason("%s未分配到任何社区。".formatted(o.getName()),
                "%s is not assigned to any community.".formatted(o.getName()), List.of(o.getId()), List.of());
    }

    static Reason distance(Organization o) {
        String km = km(o.distanceMetresTo(o.getCommunity()));
        return of(o, "%s与%s相距%s公里。".formatted(o.getName(), o.getCommunity().getName(), km),
                "%s is %s km from %s.".formatted(o.getName(), km, o.getCommunity().getName()));
    }

    static Reason awayFromHome(Organization o) {
        Community home = o.getHomeCommunity();
        return new Reason("%s是%s的驻区单位，却被分入%s。".formatted(o.getName(), home.getName(), o.getCommunity().getName()),
                "%s stands in %s but is in %s.".formatted(o.getName(), home.getName(), o.getCommunity().getName()),
                List.of(o.getId()), List.of(o.getCommunity().getId(), home.getId()));
    }

    static Reason outsideStreet(Organization o) {
        Community c = o.getCommunity();
        return of(o, "%s位于%s，却被分入%s的%s。".formatted(o.getName(), o.getStreet(), c.getStreet(), c.getName()),
                "%s is in %s but joins %s in %s.".formatted(o.getName(), o.getStreet(), c.getName(), c.getStreet()));
    }

    static Reason uncoveredNeeds(Community c) {
        List<Need> needs = c.uncoveredNeeds();
        String zh = needs.stream().map(n -> "%s（优先级%d）".formatted(ServiceVocabulary.zh(n.code()), n.priority()))
                .collect(Collectors.joining("、"));
        String en = needs.stream().map(n -> "%s (priority %d)".formatted(ServiceVocabulary.en(n.code()), n.priority()))
                .collect(Collectors.joining(", "));
        return of(c, "%s的需求%s没有成员单位能够满足。".formatted(c.getName(), zh),
                "No member of %s covers its needs: %s.".formatted(c.getName(), en));
    }

    static Reason idleMember(Organization o) {
        Community c = o.getCommunity();
        String capabilitiesZh = o.getCapabilities().stream().sorted().map(ServiceVocabulary::zh)
                .collect(Collectors.joining("、"));
        String capabilitiesEn = o.getCapabilities().stream().sorted().map(ServiceVocabulary::en)
                .collect(Collectors.joining(", "));
        return of(o, "%s的职能（%s）不对应%s的任何需求。".formatted(o.getName(), capabilitiesZh.isEmpty() ? "无" : capabilitiesZh,
                        c.getName()),
                "%s's capabilities (%s) serve none of %s's needs.".formatted(o.getName(),
                        capabilitiesEn.isEmpty() ? "none" : capabilitiesEn, c.getName()));
    }

    static Reason sizeOffTarget(Community c) {
        return of(c, "%s有%d个成员单位，目标为%d个。".formatted(c.getName(), c.memberCount(), c.getTargetMembers()),
                "%s has %d members against a target of %d.".formatted(c.getName(), c.memberCount(), c.getTargetMembers()));
    }

    static Reason partyMembersOffTarget(Community c) {
        return of(c, "%s的成员单位共有党员%d名，目标为%d名。".formatted(c.getName(), c.partyMemberCount(),
                        c.getTargetPartyMembers()),
                "%s's members have %d party members against a target of %d.".formatted(c.getName(),
                        c.partyMemberCount(), c.getTargetPartyMembers()));
    }

    static Reason crowded(Community c, OrganizationType type, int count) {
        List<String> ids = c.getMembers().stream().filter(o -> o.getType() == type).map(Organization::getId)
                .sorted().toList();
        return new Reason("%s有%d个%s单位。".formatted(c.getName(), count, type.zh()),
                "%s has %d members of type %s.".formatted(c.getName(), count, type.en()), ids, List.of(c.getId()));
    }

    static Reason moved(Organization o) {
        Community from = o.getCurrentCommunity();
        return new Reason("%s从%s调整到%s。".formatted(o.getName(), from.getName(), o.getCommunity().getName()),
                "%s moves from %s to %s.".formatted(o.getName(), from.getName(), o.getCommunity().getName()),
                List.of(o.getId()), List.of(from.getId(), o.getCommunity().getId()));
    }

    private static Reason of(Community c, String zh, String en) {
        return new Reason(zh, en, c.getMembers().stream().map(Organization::getId).sorted().toList(),
                List.of(c.getId()));
    }

    private static Reason of(Organization o, String zh, String en) {
        return new Reason(zh, en, List.of(o.getId()), List.of(o.getCommunity().getId()));
    }

    /** Kilometres with one decimal and a decimal point whatever the server's locale ("9.3", never "9,3"). */
    static String km(int metres) {
        return String.format(Locale.ROOT, "%.1f", metres / 1000.0);
    }

    private static String quotaZh(TypeQuota q) {
        if (q.min() != null && q.max() != null) {
            return q.min().equals(q.max()) ? "恰好" + q.min() + "个" : q.min() + "至" + q.max() + "个";
        }
        return q.min() != null ? "至少" + q.min() + "个" : "至多" + q.max() + "个";
    }

    private static String quotaEn(TypeQuota q) {
        if (q.min() != null && q.max() != null) {
            return q.min().equals(q.max()) ? "exactly " + q.min() : q.min() + " to " + q.max();
        }
        return q.min() != null ? "at least " + q.min() : "at most " + q.max();
    }
}
