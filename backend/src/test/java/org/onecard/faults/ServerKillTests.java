package org.onecard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onecard.testing.TestDatabase;

/**
 * Conservation under SIGKILL (issue 8): the server, a process of its own on a throwaway MariaDB
 * database, is killed with SIGKILL at random 2–6 s after each start and started again on the same
 * database and ports, while 64 terminals, counter cashiers and online payers keep sending and retry
 * every unanswered request under its own key. Afterwards `verify` is clean, every approval a client
 * received is booked exactly once, nothing is booked that no client asked for, and every
 * cardholder's balance is the opening balance plus the outcomes the clients know.
 *
 * <p>In `make test` it runs about 30 s of load ({@code -Dfault.seconds}, at least 3 kills);
 * `make fault-kill` runs it for minutes (FAULT_SECONDS). The figures go to target/fault-kill.txt.
 */
class ServerKillTests {

    private static final int SECONDS = Integer.getInteger("fault.seconds", 30);
    private static final int MIN_KILLS = 3;
    private static final int TERMINALS = 64;
    private static final int CARDS = 64;
    private static final int CASHIERS = 2;

    @Test
    void noFenIsLostOrInventedWhenTheServerIsKilledUnderLoad() throws Exception {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path log = target.resolve("fault-kill-server.log");
        Files.deleteIfExists(log);
        String database = TestDatabase.createThrowaway();
        try (ServerProcess server = new ServerProcess(database, log)) {
            server.start();
            KillWorld world = KillWorld.create(new Http(server.baseUrl()), database, TERMINALS, CARDS);
            Map<Long, Long> opening = KillWorld.balances(database);
            long lastPosting = Books.lastPostingId(database);
            ClientRecord record = new ClientRecord();
            Traffic traffic = new Traffic(world, server, record, CASHIERS);
            long started = System.nanoTime();
            traffic.start();
            int kills = killRepeatedly(server, traffic, record, started);
            List<Throwable> failures = traffic.stop();
            double seconds = (System.nanoTime() - started) / 1e9;
            server.kill();
            ServerProcess.VerifyRun verify = server.verify();
            List<String> discrepancies = new ArrayList<>(Books.discrepancies(database, record, opening, lastPosting));
            discrepancies.addAll(record.anomalies());
            String summary = summary(seconds, kills, server.starts(), record, discrepancies, verify);
            Files.writeString(target.resolve("fault-kill.txt"), summary);
            System.out.print(summary);

            assertThat(failures).as("clients that failed").isEmpty();
            assertThat(verify.clean()).as("verify:\n" + verify.output()).isTrue();
            assertThat(discrepancies).isEmpty();
            assertThat(kills).isGreaterThanOrEqualTo(MIN_KILLS);
            assertThat(record.approvals.get()).as("approvals").isPositive();
        } finally {
            TestDatabase.dropThrowaway(database);
        }
    }

    /**
     * Kills the server 2–6 s after each start has approved its first request (a start takes long on a
     * loaded machine, so the load must be flowing again before the next kill), until the time is up
     * and at least 3 times; returns the kills.
     */
    private static int killRepeatedly(ServerProcess server, Traffic traffic, ClientRecord record, long started)
            throws Exception {
        Random random = new Random();
        int kills = 0;
        while (kills < MIN_KILLS || System.nanoTime() - started < SECONDS * 1_000_000_000L) {
            awaitApproval(record, traffic);
            Thread.sleep(2_000 + random.nextInt(4_001));
            if (!traffic.failures().isEmpty()) {
                break;
            }
            server.kill();
            kills++;
            server.start();
        }
        return kills;
    }

    /** Waits (at most a minute) until some client is approved again. */
    private static void awaitApproval(ClientRecord record, Traffic traffic) throws InterruptedException {
        long before = record.approvals.get();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (record.approvals.get() == before && traffic.failures().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static String summary(double seconds, int kills, int starts, ClientRecord record, List<String> discrepancies,
                                  ServerProcess.VerifyRun verify) {
        StringBuilder s = new StringBuilder(String.format(
                "fault-kill: %.0f s of load, %d SIGKILLs (%d starts), %d requests, %d approvals, %d declines,"
                        + " %d requests retried, verify %s, discrepancies %d%n", seconds, kills, starts, record.requests.get(),
                record.approvals.get(), record.declines.get(), record.retries.get(),
                verify.clean() ? "clean" : "NOT CLEAN", discrepancies.size()));
        discrepancies.stream().limit(50).forEach(d -> s.append("  ").append(d).append('\n'));
        return s.toString();
    }
}
