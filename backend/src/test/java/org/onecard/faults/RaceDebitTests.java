package org.onecard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/**
 * Many debits of one card at once over many connections: exactly as many approvals as the balance
 * allows above the card type's minimum, the rest declined "51", the balance never below the minimum.
 */
@MariaDbTest
class RaceDebitTests extends StormSuite {

    @Test
    void manyPurchasesOfOneCardOverManyConnectionsApproveExactlyWhatTheBalanceAllows() throws Exception {
        long minimumFen = 500;
        Card card = fx.card(500 + 37 * 100, fx.cardType(Map.of("minBalanceFen", minimumFen)));
        List<Callable<List<String>>> lanes = new ArrayList<>();
        for (int t = 0; t < 25; t++) {
            Registered terminal = fx.terminal("FREE_AMOUNT", Map.of());
            for (int c = 0; c < 2; c++) {
                int connection = c;
                lanes.add(() -> purchases(terminal, card, connection));
            }
        }

        List<String> codes = StormClients.atOnce(lanes).stream().flatMap(List::stream).toList();

        assertThat(codes).hasSize(200);
        assertThat(codes.stream().filter("00"::equals).count()).isEqualTo(37);
        assertThat(codes.stream().filter("51"::equals).count()).isEqualTo(200 - 37);
        assertThat(fx.cashFen(card)).isEqualTo(minimumFen);
        assertThat(fx.consumptions(card)).hasSize(37);
        Checks.booksClean(web, fx.admin.token());
    }

    /** Four purchases of 1.00 on one connection of the terminal, traces of their own. */
    private List<String> purchases(Registered terminal, Card card, int connection) throws Exception {
        List<String> codes = new ArrayList<>();
        // every approval of the one card commits on its own (group commit never holds a wallet twice), so on a
        // busy machine the last of 200 waits for all the others: a longer wait than a terminal's 15 s
        try (PurchaseTerminal link = new PurchaseTerminal(server.port(), terminal.key(), Duration.ofMinutes(2))) {
            for (int i = 0; i < 4; i++) {
                IsoMessage purchase = fx.purchaseAt(terminal, card.serial(), 100L, String.format("%06d", connection * 100 + i + 1))
                        .build();
                codes.add(link.exchange(purchase).text(39));
            }
        }
        return codes;
    }

}
