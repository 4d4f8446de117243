package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** 0400 reversals over a real socket on MariaDB: exactly one effect, whatever the order and the repeats. */
@MariaDbTest
class ReversalTests extends OneTerminalTest {

    @Test
    void aReversalGivesEverythingBackOnceHoweverOftenItIsSent() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage original = fx.purchase(card.serial(), 1_250, "000101");
        assertThat(terminal.exchange(original).text(39)).isEqualTo("00");

        List<IsoMessage> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // a terminal resends with a new trace of its own, or as a repeat (0401)
            IsoMessage reversal = TerminalFixture.reversalOf(original, "00020" + i);
            replies.add(terminal.exchange(i == 2 ? reversal.toBuilder().mti("0401").build() : reversal));
        }

        assertThat(replies).extracting(r -> r.text(39)).containsOnly("00");
        assertThat(replies.get(0).mti()).isEqualTo("0410");
        assertThat(replies.get(2).mti()).isEqualTo("0411");
        assertThat(replies).extracting(r -> r.text(37)).containsOnly(replies.get(0).text(37));
        assertThat(replies.get(0).text(54)).isEqualTo("1002156C000000010000" + "2002156C000000000000");
        assertThat(replies.get(0).text(90)).isEqualTo(TerminalFixture.reversalOf(original, "000200").text(90));
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 1250 0");
        assertThat(fx.postingsKeyed("rev:term:" + fx.code + ":000101:")).isEqualTo(1);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void theOriginalRepeatedAfterItsReversalGetsItsFirstReplyAndMovesNothing() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage original = fx.purchase(card.serial(), 700, "000102");
        IsoMessage approved = terminal.exchange(original);
        assertThat(terminal.exchange(TerminalFixture.reversalOf(original, "000203")).text(39)).isEqualTo("00");

        IsoMessage again = terminal.exchange(original);

        assertThat(again.text(39)).isEqualTo("00");
        assertThat(again.text(37)).isEqualTo(approved.text(37));
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 700 0");
    }

    @Test
    void aReversalBeforeItsOriginalLeavesATombstoneSoTheLateOriginalIsDeclined() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage original = fx.purchase(card.serial(), 900, "000103");

        IsoMessage first = terminal.exchange(TerminalFixture.reversalOf(original, "000204"));
        IsoMessage second = terminal.exchange(TerminalFixture.reversalOf(original, "000205"));
        IsoMessage late = terminal.exchange(original);
        IsoMessage lateAgain = terminal.exchange(original);

        assertThat(first.text(39)).isEqualTo("00");
        assertThat(first.has(37)).isFalse();
        assertThat(second.text(39)).isEqualTo("00");
        assertThat(late.mti()).isEqualTo("0210");
        assertThat(late.text(39)).isEqualTo("12");
        assertThat(late.text(11)).isEqualTo("000103");
        assertThat(late.has(37)).isFalse();
        assertThat(lateAgain.text(39)).isEqualTo("12");
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
        assertThat(fx.consumptions(card)).isEmpty();
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aReversedPurchaseNoLongerCountsSoTheCardCanPayAgainAtOnce() throws Exception {
        Card card = fx.card(10_000);
        db.sql("UPDATE terminal SET same_card_interval_seconds = 600 WHERE code = :code").bind("code", fx.code)
                .fetch().rowsUpdated().block();
        terminalCache.forget();
        IsoMessage original = fx.purchase(card.serial(), 500, "000104");
        assertThat(terminal.exchange(original).text(39)).isEqualTo("00");
        assertThat(terminal.exchange(fx.purchase(card.serial(), 500, "000105")).text(39)).isEqualTo("94");

        terminal.exchange(TerminalFixture.reversalOf(original, "000206"));

        assertThat(terminal.exchange(fx.purchase(card.serial(), 500, "000106")).text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
    }

    @Test
    void aReversalOfARefusalOrWithOtherContentMovesNothing() throws Exception {
        Card card = fx.card(300);
        IsoMessage refused = fx.purchase(card.serial(), 5_000, "000107");
        assertThat(terminal.exchange(refused).text(39)).isEqualTo("51");
        IsoMessage approved = fx.purchase(card.serial(), 100, "000108");
        assertThat(terminal.exchange(approved).text(39)).isEqualTo("00");

        IsoMessage ofRefusal = terminal.exchange(TerminalFixture.reversalOf(refused, "000207"));
        IsoMessage otherAmount = terminal.exchange(TerminalFixture.reversalOf(approved, "000208").toBuilder()
                .set(4, "000000000099").build());

        assertThat(ofRefusal.text(39)).isEqualTo("00");
        assertThat(ofRefusal.has(37)).isFalse();
        assertThat(otherAmount.text(39)).isEqualTo("94");
        assertThat(fx.cashFen(card)).isEqualTo(200);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 100 null");
        assertThat(fx.postingsKeyed("rev:term:" + fx.code + ":")).isZero();
    }

    @Test
    void badReversalsAreRefusedAndChangeNothing() throws Exception {
        Card card = fx.card(1_000);
        IsoMessage original = fx.purchase(card.serial(), 100, "000109");
        assertThat(terminal.exchange(original).text(39)).isEqualTo("00");
        IsoMessage reversal = TerminalFixture.reversalOf(original, "000209");

        assertThat(terminal.exchange(reversal.toBuilder().remove(90).build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(reversal.toBuilder().set(90, "0100" + reversal.text(90).substring(4)).build())
                .text(39)).isEqualTo("30");
        assertThat(terminal.exchange(reversal.toBuilder().set(90, "0200000109" + "1399" + reversal.text(90)
                .substring(14)).build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(reversal.toBuilder().set(3, "310000").build()).text(39)).isEqualTo("12");
        assertThat(terminal.exchange(reversal.toBuilder().set(42, "999999999999999").build()).text(39))
                .isEqualTo("03");

        assertThat(fx.cashFen(card)).isEqualTo(900);
        assertThat(fx.postingsKeyed("rev:term:" + fx.code + ":")).isZero();
    }

    @Test
    void anOriginalAndItsReversalRacingOnTwoConnectionsHaveExactlyOneEffect() throws Exception {
        Card card = fx.card(50_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PurchaseTerminal second = new PurchaseTerminal(server.port(), fx.key)) {
            for (int i = 0; i < 6; i++) {
                IsoMessage original = fx.purchase(card.serial(), 1_000, String.format("%06d", 300 + i));
                IsoMessage reversal = TerminalFixture.reversalOf(original, String.format("%06d", 400 + i));
                Callable<String> pay = () -> terminal.exchange(original).text(39);
                Callable<String> undo = () -> second.exchange(reversal).text(39);
                Future<String> a = pool.submit(pay);
                Future<String> b = pool.submit(undo);
                a.get();
                assertThat(b.get()).isEqualTo("00");
            }
        } finally {
            pool.shutdownNow();
        }

        // every purchase was either declined as reversed or booked and then reversed
        assertThat(fx.cashFen(card)).isEqualTo(50_000);
        assertThat(fx.consumptions(card)).allMatch(c -> c.endsWith(" 0"));
        Checks.booksClean(web, fx.admin.token());
    }
}
