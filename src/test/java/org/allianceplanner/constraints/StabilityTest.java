package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.HOSPITAL;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Rebalancing (调整) moves as few units as it can away from the plan in force. */
@DisplayName("stability 单位调离现有社区")
class StabilityTest {

    private final AllianceFixture f = new AllianceFixture();
    private final Community wanAn = f.community("wanan", "万安社区", new Need("LEGAL_AID", 2));
    private final Community tianMa = f.community("tianma", "天马社区", new Need("HEALTH_CARE", 2));
    private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY, "LEGAL_AID",
            "HEALTH_CARE");
    private final Organization hospital = f.organization("hospital", "县中医院", HOSPITAL, "HEALTH_CARE", "LEGAL_AID");

    @Test
    @DisplayName("从万安社区调到天马社区：罚1 / moved from 万安 to 天马 penalizes 1")
    void movedFromCurrentCommunity() {
        procuratorate.setCurrentCommunity(wanAn);
        hospital.setCurrentCommunity(tianMa);
        f.prepare();
        f.assign(procuratorate, tianMa);
        f.assign(hospital, tianMa);

        VERIFIER.verifyThat(AllianceConstraintProvider::stability).given(f.facts()).penalizesBy(1);
    }

    @Test
    @DisplayName("留在现有社区不罚 / staying put is fine")
    void stays() {
        procuratorate.setCurrentCommunity(wanAn);
        hospital.setCurrentCommunity(tianMa);
        f.prepare();
        f.assign(procuratorate, wanAn);
        f.assign(hospital, tianMa);

        VERIFIER.verifyThat(AllianceConstraintProvider::stability).given(f.facts()).penalizesBy(0);
    }

    @Test
    @DisplayName("新单位没有现有社区，不罚 / a new unit has nothing to move from")
    void newOrganization() {
        f.prepare();
        f.assign(procuratorate, wanAn);
        f.assign(hospital, wanAn);

        VERIFIER.verifyThat(AllianceConstraintProvider::stability).given(f.facts()).penalizesBy(0);
    }

    @Test
    @DisplayName("变为未分配不计（由unassigned计罚）/ becoming unassigned is left to unassigned")
    void unassigned() {
        procuratorate.setCurrentCommunity(wanAn);
        f.prepare();
        f.assign(hospital, wanAn);

        VERIFIER.verifyThat(AllianceConstraintProvider::stability).given(f.facts()).penalizesBy(0);
        VERIFIER.verifyThat(AllianceConstraintProvider::unassigned).given(f.facts()).penalizesBy(1);
    }

    @Test
    @DisplayName("随权重缩放 / scales with its weight")
    void scalesWithItsWeight() {
        procuratorate.setCurrentCommunity(wanAn);
        hospital.setCurrentCommunity(wanAn);
        f.prepare();
        f.assign(procuratorate, tianMa);
        f.assign(hospital, tianMa);

        f.assertScoreWithOnly(AllianceConstraint.STABILITY, 1_000, HardMediumSoftLongScore.ofSoft(-2_000));
        f.assertScoreWithOnly(AllianceConstraint.STABILITY, 2_000, HardMediumSoftLongScore.ofSoft(-4_000));
        f.assertScoreWithOnly(AllianceConstraint.STABILITY, 0, HardMediumSoftLongScore.ZERO);
    }

    @Test
    @DisplayName("默认权重为0：两单位互换社区，默认总分为0；权重1000时罚2000 / off by default")
    void offByDefault() {
        // Two units swap communities; otherwise the plan is perfect: on target, needs covered, 0 m.
        procuratorate.setCurrentCommunity(tianMa);
        hospital.setCurrentCommunity(wanAn);
        f.prepare();
        f.assign(procuratorate, wanAn);
        f.assign(hospital, tianMa);

        VERIFIER.verifyThat().givenSolution(f.plan()).scores(HardMediumSoftLongScore.ZERO);

        AllianceWeights rebalancing = new AllianceWeights();
        rebalancing.set(AllianceConstraint.STABILITY, 1_000);
        f.plan().setWeights(rebalancing);
        VERIFIER.verifyThat().givenSolution(f.plan()).scores(HardMediumSoftLongScore.ofSoft(-2_000));
    }
}
