package org.onecard.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletDeltasTests {

    private static final Map<Long, AccountKind> KINDS = Map.of(
            1L, AccountKind.CASH_WALLET, 2L, AccountKind.SUBSIDY_WALLET, 9L, AccountKind.OUTLET_REVENUE);

    @Test
    void netsEachWalletAndIgnoresCounterAccounts() {
        List<TransferLeg> legs = List.of(
                new TransferLeg(1, 9, 300, TransferCode.CONSUMPTION),
                new TransferLeg(2, 9, 200, TransferCode.CONSUMPTION),
                new TransferLeg(9, 1, 50, TransferCode.CORRECTION));

        Map<Long, Long> deltas = WalletDeltas.net(legs, KINDS);

        assertThat(deltas).containsExactly(Map.entry(1L, -250L), Map.entry(2L, -200L));
    }

    @Test
    void walksBalancesAfterEachLegFromTheFinalBalances() {
        List<TransferLeg> legs = List.of(
                new TransferLeg(1, 9, 300, TransferCode.CONSUMPTION),
                new TransferLeg(9, 1, 50, TransferCode.CORRECTION));
        Map<Long, Long> deltas = WalletDeltas.net(legs, KINDS);

        List<Long[]> after = WalletDeltas.balancesAfterEachLeg(legs, Map.of(1L, 750L), deltas);

        assertThat(after.get(0)).containsExactly(700L, null);
        assertThat(after.get(1)).containsExactly(null, 750L);
    }

    @Test
    void overflowFailsLoudly() {
        List<TransferLeg> legs = List.of(
                new TransferLeg(9, 1, Long.MAX_VALUE, TransferCode.ADJUSTMENT),
                new TransferLeg(9, 1, 1, TransferCode.ADJUSTMENT));
        assertThatThrownBy(() -> WalletDeltas.net(legs, KINDS)).isInstanceOf(ArithmeticException.class);
    }
}
