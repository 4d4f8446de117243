package org.onecard.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class LedgerApiTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    AccountStore accounts;
    @Autowired
    DatabaseClient db;

    String admin;
    long wallet;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        wallet = accounts.open(AccountKind.CASH_WALLET, "TEST", System.nanoTime(), "wallet").block();
    }

    @Test
    void adjustmentBooksOnceAndARetryReturnsTheSameAnswer() {
        String body = credit(1250);

        Map<?, ?> first = adjust("k-1", body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> again = adjust("k-1", body).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(again.get("postingId")).isEqualTo(first.get("postingId"));
        assertThat(again.get("transfers")).isEqualTo(first.get("transfers"));
        assertThat(again.get("replayed")).isEqualTo(true);
        assertThat(first.get("replayed")).isEqualTo(false);
        assertThat(balance()).isEqualTo(1250);
        verifyIsClean();
    }

    @Test
    void reusedKeyWithADifferentAmountIsRefused() {
        adjust("k-2", credit(100)).expectStatus().isCreated();
        problem(adjust("k-2", credit(101)), 409, 1007);
        assertThat(balance()).isEqualTo(100);
    }

    @Test
    void debitBeyondTheBalanceIsDeclinedAndChangesNothing() {
        long auditBefore = db.sql("SELECT COALESCE(MAX(id), 0) AS n FROM audit_log")
                .map(r -> ((Number) r.get("n")).longValue()).one().block();
        adjust("k-3", credit(100)).expectStatus().isCreated();
        String debit = "{\"accountId\":" + wallet + ",\"direction\":\"DEBIT\",\"amountFen\":101,\"note\":\"x\"}";
        problem(adjust("k-4", debit), 422, 3001);
        assertThat(balance()).isEqualTo(100);
        verifyIsClean();
        assertThat(db.sql("SELECT outcome, detail FROM audit_log WHERE action = 'POST /api/ledger/adjustments'"
                        + " AND id > :before ORDER BY id").bind("before", auditBefore).map(r -> r.get("outcome", String.class) + " " + r.get("detail", String.class))
                .all().collectList().block())
                .as("both attempts are in the audit log with their outcome")
                .containsExactly("SUCCESS HTTP 201", "FAILURE HTTP 422, code 3001");
    }

    @Test
    void badAmountsAreRefusedNamingTheField() {
        for (String amount : new String[] {"-5", "0", "12.5", "\"100\"", "null", "1e3", "99999999999999999999"}) {
            String body = "{\"accountId\":" + wallet + ",\"direction\":\"CREDIT\",\"amountFen\":" + amount
                    + ",\"note\":\"x\"}";
            adjust("bad-" + amount, body)
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo(1001)
                    .jsonPath("$.errors[0].field").isEqualTo("amountFen");
        }
        assertThat(balance()).isZero();
    }

    @Test
    void otherBadInputGetsItsCatalogueCode() {
        problem(adjust("k-5", "{\"accountId\": 987654321, \"direction\":\"CREDIT\",\"amountFen\":5,\"note\":\"x\"}"),
                404, 3002);
        problem(adjust("k-6", "{\"accountId\": " + wallet + ", \"direction\":"), 400, 1000);
        problem(adjust("k-7", "{\"accountId\": " + wallet
                + ", \"direction\":\"SIDEWAYS\",\"amountFen\":5,\"note\":\"x\"}"), 400, 1001);
        problem(adjust("k-8", "{\"accountId\": " + wallet + ", \"direction\":\"CREDIT\",\"amountFen\":5}"), 400, 1001);
        problem(adjust("k-9", "{\"accountId\": " + wallet
                + ", \"direction\":\"CREDIT\",\"amountFen\":5,\"note\":\"x\",\"extra\":1}"), 400, 1001);
        problem(web.post().uri("/api/ledger/adjustments").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(credit(5)).exchange(), 400, 1006);
        problem(web.get().uri("/api/ledger/accounts/987654321").headers(h -> h.setBearerAuth(admin)).exchange(),
                404, 1002);
        problem(web.get().uri("/api/ledger/accounts/abc").headers(h -> h.setBearerAuth(admin)).exchange(), 400, 1001);
        assertThat(balance()).isZero();
    }

    @Test
    void moneyEndpointsNeedAValidTokenAndThePermission() {
        problem(web.post().uri("/api/ledger/adjustments").header("Idempotency-Key", "k-10")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(credit(5)).exchange(), 401, 2001);
        problem(web.post().uri("/api/ledger/adjustments").headers(h -> h.setBearerAuth("not.a.token"))
                .header("Idempotency-Key", "k-11").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credit(5)).exchange(), 401, 2003);
        String finance = Logins.operator(web, operators, "FINANCE");
        problem(web.post().uri("/api/ledger/adjustments").headers(h -> h.setBearerAuth(finance))
                .header("Idempotency-Key", "k-12").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credit(5)).exchange(), 403, 2010);
        web.get().uri("/api/ledger/verify").headers(h -> h.setBearerAuth(finance)).exchange().expectStatus().isOk();
        assertThat(balance()).isZero();
    }

    private String credit(long fen) {
        return "{\"accountId\":" + wallet + ",\"direction\":\"CREDIT\",\"amountFen\":" + fen + ",\"note\":\"x\"}";
    }

    private WebTestClient.ResponseSpec adjust(String key, String body) {
        return web.post().uri("/api/ledger/adjustments").headers(h -> h.setBearerAuth(admin))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, int code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.trace").doesNotExist();
    }

    private long balance() {
        return accounts.find(wallet).block().balance();
    }

    private void verifyIsClean() {
        web.get().uri("/api/ledger/verify").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.clean").isEqualTo(true);
    }
}
