package org.allianceplanner.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.messages.ConflictException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("三张清单 The three lists")
class ThreeListsTest {

    static final ThreeLists DIANJIANG = ListsGenerator.generate(Datasets.generate(Datasets.DIANJIANG, Datasets.COMMITTED_SEED),
            2026, ListsGenerator.DIANJIANG, 2026);

    @Test
    @DisplayName("垫江合成清单：292/353/149/115，且无问题 / dianjiang's synthetic lists are the reported size and valid")
    void dianjiangIsTheReportedSize() {
        assertThat(DIANJIANG.problems()).isEmpty();
        ListKpis kpis = ListKpis.of(DIANJIANG, LocalDate.of(2026, 11, 30));
        assertThat(kpis.county().needs()).isEqualTo(292);
        assertThat(kpis.county().resources()).isEqualTo(353);
        assertThat(kpis.county().claimed()).isEqualTo(149);
        assertThat(kpis.county().completed()).isEqualTo(115);
        assertThat(kpis.county().longestWaitDays()).isPositive();
        assertThat(kpis.alliances()).hasSize(26);
        assertThat(kpis.alliances().stream().mapToInt(ListKpis.Figures::needs).sum()).isEqualTo(292);
        assertThat(ListsGenerator.generate(Datasets.generate(Datasets.DIANJIANG, Datasets.COMMITTED_SEED), 2026,
                ListsGenerator.DIANJIANG, 2026)).isEqualTo(DIANJIANG);
    }

    @Test
    @DisplayName("状态表：合法变更通过，非法变更409 / the transition table: legal moves pass, illegal ones conflict")
    void transitions() {
        ListProject claimed = DIANJIANG.projects().stream().filter(p -> p.status() == ProjectStatus.CLAIMED).findFirst()
                .orElseThrow();
        LocalDate day = LocalDate.of(2026, 12, 1);
        ThreeLists started = ListEdits.advance(DIANJIANG, claimed.id(), ProjectStatus.IN_PROGRESS, day, null, null).after();
        ThreeLists done = ListEdits.advance(started, claimed.id(), ProjectStatus.DONE, day, null, "完成").after();
        assertThat(done.project(claimed.id()).status()).isEqualTo(ProjectStatus.DONE);
        assertThat(done.project(claimed.id()).completedOn()).isEqualTo(day);
        assertThat(done.project(claimed.id()).outcome()).isEqualTo("完成");
        assertThatThrownBy(() -> ListEdits.advance(done, claimed.id(), ProjectStatus.IN_PROGRESS, day, null, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ListEdits.advance(DIANJIANG, claimed.id(), ProjectStatus.DONE, day, null, null))
                .isInstanceOf(ConflictException.class);
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectStatus to : ProjectStatus.values()) {
                boolean legal = (from == ProjectStatus.UNCLAIMED && (to == ProjectStatus.CLAIMED || to == ProjectStatus.CANCELLED))
                        || (from == ProjectStatus.CLAIMED && (to == ProjectStatus.IN_PROGRESS || to == ProjectStatus.CANCELLED))
                        || (from == ProjectStatus.IN_PROGRESS && (to == ProjectStatus.DONE || to == ProjectStatus.CANCELLED));
                assertThat(from.canMoveTo(to)).as(from + "->" + to).isEqualTo(legal);
            }
        }
    }

    @Test
    @DisplayName("新增需求：列出每个错误字段 / a bad need lists every bad field")
    void everyBadField() {
        String body = "{\"id\":\"N001\",\"community\":\"\",\"title\":\"x\",\"category\":\"bad code\",\"priority\":5,"
                + "\"raisedOn\":\"2026-03-01\",\"source\":\"NOPE\"}";
        assertThatThrownBy(() -> ListEdits.addNeed(DIANJIANG, JsonInput.parse(body.getBytes(), ListNeed.class)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.getProblems().stream().map(FieldProblem::field).toList())
                        .containsExactlyInAnyOrder("category", "community", "id", "priority", "source"));
    }

    @Test
    @DisplayName("修改需求用合并补丁，编号不变 / a need changes by merge patch and keeps its id")
    void mergePatch() {
        ThreeLists after = ListEdits.updateNeed(DIANJIANG, "N001",
                MergePatch.of(JsonInput.tree("{\"priority\":3,\"effort\":2}".getBytes()))).after();
        assertThat(after.need("N001").priority()).isEqualTo(3);
        assertThat(after.need("N001").title()).isEqualTo(DIANJIANG.need("N001").title());
        assertThatThrownBy(() -> ListEdits.updateNeed(DIANJIANG, "N001",
                MergePatch.of(JsonInput.tree("{\"id\":\"X\"}".getBytes())))).isInstanceOf(InvalidInputException.class);
        assertThat(List.of(after.need("N001").effort())).containsExactly(2);
    }
}
