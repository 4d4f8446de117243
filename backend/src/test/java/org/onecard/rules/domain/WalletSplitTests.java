package org.onecard.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WalletSplitTests {

    @Test
    void subsidyThenCashTakesSubsidyFirst() {
        assertThat(WalletSplit.of(500, 1_000, 300, DeductionOrder.SUBSIDY_THEN_CASH))
                .isEqualTo(new WalletSplit(200, 300, true));
        assertThat(WalletSplit.of(200, 1_000, 300, DeductionOrder.SUBSIDY_THEN_CASH))
                .isEqualTo(new WalletSplit(0, 200, true));
    }

    @Test
    void cashThenSubsidyTakesCashFirst() {
        assertThat(WalletSplit.of(500, 300, 1_000, DeductionOrder.CASH_THEN_SUBSIDY))
                .isEqualTo(new WalletSplit(300, 200, true));
    }

    @Test
    void singleWalletOrdersNeverTouchTheOtherWallet() {
        assertThat(WalletSplit.of(500, 400, 1_000, DeductionOrder.CASH_ONLY).covered()).isFalse();
        assertThat(WalletSplit.of(500, 1_000, 400, DeductionOrder.SUBSIDY_ONLY).covered()).isFalse();
        assertThat(WalletSplit.of(400, 400, 0, DeductionOrder.CASH_ONLY)).isEqualTo(new WalletSplit(400, 0, true));
    }

    @Test
    void notEnoughInBothIsUncoveredAndNegativeBalancesCountAsZero() {
        assertThat(WalletSplit.of(1_301, 1_000, 300, DeductionOrder.SUBSIDY_THEN_CASH).covered()).isFalse();
        assertThat(WalletSplit.of(100, -50, 100, DeductionOrder.CASH_THEN_SUBSIDY))
                .isEqualTo(new WalletSplit(0, 100, true));
    }

    @Test
    void refusesNonPositiveAmounts() {
        assertThatThrownBy(() -> WalletSplit.of(0, 1, 1, DeductionOrder.CASH_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfflineSplitIsTheNormalOneWhenCovered() {
        assertThat(WalletSplit.overdrawing(500, 1_000, 300, DeductionOrder.SUBSIDY_THEN_CASH))
                .isEqualTo(new WalletSplit(200, 300, true));
    }

    @Test
    void anOfflineSplitThatIsNotCoveredOverdrawsCashAfterTakingTheSubsidy() {
        assertThat(WalletSplit.overdrawing(500, 100, 300, DeductionOrder.SUBSIDY_THEN_CASH))
                .isEqualTo(new WalletSplit(200, 300, false));
        assertThat(WalletSplit.overdrawing(500, 100, 300, DeductionOrder.CASH_THEN_SUBSIDY))
                .isEqualTo(new WalletSplit(200, 300, false));
        assertThat(WalletSplit.overdrawing(500, -50, -20, DeductionOrder.SUBSIDY_THEN_CASH))
                .isEqualTo(new WalletSplit(500, 0, false));
    }

    @Test
    void anOfflineSplitOfASingleWalletOrderOverdrawsThatWallet() {
        assertThat(WalletSplit.overdrawing(500, 100, 1_000, DeductionOrder.CASH_ONLY))
                .isEqualTo(new WalletSplit(500, 0, false));
        assertThat(WalletSplit.overdrawing(500, 1_000, 100, DeductionOrder.SUBSIDY_ONLY))
                .isEqualTo(new WalletSplit(0, 500, false));
    }
}
