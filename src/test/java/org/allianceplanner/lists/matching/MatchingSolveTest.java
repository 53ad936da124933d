package org.allianceplanner.lists.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.lists.ListEdits;
import org.allianceplanner.lists.ListProject;
import org.allianceplanner.lists.ListResource;
import org.allianceplanner.lists.ListsGenerator;
import org.allianceplanner.lists.ProjectStatus;
import org.allianceplanner.lists.ThreeLists;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("清单匹配求解 Matching solve")
class MatchingSolveTest {

    @Test
    @DisplayName("垫江：提议全部可行，每条有理由，不超能力 / dianjiang: feasible proposals, each with its reason")
    void dianjiang() {
        ThreeLists lists = ListsGenerator.generate(Datasets.generate(Datasets.DIANJIANG, Datasets.COMMITTED_SEED), 2026,
                ListsGenerator.DIANJIANG, 2026);
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        Matching.Result result = Matching.solve(lists, asOf, Duration.ofSeconds(3), 1L);
        assertThat(result.openNeeds()).isEqualTo(292 - 149);
        assertThat(result.score().hardScore()).isZero();
        assertThat(result.proposals()).isNotEmpty();
        for (ListProject p : result.proposals()) {
            assertThat(p.status()).isEqualTo(ProjectStatus.UNCLAIMED);
            assertThat(p.plannedMonth()).isIn(3, 6, 9, 12);
            assertThat(p.reason().zh()).contains("联席会议认领");
            assertThat(p.reason().en()).contains("joint meeting");
            ListResource r = lists.resource(p.resources().get(0));
            assertThat(r.capability()).isEqualTo(lists.need(p.need()).category());
        }
        ThreeLists proposed = ListEdits.propose(lists, result.proposals()).after();
        assertThat(proposed.problems()).isEmpty();
        Map<String, Integer> used = proposed.usedCapacity();
        Map<String, Integer> capacity = new HashMap<>();
        lists.resources().forEach(r -> capacity.put(r.id(), r.capacity()));
        used.forEach((id, n) -> assertThat(n).as(id).isLessThanOrEqualTo(capacity.get(id)));
        assertThat(result.rules()).extracting(Matching.RuleTotal::rule).contains(MatchingWeights.UNIT_LOAD);
    }
}
