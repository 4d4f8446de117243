package org.onecard.faults;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.terminal.tools.TerminalMessages;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Terminals buying over TCP and a counter recharging over HTTP while the database comes and goes.
 * Every request is sent again, unchanged (same trace, same Idempotency-Key), after a retriable
 * failure — "96"/"91", a dropped or silent connection, HTTP 503 — until it gets a definite answer,
 * as a terminal or a cashier would. What each client was told is summed per card, so the suite can
 * compare it with the books.
 */
final class DbRestartLoad {

    /** A request that keeps failing after {@code stop()} for this long is counted as unresolved. */
    private static final long RESOLVE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(90);
    private static final long RETRY_PAUSE_MS = 250;
    private static final AtomicLong LOADS = new AtomicLong();

    final AtomicLong requests = new AtomicLong();
    final AtomicLong sends = new AtomicLong();
    final AtomicLong approvals = new AtomicLong();
    final AtomicLong recharges = new AtomicLong();
    final AtomicLong declines = new AtomicLong();
    final AtomicLong retriable = new AtomicLong();
    /** The retriable failures by kind: "terminal 96", "terminal link lost", "http 503", "http no answer". */
    final ConcurrentMap<String, AtomicLong> retriableKinds = new ConcurrentHashMap<>();
    final AtomicLong unresolved = new AtomicLong();
    /** Answers that are neither an approval, a balance decline nor retriable: each one a finding. */
    final ConcurrentMap<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
    /** What the clients were told: the cash each card gained (recharges) less what it paid (approvals). */
    final ConcurrentMap<Long, AtomicLong> toldFen = new ConcurrentHashMap<>();

    private final TerminalFixture fx;
    private final WebTestClient web;
    private final int terminalPort;
    private final List<Card> cards;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Future<?>> lanes = new ArrayList<>();
    private final String keyPrefix = "fault-rch-" + ProcessHandle.current().pid() + "-" + LOADS.incrementAndGet() + "-";
    private volatile boolean running = true;
    private volatile long stoppedAt;

    DbRestartLoad(TerminalFixture fx, WebTestClient web, int terminalPort, List<Card> cards) {
        this.fx = fx;
        this.web = web;
        this.terminalPort = terminalPort;
        this.cards = cards;
        cards.forEach(c -> toldFen.put(c.id(), new AtomicLong()));
    }

    /** Starts {@code terminals} terminals (each its own registered terminal and connection) and {@code counters} cashiers. */
    void start(int terminals, int counters) {
        for (int i = 0; i < terminals; i++) {
            Registered terminal = fx.terminal("FREE_AMOUNT", Map.of());
            int lane = i;
            lanes.add(pool.submit(() -> terminalLane(terminal, lane)));
        }
        for (int i = 0; i < counters; i++) {
            int lane = i;
            lanes.add(pool.submit(() -> counterLane(lane)));
        }
    }

    /** Stops sending new requests and waits until every one in flight is resolved or given up. */
    void stop() throws Exception {
        stoppedAt = System.nanoTime();
        running = false;
        for (Future<?> lane : lanes) {
            lane.get(3, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
    }

    long expectedCashFen(Card card, long initialFen) {
        return initialFen + toldFen.get(card.id()).get();
    }

    long unexpectedCount() {
        return unexpected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private void terminalLane(Registered terminal, int lane) {
        PurchaseTerminal link = null;
        int trace = 0;
        try {
            while (running) {
                Card card = cards.get((lane + trace) % cards.size());
                long amountFen = 100 + (trace * 37L + lane) % 900;
                IsoMessage purchase = TerminalMessages.purchase(terminal.code(), ++trace, card.serial(), amountFen,
                        fx.outlet, ZonedDateTime.now(TerminalMessages.ZONE));
                requests.incrementAndGet();
                String answer = null;
                while (answer == null) {
                    try {
                        if (link == null) {
                            link = new PurchaseTerminal(terminalPort, terminal.key());
                        }
                        sends.incrementAndGet();
                        String code = link.exchange(purchase).text(39);
                        answer = "96".equals(code) || "91".equals(code) ? null : code;
                        if (answer == null) {
                            count(retriableKinds, "terminal " + code);
                        }
                    } catch (IOException e) {
                        count(retriableKinds, "terminal link lost");
                        close(link);
                        link = null;
                    }
                    if (answer == null && !retry()) {
                        break;
                    }
                }
                if ("00".equals(answer)) {
                    approvals.incrementAndGet();
                    toldFen.get(card.id()).addAndGet(-amountFen);
                } else if ("51".equals(answer)) {
                    declines.incrementAndGet();
                } else if (answer != null) {
                    count(unexpected, "terminal " + answer);
                }
            }
        } catch (Exception e) {
            count(unexpected, "terminal lane " + e);
        } finally {
            close(link);
        }
    }

    private void counterLane(int lane) {
        for (int n = 0; running; n++) {
            Card card = cards.get((lane * 7 + n) % cards.size());
            long amountFen = 1_000 + n % 50;
            String key = keyPrefix + lane + "-" + n;
            requests.incrementAndGet();
            Integer status = null;
            while (status == null) {
                sends.incrementAndGet();
                status = recharge(card, amountFen, key);
                if (status == null && !retry()) {
                    break;
                }
            }
            if (status != null && status / 100 == 2) {
                recharges.incrementAndGet();
                toldFen.get(card.id()).addAndGet(amountFen);
            } else if (status != null) {
                count(unexpected, "http " + status);
            }
        }
    }

    /** The HTTP status, or null for a retriable failure (503 with code 9001, or no answer at all). */
    private Integer recharge(Card card, long amountFen, String key) {
        try {
            EntityExchangeResult<byte[]> result = web.post().uri("/api/cards/" + card.id() + "/recharge")
                    .headers(h -> {
                        h.setBearerAuth(fx.admin.token());
                        h.set("Idempotency-Key", key);
                    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amountFen", amountFen))
                    .exchange().expectBody().returnResult();
            int status = result.getStatus().value();
            if (status == 503) {
                String body = new String(result.getResponseBodyContent() == null ? new byte[0]
                        : result.getResponseBodyContent());
                boolean problem = String.valueOf(result.getResponseHeaders().getContentType()).contains("problem+json")
                        && body.contains("\"code\":9001");
                if (problem) {
                    count(retriableKinds, "http 503");
                    return null;
                }
                return 599;
            }
            return status;
        } catch (RuntimeException e) {
            count(retriableKinds, "http no answer");
            return null;
        }
    }

    /** Counts a retriable failure and pauses; false once the request has been failing too long after stop(). */
    private boolean retry() {
        retriable.incrementAndGet();
        if (!running && System.nanoTime() - stoppedAt > RESOLVE_LIMIT_NANOS) {
            unresolved.incrementAndGet();
            return false;
        }
        try {
            Thread.sleep(RETRY_PAUSE_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unresolved.incrementAndGet();
            return false;
        }
    }

    private static void count(ConcurrentMap<String, AtomicLong> counts, String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static void close(PurchaseTerminal link) {
        if (link != null) {
            try {
                link.close();
            } catch (IOException e) {
                // the link is dropped either way
            }
        }
    }
}
