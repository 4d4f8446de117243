package org.onecard.reports.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How groups of revenue postings are classified: by transfer code, direction and whether a sale went to 0. */
class TakingsTests {

    @Test
    void salesOfEveryKindArePurchases() {
        Takings t = Takings.of("CONSUMPTION", false, 3, 900).plus(Takings.of("CONSUMPTION_OFFLINE", false, 1, 50))
                .plus(Takings.of("CONSUMPTION_SUPPLEMENT", false, 2, 10));
        assertThat(t).isEqualTo(new Takings(6, 960, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(t.netCount()).isEqualTo(6);
        assertThat(t.netFen()).isEqualTo(960);
    }

    @Test
    void terminalReversalsAreVoidsAndTakeTheirSalesOutOfTheCount() {
        Takings t = Takings.of("CONSUMPTION", false, 2, 1_000).plus(Takings.of("REVERSAL", true, 1, -400));
        assertThat(t.voids()).isEqualTo(1);
        assertThat(t.voidFen()).isEqualTo(400);
        assertThat(t.netCount()).isEqualTo(1);
        assertThat(t.netFen()).isEqualTo(600);
    }

    @Test
    void correctionsChargingMoreAreCorrectionsAndThoseGivingBackAreRefunds() {
        Takings t = Takings.of("CONSUMPTION", false, 3, 1_000).plus(Takings.of("CORRECTION", false, 1, 120))
                .plus(Takings.of("CORRECTION", false, 1, -30)).plus(Takings.of("CORRECTION", true, 1, -200));
        assertThat(t).isEqualTo(new Takings(3, 1_000, 1, 120, 2, 230, 0, 0, 1, 0));
        assertThat(t.netCount()).isEqualTo(2);
        assertThat(t.netFen()).isEqualTo(890);
    }

    @Test
    void anythingElseOnTheRevenueAccountIsOtherAndCountsInTheNet() {
        Takings t = Takings.of("CONSUMPTION", false, 1, 500).plus(Takings.of("ADJUSTMENT", false, 1, -75));
        assertThat(t.otherFen()).isEqualTo(-75);
        assertThat(t.netFen()).isEqualTo(425);
        assertThat(t.netCount()).isEqualTo(1);
    }
}
