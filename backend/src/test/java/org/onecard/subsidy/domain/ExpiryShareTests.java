package org.onecard.subsidy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryShareTests {

    private static final LocalDate D1 = LocalDate.of(2026, 11, 30);
    private static final LocalDate D2 = LocalDate.of(2026, 12, 31);

    @Test
    void untouchedSubsidyIsClearedWhole() {
        SubsidyRecord a = lot(1, 10_000, D1);
        assertThat(ExpiryShare.remaining(a, 10_000, List.of(a))).isEqualTo(10_000);
    }

    @Test
    void spendingDrawsOnTheEarliestExpiryFirst() {
        SubsidyRecord a = lot(1, 100, D1);
        SubsidyRecord b = lot(2, 200, D2);
        // 30 spent of 300: it came out of a, which expires first
        assertThat(ExpiryShare.remaining(a, 270, List.of(a, b))).isEqualTo(70);
        // 150 spent: a is gone and 50 of b
        assertThat(ExpiryShare.remaining(a, 150, List.of(a, b))).isZero();
        assertThat(ExpiryShare.remaining(b, 150, List.of(b))).isEqualTo(150);
    }

    @Test
    void neverNegativeAndNeverMoreThanGranted() {
        SubsidyRecord a = lot(1, 100, D1);
        assertThat(ExpiryShare.remaining(a, 0, List.of(a))).isZero();
        assertThat(ExpiryShare.remaining(a, 5_000, List.of(a))).isEqualTo(100);
    }

    @Test
    void aSubsidyWithoutExpiryAndALaterOneOnTheSameDayCountAsLater() {
        SubsidyRecord a = lot(1, 100, D1);
        SubsidyRecord sameDayLater = lot(2, 100, D1);
        SubsidyRecord forever = lot(3, 100, null);
        assertThat(ExpiryShare.remaining(a, 250, List.of(a, sameDayLater, forever))).isEqualTo(50);
        assertThat(ExpiryShare.remaining(sameDayLater, 250, List.of(a, sameDayLater, forever))).isEqualTo(100);
        assertThat(ExpiryShare.expiresAfter(a, forever)).isFalse();
    }

    private static SubsidyRecord lot(long id, long amount, LocalDate expires) {
        return new SubsidyRecord(id, 7, amount, SubsidyMode.CUMULATIVE, YearMonth.of(2026, 11), expires,
                SubsidyStatus.CLAIMED, null, null, null, null, null, null, null);
    }
}
