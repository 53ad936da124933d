package org.allianceplanner.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Computes, once per problem, what the constraints read on every move: community indices, the
 * organization-to-community distance table, which communities each unit's capabilities serve, the
 * effective type quotas and each alliance's target size; and fills each community's members from the
 * organizations' assignments. Call it again after changing the problem.
 */
public final class PlanPreparation {

    private PlanPreparation() {
    }

    public static AlliancePlan prepare(AlliancePlan plan) {
        List<Community> communities = plan.getCommunities();
        Rules rules = plan.getRules();
        for (int i = 0; i < communities.size(); i++) {
            Community community = communities.get(i);
            community.setIndex(i);
            community.setVocabulary(plan.getVocabulary());
            community.setEffectiveQuotas(effectiveQuotas(community, rules));
        }
        assignTargets(plan);
        prepareActivities(plan);
        rebuildMembers(plan);
        int maxDistanceMetres = maxDistanceMetres(rules.maxDistanceKm());
        for (Organization organization : plan.getOrganizations()) {
            int[] distances = new int[communities.size()];
            boolean[] serves = new boolean[communities.size()];
            for (Community community : communities) {
                distances[community.getIndex()] =
                        (int) Math.round(organization.getLocation().metresTo(community.getLocation()));
                serves[community.getIndex()] = servesAny(organization.getCapabilities(), community.getNeeds());
            }
            organization.setDerived(distances, serves, maxDistanceMetres);
            organization.setVocabulary(plan.getVocabulary());
        }
        return plan;
    }

    /** Each activity may be dated on the days of its window that its type allows. */
    private static void prepareActivities(AlliancePlan plan) {
        for (JointActivity activity : plan.getActivities()) {
            List<LocalDate> candidates = new ArrayList<>();
            DateRange window = activity.getWindow();
            for (LocalDate day = window.start(); !day.isAfter(window.end()); day = day.plusDays(1)) {
                if (activity.getCalendar().allows(activity.getType().dayKind(), day)) {
                    candidates.add(day);
                }
            }
            activity.setCandidateDates(candidates);
        }
    }

    /**
     * Fills each community's members (the inverse shadow variable) from the organizations' communities.
     * The solver and the score explanation keep the lists in step with every change, but only from a
     * consistent start: an organization that arrives already assigned (pinned, or a warm start) and is
     * missing from its community's list makes them fail ("did not contain the entity") or, when pinned,
     * leaves it invisible to every per-community constraint.
     */
    public static void rebuildMembers(AlliancePlan plan) {
        for (Community community : plan.getCommunities()) {
            community.getMembers().clear();
        }
        for (Organization organization : plan.getOrganizations()) {
            if (organization.getCommunity() != null) {
                organization.getCommunity().getMembers().add(organization);
            }
        }
    }

    /** A community's own quota for a type replaces the county-wide one for that type. */
    private static List<TypeQuota> effectiveQuotas(Community community, Rules rules) {
        List<TypeQuota> quotas = new ArrayList<>(community.getTypeQuotas());
        Set<OrganizationType> own = EnumSet.noneOf(OrganizationType.class);
        community.getTypeQuotas().forEach(q -> own.add(q.type()));
        for (TypeQuota quota : rules.typeQuotas()) {
            if (!own.contains(quota.type())) {
                quotas.add(quota);
            }
        }
        return quotas;
    }

    private static boolean servesAny(Set<String> capabilities, List<Need> needs) {
        for (Need need : needs) {
            if (capabilities.contains(need.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits the organizations and their party members over the communities, equally or by
     * population, with whole-number targets that add up exactly (largest remainder method).
     */
    private static void assignTargets(AlliancePlan plan) {
        List<Community> communities = plan.getCommunities();
        if (communities.isEmpty()) {
            return;
        }
        double[] shares = new double[communities.size()];
        long totalPopulation = communities.stream().mapToLong(Community::getPopulation).sum();
        boolean byPopulation = plan.getRules().sizeBalance() == SizeBalance.BY_POPULATION && totalPopulation > 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = byPopulation ? (double) communities.get(i).getPopulation() / totalPopulation
                    : 1.0 / shares.length;
        }
        int organizations = plan.getOrganizations().size();
        int partyMembers = plan.getOrganizations().stream().mapToInt(Organization::getPartyMembers).sum();
        int[] memberTargets = apportion(organizations, shares);
        int[] partyTargets = apportion(partyMembers, shares);
        for (int i = 0; i < shares.length; i++) {
            communities.get(i).setTargetMembers(memberTargets[i]);
            communities.get(i).setTargetPartyMembers(partyTargets[i]);
        }
    }

    static int[] apportion(int total, double[] shares) {
        int[] result = new int[shares.length];
        double[] remainders = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * shares[i];
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        Integer[] order = new Integer[shares.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Largest remainder first; ties go to the earlier community so the result is deterministic.
        java.util.Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) {
            result[order[k % order.length]]++;
        }
        return result;
    }

    /** Half of Earth's circumference in km, rounded up: no two places are farther apart. */
    public static final double NO_DISTANCE_LIMIT_KM = 20_100;

    /**
     * The limit in metres; none (Integer.MAX_VALUE) when not given or beyond any real distance, so
     * that 3,000,000 km or 1e308 do not overflow into a limit every unit breaks.
     */
    static int maxDistanceMetres(Double maxDistanceKm) {
        if (maxDistanceKm == null || !(maxDistanceKm < NO_DISTANCE_LIMIT_KM)) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.round(maxDistanceKm * 1000);
    }
}
