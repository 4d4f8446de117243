package org.onecard.points.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointsRateTests {

    @Test
    void pointsAreChargedFenTimesRateOverAHundredRoundedDown() {
        assertThat(PointsRate.earned(1_250, 3)).isEqualTo(37);
        assertThat(PointsRate.earned(99, 1)).isZero();
        assertThat(PointsRate.earned(100, 1)).isEqualTo(1);
        assertThat(PointsRate.earned(1_000, 0)).isZero();
        assertThat(PointsRate.earned(0, 5)).isZero();
    }

    @Test
    void ratesAndSpendsHaveBounds() {
        assertThat(PointsRate.valid(0)).isFalse();
        assertThat(PointsRate.valid(1)).isTrue();
        assertThat(PointsRate.valid(1000)).isTrue();
        assertThat(PointsRate.valid(1001)).isFalse();
        assertThat(PointsRate.valid(null)).isFalse();
        assertThat(PointsRate.validSpend(0L)).isFalse();
        assertThat(PointsRate.validSpend(100_000_000L)).isTrue();
        assertThat(PointsRate.validSpend(100_000_001L)).isFalse();
    }
}
