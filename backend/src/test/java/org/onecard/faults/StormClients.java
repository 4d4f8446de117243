package org.onecard.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Many clients let loose at once — terminals on their own connections, cashiers over HTTP — for the storm and race suites. */
final class StormClients {

    /** One HTTP answer: status, catalogue code (problem+json) or posting id, and whether it was a replay. */
    record HttpAnswer(int status, Object code, Object postingId, Object replayed, Object cashFen) {
    }

    private StormClients() {
    }

    /** Runs every task on its own thread, released together, and returns their results in order. */
    static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await(60, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code count} connections of the fixture's terminal. */
    static List<PurchaseTerminal> connections(int port, TerminalFixture fx, int count) throws Exception {
        List<PurchaseTerminal> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(new PurchaseTerminal(port, fx.key));
        }
        return links;
    }

    static void closeAll(List<PurchaseTerminal> links) throws Exception {
        for (PurchaseTerminal link : links) {
            link.close();
        }
    }

    /** A POST as the fixture's administrator under an Idempotency-Key. */
    static HttpAnswer post(WebTestClient web, TerminalFixture fx, String uri, String key, Object body) {
        EntityExchangeResult<Map> result = web.post().uri(uri).headers(h -> {
            h.setBearerAuth(fx.admin.token());
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody(Map.class).returnResult();
        Map<?, ?> b = result.getResponseBody();
        return new HttpAnswer(result.getStatus().value(), b.get("code"), b.get("postingId"), b.get("replayed"),
                b.get("cashFen"));
    }
}
