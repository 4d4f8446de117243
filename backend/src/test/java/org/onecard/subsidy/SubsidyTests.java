package org.onecard.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class SubsidyTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    SubsidyExpiry expiry;
    @Autowired
    SubsidyRegistration registration;
    @Autowired
    org.springframework.transaction.ReactiveTransactionManager transactions;

    String admin;
    long personId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        personId = people.insertPerson("S" + NEXT.incrementAndGet(), "补贴人", unit).block();
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void cumulativeSubsidiesAddUpAndARetryGrantsOnce() {
        long card = issue();
        Map<String, Object> first = item(10_000, "CUMULATIVE", null);
        for (int i = 0; i < 3; i++) {
            register("cum-1", true, first).expectStatus().isCreated();
        }
        register("cum-2", true, item(5_000, null, null)).expectStatus().isCreated();

        assertThat(card(card)).containsEntry("subsidyFen", 15_000);
        assertThat(subsidies("CLAIMED")).hasSize(2);
        assertThat(sum("SUBSIDY_GRANT")).isEqualTo(15_000);
        problem(register("cum-1", true, item(10_001, "CUMULATIVE", null)), 409, 1007);
        assertBooksClean();
    }

    @Test
    void aResetClearsTheSubsidyWalletThenSetsTheNewAmount() {
        long card = issue();
        register("r-1", true, item(30_000, "CUMULATIVE", null)).expectStatus().isCreated();
        refundSubsidy(card, 1_000);
        register("r-2", true, item(5_000, "RESET", null)).expectStatus().isCreated();

        assertThat(card(card)).containsEntry("subsidyFen", 5_000);
        assertThat(sum("SUBSIDY_CLEARED")).as("what was left is reported as subsidy cleared").isEqualTo(29_000);
        assertThat(subsidies("SUPERSEDED")).hasSize(1);
        assertThat(subsidies("CLAIMED")).singleElement().satisfies(s -> assertThat(s).containsEntry("mode", "RESET"));
        assertBooksClean();
    }

    @Test
    void expiryClearsWhatIsLeftOfEachSubsidyEarliestFirstAndOnlyOnce() {
        long card = issue();
        register("e-1", true, item(100, null, today.plusDays(1))).expectStatus().isCreated();
        register("e-2", true, item(200, null, today.plusDays(5))).expectStatus().isCreated();
        refundSubsidy(card, 30);

        assertThat(expiry.expireDue(today.plusDays(1)).block()).as("still valid on its last day").isZero();
        assertThat(expiry.expireDue(today.plusDays(2)).block()).isEqualTo(1);
        assertThat(card(card)).as("30 were spent from the first subsidy: 70 cleared").containsEntry("subsidyFen", 200);
        assertThat(expiry.expireDue(today.plusDays(2)).block()).as("once only").isZero();
        assertThat(expiry.expireDue(today.plusDays(6)).block()).isEqualTo(1);

        assertThat(card(card)).containsEntry("subsidyFen", 0);
        assertThat(sum("SUBSIDY_CLEARED")).isEqualTo(270);
        assertThat(subsidies("EXPIRED")).extracting(s -> s.get("clearedFen")).containsExactlyInAnyOrder(70, 200);
        assertBooksClean();
    }

    @Test
    void monthOnlySubsidiesEndWithTheirMonth() {
        setParameter("subsidyMonthOnly", true);
        issue();
        YearMonth month = YearMonth.from(today);
        Map<String, Object> s = one(register("m-1", true, item(1_000, null, null)));
        assertThat(s).containsEntry("expiresOn", month.atEndOfMonth().toString()).containsEntry("month", month.toString());
        Map<String, Object> later = one(register("m-2", true, item(1_000, null, month.atEndOfMonth().plusDays(40))));
        assertThat(later).as("clipped to the month").containsEntry("expiresOn", month.atEndOfMonth().toString());

        Map<String, Object> lastMonth = item(1_000, null, null);
        lastMonth.put("month", month.minusMonths(1).toString());
        problem(register("m-3", true, lastMonth), 422, 5020);

        assertThat(expiry.expireDue(month.plusMonths(1).atDay(1)).block()).isEqualTo(2);
        assertThat(sum("SUBSIDY_CLEARED")).isEqualTo(2_000);
        assertBooksClean();
    }

    @Test
    void aLostCardsSubsidyWaitsAndTheReissuedCardReceivesIt() {
        long card = issue();
        register("l-0", true, item(1_000, null, null)).expectStatus().isCreated();
        post("/api/cards/" + card + "/loss", null, Map.of()).expectStatus().isOk();
        Map<String, Object> pending = one(register("l-1", true, item(2_500, null, null)));
        assertThat(pending).containsEntry("status", "DISTRIBUTED");
        assertThat(card(card)).containsEntry("subsidyFen", 1_000).containsEntry("pendingSubsidyFen", 2_500);

        Map<String, Object> reissued = post("/api/cards/" + card + "/reissue", "l-re",
                Map.of("serial", "SUBRE" + NEXT.incrementAndGet())).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(reissued).containsEntry("subsidyFen", 3_500).containsEntry("pendingSubsidyFen", 0);
        assertThat(subsidies("DISTRIBUTED")).isEmpty();
        assertBooksClean();
    }

    @Test
    void aCardIsNotCancelledWhileASubsidyIsPending() {
        long card = issue();
        Map<String, Object> registered = one(register("p-1", false, item(800, null, null)));
        assertThat(registered).containsEntry("status", "REGISTERED");

        problem(post("/api/cards/" + card + "/cancel", "p-cancel", Map.of("cardReturned", true)), 409, 5018);
        assertThat(card(card)).containsEntry("status", "NORMAL");

        web.delete().uri("/api/subsidies/" + id(registered)).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DELETED");
        post("/api/cards/" + card + "/cancel", "p-cancel-2", Map.of("cardReturned", true)).expectStatus().isOk();
        assertBooksClean();
    }

    @Test
    void registeredSubsidiesAreDistributedOnceByIdsOrBatch() {
        long card = issue();
        Map<String, Object> body = new HashMap<>(Map.of("items", List.of(item(300, null, null)),
                "batchRef", "2026-11 餐补", "distribute", false));
        long id = id(post("/api/subsidies", "d-1", body).expectStatus().isCreated()
                .expectBodyList(Map.class).returnResult().getResponseBody().get(0));
        for (int i = 0; i < 2; i++) {
            post("/api/subsidies/distribute", "d-2", Map.of("batchRef", "2026-11 餐补")).expectStatus().isOk()
                    .expectBody().jsonPath("$[0].status").isEqualTo("CLAIMED");
        }
        problem(post("/api/subsidies/distribute", "d-3", Map.of("ids", List.of(id))), 409, 5019);
        problem(post("/api/subsidies/distribute", "d-4", Map.of("ids", List.of(id), "batchRef", "x")), 400, 1001);
        problem(post("/api/subsidies/distribute", "d-5", Map.of("ids", List.of(987_654_321L))), 404, 1002);
        assertThat(card(card)).containsEntry("subsidyFen", 300);
        problem(web.delete().uri("/api/subsidies/" + id).headers(h -> h.setBearerAuth(admin)).exchange(), 409, 5019);
        assertBooksClean();
    }

    @Test
    void aDistributedSubsidyIsReversedOnceAndOnlyWhileTheWalletHoldsIt() {
        long card = issue();
        long claimed = id(one(register("v-1", true, item(2_000, null, null))));

        Map<String, Object> reversed = reverse(claimed, "v-rev").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(reversed).containsEntry("status", "REVERSED");
        reverse(claimed, "v-rev").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REVERSED");
        problem(reverse(claimed, "v-rev-2"), 409, 5019);
        assertThat(card(card)).containsEntry("subsidyFen", 0);
        assertThat(sum("SUBSIDY_REVERSAL")).isEqualTo(2_000);

        long spent = id(one(register("v-2", true, item(1_000, null, null))));
        refundSubsidy(card, 600);
        problem(reverse(spent, "v-rev-3"), 422, 3001);
        assertThat(subsidies("CLAIMED")).extracting(s -> s.get("id")).containsExactly((int) spent);

        long registered = id(one(register("v-3", false, item(500, null, null))));
        problem(reverse(registered, "v-rev-4"), 409, 5019);
        assertBooksClean();
    }

    @Test
    void anUnclaimedSubsidyExpiresWithoutMovingMoney() {
        Map<String, Object> s = one(register("u-1", true, item(700, null, today.plusDays(1))));
        assertThat(s).as("no card: waits").containsEntry("status", "DISTRIBUTED");
        assertThat(expiry.expireDue(today.plusDays(2)).block()).isEqualTo(1);
        assertThat(subsidies("EXPIRED")).singleElement().satisfies(e -> assertThat(e).containsEntry("clearedFen", 0));
        long card = issue();
        assertThat(card(card)).containsEntry("subsidyFen", 0);
        assertBooksClean();
    }

    @Test
    void anImportedSubsidyJoinsTheImportTransactionAndReachesTheWalletAfterTheCommit() {
        long card = issue();
        var tx = org.springframework.transaction.reactive.TransactionalOperator.create(transactions);
        long operator = ((Number) web.get().uri("/api/auth/me").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectBody(Map.class).returnResult().getResponseBody().get("id")).longValue();

        tx.transactional(registration.registerImported(personId, 1_200,
                        org.onecard.subsidy.domain.SubsidyMode.CUMULATIVE, null, "imp-1", operator)
                .then(reactor.core.publisher.Mono.error(new IllegalStateException("row 9 failed"))))
                .onErrorResume(IllegalStateException.class, e -> reactor.core.publisher.Mono.empty()).block();
        assertThat(subsidies("DISTRIBUTED")).as("rolled back with the import").isEmpty();

        for (int i = 0; i < 2; i++) {
            tx.transactional(registration.registerImported(personId, 1_200,
                    org.onecard.subsidy.domain.SubsidyMode.CUMULATIVE, null, "imp-2", operator)).block();
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> ((Number) card(card).get("subsidyFen")).longValue() == 1_200);
        assertThat(subsidies("CLAIMED")).hasSize(1);
        assertBooksClean();
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        issue();
        problem(register(null, true, item(100, null, null)), 400, 1006);
        problem(post("/api/subsidies", "b-1", Map.of("items", List.of())), 400, 1001);
        problem(register("b-2", true, item(0, null, null)), 400, 1001);
        problem(register("b-3", true, item(-5, null, null)), 400, 1001);
        problem(register("b-4", true, item(100, "SOMETIMES", null)), 400, 1001);
        problem(register("b-5", true, item(100, null, today.minusDays(1))), 422, 5020);
        Map<String, Object> stranger = item(100, null, null);
        stranger.put("personId", 987_654_321L);
        problem(register("b-6", true, stranger), 404, 1002);
        db.sql("UPDATE person SET status = 'RESIGNED' WHERE id = :id").bind("id", personId).then().block();
        problem(register("b-7", true, item(100, null, null)), 409, 5015);
        String cashier = Logins.operator(web, operators, "CASHIER");
        web.post().uri("/api/subsidies").headers(h -> {
            h.setBearerAuth(cashier);
            h.set("Idempotency-Key", "b-8");
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("items", List.of(item(100, null, null))))
                .exchange().expectStatus().isForbidden();

        assertThat(db.sql("SELECT COUNT(*) AS n FROM subsidy WHERE person_id = :p").bind("p", personId)
                .map(r -> ((Number) r.get("n")).longValue()).one().block()).isZero();
        assertBooksClean();
    }

    private long issue() {
        Map<String, Object> body = new HashMap<>(Map.of("personId", personId, "serial", "SUB" + NEXT.incrementAndGet(),
                "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", 0));
        return id(post("/api/cards", "issue-" + NEXT.incrementAndGet(), body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody());
    }

    private Map<String, Object> item(long amountFen, String mode, LocalDate expiresOn) {
        Map<String, Object> item = new HashMap<>();
        item.put("personId", personId);
        item.put("amountFen", amountFen);
        if (mode != null) {
            item.put("mode", mode);
        }
        if (expiresOn != null) {
            item.put("expiresOn", expiresOn.toString());
        }
        return item;
    }

    private WebTestClient.ResponseSpec register(String key, boolean distribute, Map<String, Object> item) {
        return post("/api/subsidies", key, Map.of("items", List.of(item), "distribute", distribute));
    }

    private Map<String, Object> one(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBodyList(Map.class).returnResult().getResponseBody().get(0);
    }

    private WebTestClient.ResponseSpec reverse(long id, String key) {
        return post("/api/subsidies/" + id + "/reverse", key, Map.of());
    }

    private void refundSubsidy(long card, long amountFen) {
        post("/api/cards/" + card + "/refund", "rf-" + NEXT.incrementAndGet(),
                Map.of("wallet", "SUBSIDY", "amountFen", amountFen)).expectStatus().isCreated();
    }

    private List<Map<String, Object>> subsidies(String status) {
        return (List<Map<String, Object>>) web.get().uri(u -> u.path("/api/subsidies").queryParam("personId", personId)
                        .queryParam("status", status).build())
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("items");
    }

    private Map<String, Object> card(long card) {
        return web.get().uri("/api/cards/" + card).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private void setParameter(String name, Object value) {
        Map<String, Object> params = web.get().uri("/api/parameters").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        params.put(name, value);
        web.put().uri("/api/parameters").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(params).exchange().expectStatus().isOk();
    }

    private long sum(String code) {
        return db.sql("SELECT COALESCE(SUM(t.amount), 0) AS n FROM ledger_transfer t JOIN ledger_account a"
                        + " ON a.id = t.debit_account_id OR a.id = t.credit_account_id"
                        + " WHERE t.code = :code AND a.owner_type = 'PERSON' AND a.owner_id = :person")
                .bind("code", code).bind("person", personId)
                .map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private WebTestClient.ResponseSpec post(String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin);
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    private void assertBooksClean() {
        Checks.booksClean(web, admin);
    }
}
