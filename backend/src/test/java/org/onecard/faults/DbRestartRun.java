package org.onecard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.ledger.verify.VerifyReport;
import org.onecard.terminal.purchase.TerminalFixture.Card;

/**
 * The long database-restart run behind {@code make fault-db} (its name matches no Surefire
 * pattern, so {@code make test} never runs it): terminals and a counter under load while the
 * private MariaDB is killed (SIGKILL) and shut down cleanly by turns, then the figures to
 * target/fault-db.txt. Settings from the environment: FAULT_DB_OUTAGES (6), FAULT_DB_TERMINALS (8),
 * FAULT_DB_COUNTERS (2), FAULT_DB_CARDS (20), FAULT_DB_DOWN_SECONDS (3), FAULT_DB_UP_SECONDS (6).
 */
class DbRestartRun {

    private static final long INITIAL_FEN = 500_000; // the default maximum card balance is 9,999.00

    @Test
    void outagesUnderLoad() throws Exception {
        int outages = setting("FAULT_DB_OUTAGES", 6);
        List<String> lines = new ArrayList<>();
        try (DbRestartInstance instance = DbRestartInstance.start("run", Map.of())) {
            List<Card> cards = new ArrayList<>();
            for (int i = 0; i < setting("FAULT_DB_CARDS", 20); i++) {
                cards.add(instance.fx.card(INITIAL_FEN));
            }
            DbRestartLoad load = new DbRestartLoad(instance.fx, instance.web, instance.terminalPort(), cards);
            long started = System.nanoTime();
            load.start(setting("FAULT_DB_TERMINALS", 8), setting("FAULT_DB_COUNTERS", 2));
            int kills = 0;
            for (int i = 0; i < outages; i++) {
                Thread.sleep(setting("FAULT_DB_UP_SECONDS", 6) * 1000L);
                long downAt = System.nanoTime();
                if (i % 2 == 0) {
                    instance.database.kill();
                    kills++;
                } else {
                    instance.database.shutdown();
                }
                Thread.sleep(setting("FAULT_DB_DOWN_SECONDS", 3) * 1000L);
                instance.database.start();
                long backAt = System.nanoTime();
                DbRestartTests.awaitMore(load.approvals::get, load.approvals.get() + 1);
                lines.add(String.format("outage %d: %s, database back after %.1f s, next approval %.1f s later", i + 1,
                        i % 2 == 0 ? "SIGKILL" : "clean shutdown", (backAt - downAt) / 1e9,
                        (System.nanoTime() - backAt) / 1e9));
            }
            Thread.sleep(setting("FAULT_DB_UP_SECONDS", 6) * 1000L);
            load.stop();
            double seconds = (System.nanoTime() - started) / 1e9;
            VerifyReport report = instance.verify();
            long discrepancies = report.discrepancies().size() + load.unresolved.get() + load.unexpectedCount();
            for (Card card : cards) {
                if (instance.fx.cashFen(card) != load.expectedCashFen(card, INITIAL_FEN)) {
                    discrepancies++;
                    lines.add("card " + card.id() + ": balance " + instance.fx.cashFen(card) + ", clients were told "
                            + load.expectedCashFen(card, INITIAL_FEN));
                }
            }
            long booked = 0;
            for (Card card : cards) {
                booked += instance.fx.consumptions(card).size();
            }
            if (booked != load.approvals.get()) {
                discrepancies++;
                lines.add("purchases booked " + booked + ", approvals told " + load.approvals.get());
            }
            lines.add(0, String.format("make fault-db: %d outages (%d SIGKILL, %d clean) in %.0f s on a private MariaDB,"
                    + " %d terminals, %d counters, %d cards", outages, kills, outages - kills, seconds,
                    setting("FAULT_DB_TERMINALS", 8), setting("FAULT_DB_COUNTERS", 2), cards.size()));
            lines.add("requests:            " + load.requests.get() + " (" + load.sends.get() + " sends with retries)");
            lines.add("purchase approvals:  " + load.approvals.get());
            lines.add("recharges credited:  " + load.recharges.get());
            lines.add("declines:            " + load.declines.get());
            lines.add("retriable failures:  " + load.retriable.get() + " " + load.retriableKinds);
            lines.add("unresolved:          " + load.unresolved.get());
            lines.add("unexpected answers:  " + load.unexpected);
            lines.add("verify:              " + (report.clean() ? "clean" : report.discrepancies()) + ", "
                    + report.transfersChecked() + " transfers");
            lines.add("discrepancies:       " + discrepancies);
            Files.write(Path.of("target", "fault-db.txt"), lines);
            lines.forEach(System.out::println);
            assertThat(discrepancies).isZero();
        }
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
