package org.onecard.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.onecard.faults.KillWorld.Card;

/**
 * The clients of the run, each on a thread of its own: the terminals over TCP, cashiers at the
 * counter and online payers over HTTP. {@link #stop} lets each finish the request it has in
 * flight (retrying it until answered) and waits for them.
 */
final class Traffic {

    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    Traffic(KillWorld world, ServerProcess server, ClientRecord record, int cashiers) {
        BooleanSupplier on = () -> running;
        Map<String, Long> personBySerial = world.cards.stream().collect(Collectors.toMap(Card::serial, Card::personId));
        Http http = new Http(server.baseUrl());
        for (int i = 0; i < world.terminals.size(); i++) {
            add("terminal-" + i, new TerminalClient(world.terminals.get(i), world.cards, personBySerial, record,
                    server.terminalPort, on, i));
        }
        for (int i = 0; i < cashiers; i++) {
            add("cashier-" + i, new CounterClient(http, world.adminToken, world.cards, record, on, i));
        }
        for (String payer : KillWorld.PAYERS) {
            add("payer-" + payer, new GatewayClient(http, payer, record, on));
        }
    }

    void start() {
        threads.forEach(Thread::start);
    }

    /** Stops sending new requests and waits until every client has its last answer. */
    List<Throwable> stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(Http.RETRY_LIMIT.toMillis() + 60_000);
            if (t.isAlive()) {
                failures.add(new IllegalStateException(t.getName() + " did not finish"));
            }
        }
        return failures;
    }

    List<Throwable> failures() {
        return failures;
    }

    private void add(String name, Runnable client) {
        Thread t = new Thread(() -> {
            try {
                client.run();
            } catch (RuntimeException | Error e) {
                failures.add(e);
            }
        }, "fault-" + name);
        t.setDaemon(true);
        threads.add(t);
    }
}
