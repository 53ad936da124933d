package org.allianceplanner.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a prepared plan into independent parts for partitioned search: a part holds some
 * communities, the organizations meant for them and those communities' joint activities, copied
 * with everything {@link PlanPreparation} derived (indexes, targets, distances) so that a part
 * scores its entities exactly as the whole plan does. The copies keep their ids, which is how
 * OptaPlanner carries a part's improvements back to the whole.
 */
public final class PlanParts {

    private PlanParts() {
    }

    /**
     * A part of {@code plan}. An organization of the part assigned outside it starts unassigned in
     * the part; references to communities outside the part (home, current, excluded) keep pointing
     * at the originals, which no part community equals, so their rules still read the same.
     */
    public static AlliancePlan part(AlliancePlan plan, List<Community> communities, List<Organization> organizations) {
        Map<Community, Community> copies = new IdentityHashMap<>();
        List<Community> partCommunities = new ArrayList<>(communities.size());
        for (Community original : communities) {
            Community copy = copy(original);
            copies.put(original, copy);
            partCommunities.add(copy);
        }
        List<Organization> partOrganizations = new ArrayList<>(organizations.size());
        for (Organization original : organizations) {
            Organization copy = copy(original, copies);
            partOrganizations.add(copy);
            if (copy.getCommunity() != null) {
                copy.getCommunity().getMembers().add(copy);
            }
        }
        AlliancePlan part = new AlliancePlan(plan.getName(), plan.getRules(), partCommunities, partOrganizations,
                plan.getWeights());
        part.setScope(plan.getScope());
        part.setVocabulary(plan.getVocabulary());
        if (plan.getCalendar() != null) {
            List<JointActivity> activities = new ArrayList<>();
            for (JointActivity original : plan.getActivities()) {
                Community community = copies.get(original.getCommunity());
                if (community != null) {
                    activities.add(copy(original, community));
                }
            }
            part.setCalendar(plan.getCalendar(), plan.getActivityTypes(), activities);
        }
        return part;
    }

    private static Community copy(Community original) {
        Community copy = new Community(original.getId(), original.getName(), original.getStreet(),
                original.getLocation(), original.getPopulation(), original.getNeeds());
        copy.setMinMembers(original.getMinMembers());
        copy.setMaxMembers(original.getMaxMembers());
        copy.setTypeQuotas(original.getTypeQuotas());
        copy.setIndex(original.getIndex());
        copy.setEffectiveQuotas(original.getEffectiveQuotas());
        copy.setTargetMembers(original.getTargetMembers());
        copy.setTargetPartyMembers(original.getTargetPartyMembers());
        copy.setVocabulary(original.getVocabulary());
        return copy;
    }

    private static Organization copy(Organization original, Map<Community, Community> copies) {
        Organization copy = new Organization(original.getId(), original.getName(), original.getType(),
                original.getStreet(), original.getLocation(), original.getPartyMembers(), original.getCapabilities());
        copy.setHomeCommunity(inPart(original.getHomeCommunity(), copies));
        copy.setCurrentCommunity(inPart(original.getCurrentCommunity(), copies));
        copy.setPinned(original.isPinned());
        Set<Community> excluded = new HashSet<>();
        for (Community community : original.getExcludedCommunities()) {
            excluded.add(inPart(community, copies));
        }
        copy.setExcludedCommunities(excluded);
        copy.setBlackoutDates(original.getBlackoutDates());
        copy.setCommunity(original.getCommunity() == null ? null : copies.get(original.getCommunity()));
        copy.shareDerived(original);
        copy.setVocabulary(original.getVocabulary());
        return copy;
    }

    private static JointActivity copy(JointActivity original, Community community) {
        JointActivity copy = new JointActivity(original.getType(), community, original.getSequence(),
                original.getWindow(), original.getCalendar());
        copy.setPinned(original.isPinned());
        copy.setDate(original.getDate());
        copy.setCandidateDates(original.getCandidateDates());
        return copy;
    }

    private static Community inPart(Community community, Map<Community, Community> copies) {
        return community == null ? null : copies.getOrDefault(community, community);
    }
}
