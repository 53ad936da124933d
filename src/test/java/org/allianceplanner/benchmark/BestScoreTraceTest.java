package org.allianceplanner.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class BestScoreTraceTest {

    @Test
    void readsTheBestScoreAtAMomentAndTheFirstFeasibleOne() throws InterruptedException {
        BestScoreTrace trace = new BestScoreTrace(System.nanoTime());
        trace.improved(HardMediumSoftLongScore.ofUninitialized(-5, 0, 0, -10));
        trace.improved(HardMediumSoftLongScore.of(-2, 0, -100));
        trace.improved(HardMediumSoftLongScore.of(0, -1, -90));
        Thread.sleep(20);
        trace.improved(HardMediumSoftLongScore.of(0, 0, -80));
        Duration fourth = trace.points().get(3).elapsed();

        assertThat(trace.points()).hasSize(4);
        assertThat(trace.timeToFeasible()).isEqualTo(fourth);
        assertThat(trace.bestAt(fourth)).isEqualTo(HardMediumSoftLongScore.of(0, 0, -80));
        assertThat(trace.bestAt(fourth.minusMillis(10))).isEqualTo(HardMediumSoftLongScore.of(0, -1, -90));
        assertThat(trace.bestAt(Duration.ofNanos(-1))).isNull();
    }

    @Test
    void aRunThatNeverBecomesFeasibleHasNoTimeToFeasible() {
        BestScoreTrace trace = new BestScoreTrace(System.nanoTime());
        trace.improved(HardMediumSoftLongScore.of(0, -3, -10));

        assertThat(trace.timeToFeasible()).isNull();
    }
}
