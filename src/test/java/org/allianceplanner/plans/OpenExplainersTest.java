package org.allianceplanner.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.allianceplanner.explain.Explainer;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("打开的解释器 / open explainers")
class OpenExplainersTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    private static PlanDocument document(String id) {
        return PlanMapper.readDocument(SmallCounty.problem(id).toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("同一方案的两个首次请求共用一个解释器 / two first requests for one plan share one explainer")
    void twoFirstRequestsShareOneExplainer() throws Exception {
        OpenExplainers open = new OpenExplainers(SOLVERS);
        PlanDocument document = document("p1");
        Set<Explainer> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return open.ask("p1", document, explainer -> {
                        synchronized (seen) {
                            seen.add(explainer);
                        }
                        return !explainer.isClosed();
                    });
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    @DisplayName("为腾位置而关闭的解释器会重新打开 / an explainer closed to make room is opened again")
    void anEvictedExplainerIsOpenedAgain() {
        OpenExplainers open = new OpenExplainers(SOLVERS);
        PlanDocument first = document("p0");
        Explainer firstExplainer = open.ask("p0", first, explainer -> explainer);
        for (int i = 1; i <= OpenExplainers.KEPT; i++) {
            PlanDocument other = document("p" + i);
            open.ask("p" + i, other, explainer -> explainer);
        }
        assertThat(open.size()).isEqualTo(OpenExplainers.KEPT);
        assertThat(firstExplainer.isClosed()).isTrue();
        Explainer again = open.ask("p0", first, explainer -> {
            assertThat(explainer.isClosed()).isFalse();
            return explainer;
        });
        assertThat(again).isNotSameAs(firstExplainer);
        // Same document again: the kept explainer answers.
        Explainer kept = open.ask("p0", first, explainer -> explainer);
        assertThat(kept).isSameAs(again);
    }
}
