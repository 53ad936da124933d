package org.allianceplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PlanPreparation 问题预处理")
class PlanPreparationTest {

    private static final GeoPoint SEAT = new GeoPoint(30.330, 107.349);

    private static Community community(String id, int population) {
        return new Community(id, id + "社区", "桂溪街道", SEAT, population, List.of());
    }

    private static Organization organization(String id, int partyMembers) {
        return new Organization(id, id, OrganizationType.AGENCY, "桂溪街道", SEAT, partyMembers, Set.of());
    }

    private static AlliancePlan plan(SizeBalance balance, List<Community> communities, List<Organization> organizations) {
        return new AlliancePlan("测试", new Rules(balance, null, List.of()), communities, organizations,
                new AllianceWeights());
    }

    @Nested
    @DisplayName("成员列表 Members")
    class Members {

        private final Community dongJie = community("dongjie", 1);
        private final Community xiJie = community("xijie", 1);
        private final Organization pinned = organization("pinned", 10);
        private final Organization warmStart = organization("warm", 10);
        private final Organization unassigned = organization("free", 10);

        @Test
        @DisplayName("按已有分配填入成员（锁定或初始方案）/ members follow the assignments an input brings")
        void membersFollowAssignments() {
            pinned.setCommunity(dongJie);
            pinned.setPinned(true);
            warmStart.setCommunity(xiJie);

            PlanPreparation.prepare(plan(SizeBalance.EQUAL, List.of(dongJie, xiJie),
                    List.of(pinned, warmStart, unassigned)));

            assertThat(dongJie.getMembers()).containsExactly(pinned);
            assertThat(xiJie.getMembers()).containsExactly(warmStart);
        }

        @Test
        @DisplayName("清除过时的成员，重复调用不重复添加 / stale members go, calling again adds no duplicates")
        void staleMembersAreReplaced() {
            AlliancePlan plan = plan(SizeBalance.EQUAL, List.of(dongJie, xiJie), List.of(pinned, warmStart, unassigned));
            dongJie.getMembers().add(unassigned); // stale: unassigned has no community
            warmStart.setCommunity(dongJie);

            PlanPreparation.prepare(plan);
            PlanPreparation.prepare(plan);

            assertThat(dongJie.getMembers()).containsExactly(warmStart);
            assertThat(xiJie.getMembers()).isEmpty();
        }
    }
}
