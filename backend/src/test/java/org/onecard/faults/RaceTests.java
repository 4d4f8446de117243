package org.onecard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.test.context.TestPropertySource;

/** Reversals racing their originals on several connections: before, during and after, repeated. */
@MariaDbTest
@TestPropertySource(properties = "onecard.terminal.max-connections-per-terminal=4")
class RaceTests extends StormSuite {

    @Test
    void aReversalRacingItsOriginalBeforeDuringOrAfterLeavesTheCardAsTheTerminalWasTold() throws Exception {
        Card card = fx.card(100_000);
        List<PurchaseTerminal> links = StormClients.connections(server.port(), fx, 4);
        long keptFen = 0;
        try {
            for (int round = 0; round < 12; round++) {
                IsoMessage original = fx.purchase(card.serial(), 1_000 + round, String.format("%06d", 600 + round));
                IsoMessage reversal = TerminalFixture.reversalOf(original, String.format("%06d", 700 + round));
                long lead = (round % 3 - 1) * 15L; // reversal 15 ms before, together, or 15 ms after
                List<String> codes = StormClients.atOnce(List.of(
                        send(links.get(0), original, Math.max(0, lead)), send(links.get(1), original, Math.max(0, lead)),
                        send(links.get(2), reversal, Math.max(0, -lead)), send(links.get(3), reversal, Math.max(0, -lead))));
                assertThat(codes.subList(2, 4)).as("reversal acknowledged, round %d", round).containsOnly("00");
                assertThat(codes.get(0)).as("both sends of the original answered alike, round %d", round)
                        .isEqualTo(codes.get(1)).isIn("00", "12");
                // the terminal was told the sale is undone: the original sent once more moves nothing
                String late = links.get(0).exchange(original).text(39);
                assertThat(late).isIn("00", "12");
            }
            // a sale that nobody reverses stays debited: the races above are not vacuous
            assertThat(links.get(0).exchange(fx.purchase(card.serial(), 777, "000650")).text(39)).isEqualTo("00");
            keptFen = 777;
        } finally {
            StormClients.closeAll(links);
        }

        assertThat(fx.cashFen(card)).isEqualTo(100_000 - keptFen);
        List<String> booked = fx.consumptions(card);
        assertThat(booked).last().isEqualTo("ONLINE 777 null");
        assertThat(booked.subList(0, booked.size() - 1)).allMatch(c -> c.endsWith(" 0"));
        assertThat(fx.postingsKeyed("rev:term:" + fx.code + ":")).isEqualTo(booked.size() - 1);
        Checks.booksClean(web, fx.admin.token());
    }

    private static Callable<String> send(PurchaseTerminal link, IsoMessage message, long delayMs) {
        return () -> {
            if (delayMs > 0) {
                Thread.sleep(delayMs);
            }
            return link.exchange(message).text(39);
        };
    }
}
