package org.allianceplanner.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.GeoPoint;
import org.allianceplanner.model.JointActivities;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.Rules;
import org.allianceplanner.model.TypeQuota;
import org.allianceplanner.model.Vocabulary;

/** Turns a validated plan document into a prepared model, and a model back into a document. */
public final class PlanMapper {

    private PlanMapper() {
    }

    /** Reads, validates and maps a JSON plan; throws {@link InvalidInputException} listing every problem. */
    public static AlliancePlan read(byte[] json) {
        return toModel(readDocument(json));
    }

    public static PlanDocument readDocument(byte[] json) {
        return JsonInput.read(json, PlanDocument.class, PlanChecks::check);
    }

    public static AlliancePlan toModel(PlanDocument doc) {
        Map<String, Community> communities = new HashMap<>();
        List<Community> communityList = new ArrayList<>();
        for (CommunityDocument c : doc.communities()) {
            Community community = new Community(c.id(), c.name(), c.street(), point(c.location()),
                    c.population() == null ? 0 : c.population(),
                    c.needs() == null ? List.of()
                            : c.needs().stream().map(n -> new Need(n.code(), n.priorityOrDefault())).toList());
            community.setMinMembers(c.minMembers());
            community.setMaxMembers(c.maxMembers());
            community.setTypeQuotas(quotas(c.typeQuotas()));
            communities.put(c.id(), community);
            communityList.add(community);
        }
        List<Organization> organizations = new ArrayList<>();
        for (OrganizationDocument o : doc.organizations()) {
            Organization organization = new Organization(o.id(), o.name(), o.type(), o.street(), point(o.location()),
                    o.partyMembers() == null ? 0 : o.partyMembers(),
                    o.capabilities() == null ? java.util.Set.of() : new LinkedHashSet<>(o.capabilities()));
            organization.setHomeCommunity(communities.get(o.homeCommunity()));
            organization.setCurrentCommunity(communities.get(o.currentCommunity()));
            if (o.excludedCommunities() != null) {
                organization.setExcludedCommunities(new HashSet<>(o.excludedCommunities().stream()
                        .map(communities::get).toList()));
            }
            if (o.blackoutDates() != null) {
                organization.setBlackoutDates(o.blackoutDates().stream().map(DateRange::parse).toList());
            }
            Community assigned = communities.get(o.community());
            if (o.pinnedOrDefault() && assigned == null) {
                assigned = organization.getCurrentCommunity();
            }
            organization.setCommunity(assigned);
            organization.setPinned(o.pinnedOrDefault());
            organizations.add(organization);
        }
        RulesDocument rules = doc.rules();
        Rules modelRules = rules == null ? Rules.defaults()
                : new Rules(rules.sizeBalance(), rules.maxDistanceKm(), quotas(rules.typeQuotas()), rules.maxMoves());
        AllianceWeights weights = AllianceWeights.withOverrides(doc.weights() == null ? Map.of() : doc.weights());
        AlliancePlan plan = new AlliancePlan(doc.name(), modelRules, communityList, organizations, weights);
        plan.setScope(doc.scope() == null || doc.scope().isBlank() ? doc.name() : doc.scope());
        if (doc.vocabulary() != null) {
            plan.setVocabulary(Vocabulary.of(doc.vocabulary().stream()
                    .map(v -> new Vocabulary.Entry(v.code(), v.name(), v.nameEn())).toList()));
        }
        if (doc.calendar() != null) {
            ActivityCalendar calendar = CalendarInput.calendar(doc.calendar());
            List<ActivityType> types = CalendarInput.types(doc.activityTypes(), calendar,
                    doc.calendar().jointMeetingsOrDefault());
            List<JointActivity> activities = JointActivities.forAlliances(communityList, types, calendar);
            CalendarInput.applyGivenDates(doc.activities(), activities);
            plan.setCalendar(calendar, types, activities);
        }
        return PlanPreparation.prepare(plan);
    }

    public static PlanDocument toDocument(AlliancePlan plan) {
        List<CommunityDocument> communities = plan.getCommunities().stream().map(c -> new CommunityDocument(
                c.getId(), c.getName(), c.getStreet(), location(c.getLocation()), c.getPopulation(),
                c.getNeeds().stream().map(n -> new NeedDocument(n.code(), n.priority())).toList(),
                c.getMinMembers(), c.getMaxMembers(), quotaDocuments(c.getTypeQuotas()))).toList();
        List<OrganizationDocument> organizations = plan.getOrganizations().stream().map(o -> new OrganizationDocument(
                o.getId(), o.getName(), o.getType(), o.getStreet(), location(o.getLocation()), idOf(o.getHomeCommunity()),
                o.getPartyMembers(), o.getCapabilities().stream().toList(), idOf(o.getCurrentCommunity()),
                o.isPinned() ? Boolean.TRUE : null,
                emptyToNull(o.getExcludedCommunities().stream().map(Community::getId).sorted().toList()),
                emptyToNull(o.getBlackoutDates().stream().map(DateRange::toString).toList()),
                idOf(o.getCommunity()))).toList();
        Rules rules = plan.getRules();
        RulesDocument rulesDocument = new RulesDocument(rules.sizeBalance(), rules.maxDistanceKm(),
                quotaDocuments(rules.typeQuotas()), rules.maxMoves());
        ActivityCalendar calendar = plan.getCalendar();
        return new PlanDocument(plan.getName(), plan.getScope(), communities, organizations, rulesDocument,
                calendar == null ? null : CalendarInput.document(calendar),
                calendar == null ? null : plan.getActivityTypes().stream().map(CalendarInput::document).toList(),
                plan.getWeights().asMap(),
                calendar == null ? null : plan.getActivities().stream().map(CalendarInput::document).toList(),
                emptyToNull(plan.getVocabulary().entries().stream()
                        .map(e -> new VocabularyEntryDocument(e.code(), e.zh(), e.en())).toList()),
                Objects.toString(plan.getScore(), null));
    }

    private static GeoPoint point(LocationDocument location) {
        return new GeoPoint(location.lat(), location.lon());
    }

    private static LocationDocument location(GeoPoint point) {
        return new LocationDocument(point.lat(), point.lon());
    }

    private static List<TypeQuota> quotas(List<TypeQuotaDocument> quotas) {
        return quotas == null ? List.of() : quotas.stream().map(q -> new TypeQuota(q.type(), q.min(), q.max())).toList();
    }

    private static List<TypeQuotaDocument> quotaDocuments(List<TypeQuota> quotas) {
        return quotas.stream().map(q -> new TypeQuotaDocument(q.type(), q.min(), q.max())).toList();
    }

    private static <T> List<T> emptyToNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    private static String idOf(Community community) {
        return community == null ? null : community.getId();
    }
}
