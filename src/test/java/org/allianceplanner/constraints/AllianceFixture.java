package org.allianceplanner.constraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.GeoPoint;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.Rules;
import org.allianceplanner.model.SizeBalance;
import org.allianceplanner.model.TypeQuota;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * A small county for constraint tests, around the Dianjiang county seat (垫江县城, 30.330 N, 107.349 E).
 * <p>
 * Build communities and organizations, then {@link #prepare()} (distances, targets and effective quotas
 * need {@link PlanPreparation}), then {@link #assign}. ConstraintVerifier does not run the solver's
 * shadow variable listener, so {@code assign} keeps {@link Community#getMembers()} in step itself,
 * exactly as the listener would.
 * <p>
 * For the joint activity calendar, give it a {@link #calendar} and its {@link #activity activities} (the four
 * ones) before {@code prepare()}; the activities keep whatever date a test sets on them afterwards.
 */
final class AllianceFixture {

    static final String GUIXI = "桂溪街道";
    static final String GUIYANG = "桂阳街道";
    static final GeoPoint COUNTY_SEAT = new GeoPoint(30.330, 107.349);

    /** Metres per degree of latitude on the sphere GeoPoint uses (R = 6 371 000 m). */
    static final double METRES_PER_DEGREE_LATITUDE = 6_371_000.0 * Math.PI / 180.0;

    static final ConstraintVerifier<AllianceConstraintProvider, AlliancePlan> VERIFIER = ConstraintVerifier
            .build(new AllianceConstraintProvider(), AlliancePlan.class, Organization.class, Community.class,
            JointActivity.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final List<Community> communities = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private SizeBalance sizeBalance = SizeBalance.EQUAL;
    private Double maxDistanceKm;
    private List<TypeQuota> countyQuotas = List.of();
    private Integer maxMoves;
    private AllianceWeights weights = new AllianceWeights();
    private ActivityCalendar calendar;
    private List<ActivityType> activityTypes = List.of();
    private final List<JointActivity> activities = new ArrayList<>();
    private AlliancePlan plan;

    // ---- building the problem -----------------------------------------------------------------

    /** A community {@code northMetres} north of the county seat. */
    Community community(String id, String name, String street, double northMetres, int population, Need... needs) {
        Community community = new Community(id, name, street, north(northMetres), population, Arrays.asList(needs));
        communities.add(community);
        return community;
    }

    Community community(String id, String name, Need... needs) {
        return community(id, name, GUIXI, 0, 10_000, needs);
    }

    /** An organization {@code northMetres} north of the county seat. */
    Organization organization(String id, String name, OrganizationType type, String street, double northMetres,
            int partyMembers, String... capabilities) {
        Organization organization = new Organization(id, name, type, street, north(northMetres), partyMembers,
                Set.of(capabilities));
        organizations.add(organization);
        return organization;
    }

    Organization organization(String id, String name, OrganizationType type, String... capabilities) {
        return organization(id, name, type, GUIXI, 0, 30, capabilities);
    }

    AllianceFixture sizeBalance(SizeBalance sizeBalance) {
        this.sizeBalance = sizeBalance;
        return this;
    }

    AllianceFixture maxDistanceKm(Double maxDistanceKm) {
        this.maxDistanceKm = maxDistanceKm;
        return this;
    }

    AllianceFixture maxMoves(Integer maxMoves) {
        this.maxMoves = maxMoves;
        return this;
    }

    AllianceFixture countyQuotas(TypeQuota... quotas) {
        this.countyQuotas = List.of(quotas);
        return this;
    }

    /** Plans the joint activities of the calendar's year too, of the four ones (四个一). */
    AllianceFixture calendar(ActivityCalendar calendar) {
        this.calendar = calendar;
        this.activityTypes = ActivityType.fourOnes(calendar.reviewWindow());
        return this;
    }

    /**
     * The alliance's {@code sequence}-th activity of the type (1 for the first of the year), in the window
     * its sequence falls in, on {@code date}: ("迎春", JOINT_VISIT, 3, …) is 迎春's March joint visit.
     */
    JointActivity activity(Community community, String typeCode, int sequence, LocalDate date) {
        if (calendar == null) {
            throw new IllegalStateException("Give the fixture a calendar first.");
        }
        ActivityType type = activityTypes.stream().filter(t -> t.code().equals(typeCode)).findFirst().orElseThrow();
        JointActivity activity = new JointActivity(type, community, sequence,
                type.windows(calendar.year()).get((sequence - 1) / type.perWindow()), calendar);
        activity.setDate(date);
        activities.add(activity);
        return activity;
    }

    /** Builds the plan and runs {@link PlanPreparation#prepare}; call after adding every fact. */
    AlliancePlan prepare() {
        AlliancePlan fresh = new AlliancePlan("测试县", new Rules(sizeBalance, maxDistanceKm, countyQuotas, maxMoves),
                communities, organizations, weights);
        if (calendar != null) {
            fresh.setCalendar(calendar, activityTypes, activities);
        }
        plan = PlanPreparation.prepare(fresh);
        return plan;
    }

    AlliancePlan plan() {
        if (plan == null) {
            throw new IllegalStateException("Call prepare() first.");
        }
        return plan;
    }

    // ---- changing the plan -----------------------------------------------------------------------

    /** Puts the organization into the community (null: unassigned), as the solver and its listener do. */
    AllianceFixture assign(Organization organization, Community community) {
        Community previous = organization.getCommunity();
        if (previous != null) {
            previous.getMembers().remove(organization);
        }
        organization.setCommunity(community);
        if (community != null) {
            community.getMembers().add(organization);
        }
        return this;
    }

    AllianceFixture assignAll(Community community, Organization... members) {
        for (Organization member : members) {
            assign(member, community);
        }
        return this;
    }

    /** The plan's weights: every constraint switched off except {@code constraint} at {@code weight}. */
    AlliancePlan weighOnly(AllianceConstraint constraint, long weight) {
        AlliancePlan prepared = plan();
        prepared.setWeights(only(constraint, weight));
        return prepared;
    }

    /**
     * Asserts the plan's whole score when every constraint is off except {@code constraint} at {@code weight}:
     * that is how a test shows a constraint's score follows its weight.
     */
    void assertScoreWithOnly(AllianceConstraint constraint, long weight, HardMediumSoftLongScore expected) {
        VERIFIER.verifyThat().givenSolution(weighOnly(constraint, weight)).scores(expected);
    }

    // ---- helpers -------------------------------------------------------------------------------

    static AllianceWeights only(AllianceConstraint constraint, long weight) {
        AllianceWeights only = new AllianceWeights();
        for (AllianceConstraint each : AllianceConstraint.values()) {
            only.set(each, 0);
        }
        only.set(constraint, weight);
        return only;
    }

    /** The score of {@code matchWeight} units of {@code constraint} at {@code weight}, penalized. */
    static HardMediumSoftLongScore penalty(AllianceConstraint constraint, long weight, long matchWeight) {
        return constraint.level().score(weight * matchWeight).negate();
    }

    static GeoPoint north(double metres) {
        return new GeoPoint(COUNTY_SEAT.lat() + metres / METRES_PER_DEGREE_LATITUDE, COUNTY_SEAT.lon());
    }

    List<Community> communities() {
        return communities;
    }

    List<Organization> organizations() {
        return organizations;
    }

    List<JointActivity> activities() {
        return activities;
    }

    /**
     * Every community, organization and joint activity of the prepared plan, its rules and its calendar (which
     * reviewPanelCapacity and streetDailyLoad join), for {@code ConstraintVerifier.given}.
     */
    Object[] facts() {
        List<Object> facts = new ArrayList<>(plan().getCommunities());
        facts.addAll(plan().getOrganizations());
        facts.add(plan().getRules());
        if (plan().getCalendar() != null) {
            facts.add(plan().getCalendar());
            facts.addAll(plan().getActivities());
        }
        return facts.toArray();
    }
}
