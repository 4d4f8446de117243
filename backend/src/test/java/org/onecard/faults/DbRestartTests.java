package org.onecard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onecard.ledger.verify.VerifyReport;
import org.onecard.terminal.purchase.TerminalFixture.Card;

/**
 * The database dies under load — SIGKILL, or a clean shutdown — and comes back on the same data
 * directory: meanwhile terminals get "96" and the counter 503 problem+json, never a second debit;
 * afterwards every request sent again under its own key resolves, verify is clean and every card
 * holds what its clients were told. The database is a private MariaDB ({@link DbRestartServer}),
 * never the shared one. {@code make fault-db} runs the long version ({@link DbRestartRun}).
 */
class DbRestartTests {

    private static final long INITIAL_FEN = 200_000;

    private static DbRestartInstance instance;

    @BeforeAll
    static void start() throws Exception {
        instance = DbRestartInstance.start("tests", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void aKilledDatabaseLosesNoApprovalAndMovesNothingTwice() throws Exception {
        outageUnderLoad(true);
    }

    @Test
    void aCleanDatabaseRestartLosesNoApprovalAndMovesNothingTwice() throws Exception {
        outageUnderLoad(false);
    }

    private void outageUnderLoad(boolean kill) throws Exception {
        List<Card> cards = cards(4);
        DbRestartLoad load = new DbRestartLoad(instance.fx, instance.web, instance.terminalPort(), cards);
        load.start(3, 1);
        awaitMore(load.approvals::get, 10);
        long retriableBefore = load.retriable.get();
        if (kill) {
            instance.database.kill();
        } else {
            instance.database.shutdown();
        }
        awaitMore(load.retriable::get, retriableBefore + 4);
        instance.database.start();
        long approvalsBack = load.approvals.get();
        awaitMore(load.approvals::get, approvalsBack + 10);
        load.stop();

        assertThat(load.unresolved.get()).isZero();
        assertThat(load.unexpected).isEmpty();
        assertThat(load.retriable.get()).isGreaterThan(retriableBefore);
        assertThat(load.retriableKinds).containsKey("terminal 96");
        VerifyReport report = instance.verify();
        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.clean()).isTrue();
        for (Card card : cards) {
            assertThat(instance.fx.cashFen(card)).as("card %s", card.id())
                    .isEqualTo(load.expectedCashFen(card, INITIAL_FEN));
        }
        assertThat(consumptions(cards)).isEqualTo(load.approvals.get());
    }

    private static List<Card> cards(int count) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(instance.fx.card(INITIAL_FEN));
        }
        return cards;
    }

    /** Booked online purchases of these cards: one per approval, none for a retry. */
    private static long consumptions(List<Card> cards) {
        long n = 0;
        for (Card card : cards) {
            n += instance.fx.consumptions(card).size();
        }
        return n;
    }

    /** Waits (at most two minutes) until the counter reaches {@code target}. */
    static void awaitMore(LongSupplier counter, long target) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (counter.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the counter stayed at " + counter.getAsLong() + ", below " + target);
            }
            Thread.sleep(50);
        }
    }
}
