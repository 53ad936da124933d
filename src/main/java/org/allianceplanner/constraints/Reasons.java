package org.allianceplanner.constraints;

import java.util.List;
import java.util.Locale;

import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.Vocabulary;
import org.allianceplanner.model.TypeQuota;

/**
 * The sentences of the score analysis, by code: their texts are the {@code reason.*} keys of
 * messages_zh.properties and messages_en.properties. They are built only when a score is explained,
 * never while solving, so they may take their time.
 */
final class Reasons {

    private Reasons() {
    }

    static Reason overMax(Community c) {
        return of(c, "reason.overMax", c.getName(), c.memberCount(), c.getMaxMembers());
    }

    static Reason underMin(Community c) {
        return of(c, "reason.underMin", c.getName(), c.memberCount(), c.getMinMembers());
    }

    static Reason excluded(Organization o) {
        return of(o, "reason.excluded", o.getName(), o.getCommunity().getName());
    }

    static Reason tooFar(Organization o) {
        return of(o, "reason.tooFar", o.getName(), o.getCommunity().getName(), km(o.distanceMetresTo(o.getCommunity())),
                km(o.getMaxDistanceMetres()));
    }

    static Reason typeQuota(Community c) {
        List<Message> breaches = c.quotaBreaches().stream()
                .map(b -> Message.of("reason.quotaBreach", term(b.quota().type()), b.count(), quota(b.quota())))
                .toList();
        return of(c, "reason.typeQuota", c.getName(), Localized.joined("list.comma", breaches));
    }

    static Reason overBudget(List<Organization> moved, int budget) {
        List<Organization> sorted = moved.stream().sorted(java.util.Comparator.comparing(Organization::getId)).toList();
        List<Message> moves = sorted.stream().map(o -> Message.of("reason.move", o.getName(),
                o.getCurrentCommunity().getName(), o.getCommunity().getName())).toList();
        List<String> communities = sorted.stream()
                .flatMap(o -> java.util.stream.Stream.of(o.getCurrentCommunity().getId(), o.getCommunity().getId()))
                .distinct().sorted().toList();
        return new Reason(Message.of("reason.overBudget", moved.size(), Localized.joined("list.semicolon", moves), budget),
                sorted.stream().map(Organization::getId).toList(), communities);
    }

    static Reason unassigned(Organization o) {
        return new Reason(Message.of("reason.unassigned", o.getName()), List.of(o.getId()), List.of());
    }

    static Reason distance(Organization o) {
        return of(o, "reason.distance", o.getName(), o.getCommunity().getName(), km(o.distanceMetresTo(o.getCommunity())));
    }

    static Reason awayFromHome(Organization o) {
        Community home = o.getHomeCommunity();
        return new Reason(Message.of("reason.awayFromHome", o.getName(), home.getName(), o.getCommunity().getName()),
                List.of(o.getId()), List.of(o.getCommunity().getId(), home.getId()));
    }

    static Reason outsideStreet(Organization o) {
        Community c = o.getCommunity();
        return of(o, "reason.outsideStreet", o.getName(), o.getStreet(), c.getStreet(), c.getName());
    }

    static Reason uncoveredNeeds(Community c) {
        List<Message> needs = c.uncoveredNeeds().stream()
                .map(n -> Message.of("reason.need", service(c.getVocabulary(), n.code()), n.priority())).toList();
        return of(c, "reason.uncoveredNeeds", c.getName(), Localized.list(needs));
    }

    static Reason idleMember(Organization o) {
        List<Localized> capabilities = o.getCapabilities().stream().sorted()
                .map(code -> service(o.getVocabulary(), code)).toList();
        return of(o, "reason.idleMember", o.getName(),
                capabilities.isEmpty() ? Message.of("reason.none") : Localized.list(capabilities),
                o.getCommunity().getName());
    }

    static Reason sizeOffTarget(Community c) {
        return of(c, "reason.sizeOffTarget", c.getName(), c.memberCount(), c.getTargetMembers());
    }

    static Reason partyMembersOffTarget(Community c) {
        return of(c, "reason.partyMembersOffTarget", c.getName(), c.partyMemberCount(), c.getTargetPartyMembers());
    }

    static Reason crowded(Community c, OrganizationType type, int count) {
        List<String> ids = c.getMembers().stream().filter(o -> o.getType() == type).map(Organization::getId)
                .sorted().toList();
        return new Reason(Message.of("reason.crowded", c.getName(), count, term(type)), ids, List.of(c.getId()));
    }

    static Reason moved(Organization o) {
        Community from = o.getCurrentCommunity();
        return new Reason(Message.of("reason.moved", o.getName(), from.getName(), o.getCommunity().getName()),
                List.of(o.getId()), List.of(from.getId(), o.getCommunity().getId()));
    }

    private static Reason of(Community c, String code, Object... args) {
        return new Reason(Message.of(code, args), c.getMembers().stream().map(Organization::getId).sorted().toList(),
                List.of(c.getId()));
    }

    private static Reason of(Organization o, String code, Object... args) {
        return new Reason(Message.of(code, args), List.of(o.getId()), List.of(o.getCommunity().getId()));
    }

    /** Kilometres with one decimal and a decimal point whatever the server's locale ("9.3", never "9,3"). */
    static String km(int metres) {
        return String.format(Locale.ROOT, "%.1f", metres / 1000.0);
    }

    /** An organization type by its names in the model's vocabulary. */
    static Localized term(OrganizationType type) {
        return Localized.term(type.zh(), type.en());
    }

    /** A need or capability by its names in the plan's vocabulary (a code it does not name as written). */
    static Localized service(Vocabulary vocabulary, String code) {
        return Localized.term(vocabulary.zh(code), vocabulary.en(code));
    }

    private static Message quota(TypeQuota q) {
        if (q.min() != null && q.max() != null) {
            return q.min().equals(q.max()) ? Message.of("reason.quota.exactly", q.min())
                    : Message.of("reason.quota.between", q.min(), q.max());
        }
        return q.min() != null ? Message.of("reason.quota.atLeast", q.min()) : Message.of("reason.quota.atMost", q.max());
    }
}
