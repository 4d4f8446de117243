package org.onecard.payments;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** A cardholder with a card and a mobile-page session, and an administrator, for payment tests. */
public final class PaymentFixture {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final WebTestClient web;
    final String admin;
    final long personId;
    final long cardId;
    final String cardholder;
    final String employeeNo;

    public PaymentFixture(WebTestClient web, Operators operators, PeopleStore people, CardholderCredentials credentials) {
        this.web = web;
        this.admin = Logins.operator(web, operators, "ADMIN");
        int n = NEXT.incrementAndGet();
        this.employeeNo = "P" + System.nanoTime() % 1_000_000_000L + n;
        long unit = people.insertOrgUnit("Q" + n + System.nanoTime() % 10_000L, "支付部" + n, null).block();
        this.personId = people.insertPerson(employeeNo, "付款人", unit).block();
        credentials.setPassword(personId, "123456").block();
        Map<String, Object> issue = new HashMap<>();
        issue.put("personId", personId);
        issue.put("serial", "PAY" + System.nanoTime() % 1_000_000_000L + n);
        issue.put("depositFen", 0);
        issue.put("cardCostFen", 0);
        Map<?, ?> card = web.post().uri("/api/cards").headers(h -> h.setBearerAuth(admin))
                .header("Idempotency-Key", "issue-" + employeeNo).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(issue).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        this.cardId = ((Number) card.get("id")).longValue();
        this.cardholder = Logins.tokenFor(web, "/api/h5/auth/login", Map.of("employeeNo", employeeNo, "password", "123456"));
    }

    ResponseSpec createOrder(String key, Object channel, Object amountFen) {
        return createOrder(key, channel, amountFen, null);
    }

    ResponseSpec createOrder(String key, Object channel, Object amountFen, Object mode) {
        return createOrder(key, channel, amountFen, mode, null);
    }

    /** An order in a pay mode (for JSAPI, with the payer's openid); a null mode or openid is left out. */
    ResponseSpec createOrder(String key, Object channel, Object amountFen, Object mode, String openid) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        body.put("amountFen", amountFen);
        if (mode != null) {
            body.put("mode", mode);
        }
        if (openid != null) {
            body.put("openid", openid);
        }
        return web.post().uri("/api/h5/payments/orders").headers(h -> {
            h.setBearerAuth(cardholder);
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Creates an order and returns its answer. */
    public Map<String, Object> order(String channel, long amountFen) {
        @SuppressWarnings("unchecked")
        Map<String, Object> order = createOrder("k-" + NEXT.incrementAndGet(), channel, amountFen)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return order;
    }

    public Map<?, ?> myOrder(String orderNo, boolean sync) {
        return web.get().uri("/api/h5/payments/orders/" + orderNo + "?sync=" + sync)
                .headers(h -> h.setBearerAuth(cardholder)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The cardholder gives the order up. */
    ResponseSpec close(String orderNo) {
        return web.post().uri("/api/h5/payments/orders/" + orderNo + "/close").headers(h -> h.setBearerAuth(cardholder))
                .exchange();
    }

    public long cashFen() {
        Map<?, ?> card = web.get().uri("/api/cards/" + cardId).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) card.get("cashFen")).longValue();
    }
}
