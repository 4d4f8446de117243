package org.onecard.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.util.HashMap;
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
class CardLifecycleTests {

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
    ReissueHolds holds;

    String cashier;
    long personId;

    @BeforeEach
    void setUp() {
        cashier = Logins.operator(web, operators, "ADMIN");
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        personId = people.insertPerson("E" + NEXT.incrementAndGet(), "持卡人", unit).block();
    }

    @Test
    void issueTakesDepositCostAndFirstRechargeOnceAndARetryReplays() {
        Map<String, Object> body = issueBody("AA" + NEXT.incrementAndGet(), 10_000);

        Map<String, Object> card = post("/api/cards", "issue-1", body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> again = post("/api/cards", "issue-1", body).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(card).containsEntry("status", "NORMAL").containsEntry("cashFen", 10_000)
                .containsEntry("depositFen", 2_000).containsEntry("costFen", 500);
        assertThat((String) card.get("cardNo")).hasSize(10);
        assertThat(again.get("id")).isEqualTo(card.get("id"));
        assertThat(again.get("replayed")).isEqualTo(true);
        body.put("firstRechargeFen", 10_001);
        problem(post("/api/cards", "issue-1", body), 409, 1007);
        assertThat(view(id(card))).containsEntry("cashFen", 10_000);
        assertBooksClean();
    }

    @Test
    void issueIsRefusedForAPersonWithACardATakenSerialOrALeaver() {
        String serial = "BB" + NEXT.incrementAndGet();
        post("/api/cards", "i-2", issueBody(serial, 0)).expectStatus().isCreated();

        problem(post("/api/cards", "i-3", issueBody("CC" + NEXT.incrementAndGet(), 0)), 409, 5017);
        long other = people.insertPerson("E" + NEXT.incrementAndGet(), "另一人",
                people.insertOrgUnit("9" + NEXT.incrementAndGet(), "x" + NEXT.get(), null).block()).block();
        Map<String, Object> sameSerial = issueBody(serial.toLowerCase(), 0);
        sameSerial.put("personId", other);
        problem(post("/api/cards", "i-4", sameSerial), 409, 5011);

        db.sql("UPDATE person SET status = 'RESIGNED' WHERE id = :id").bind("id", other).then().block();
        Map<String, Object> leaver = issueBody("DD" + NEXT.incrementAndGet(), 0);
        leaver.put("personId", other);
        problem(post("/api/cards", "i-5", leaver), 409, 5015);
        problem(post("/api/cards", null, issueBody("EE" + NEXT.incrementAndGet(), 0)), 400, 1006);
        assertBooksClean();
    }

    @Test
    void rechargeRespectsTheSingleLimitAndTheMaximumBalance() {
        long card = issue(0);
        setParameter("singleRechargeLimitFen", 50_000);
        setParameter("maxCardBalanceFen", 80_000);

        post("/api/cards/" + card + "/recharge", "r-1", Map.of("amountFen", 50_000)).expectStatus().isCreated();
        post("/api/cards/" + card + "/recharge", "r-1", Map.of("amountFen", 50_000)).expectStatus().isOk();
        problem(post("/api/cards/" + card + "/recharge", "r-2", Map.of("amountFen", 50_001)), 422, 5014);
        problem(post("/api/cards/" + card + "/recharge", "r-3", Map.of("amountFen", 30_001)), 422, 5013);
        post("/api/cards/" + card + "/recharge", "r-4", Map.of("amountFen", 30_000)).expectStatus().isCreated();
        problem(post("/api/cards/" + card + "/recharge", "r-5", Map.of("amountFen", -1)), 400, 1001);

        assertThat(view(card)).containsEntry("cashFen", 80_000);
        assertBooksClean();
    }

    @Test
    void lossUnlossFreezeAndRenewFollowTheRules() {
        long card = issue(1_000);

        action(card, "loss").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("LOST");
        problem(action(card, "loss"), 409, 5005);
        problem(post("/api/cards/" + card + "/recharge", "r-lost", Map.of("amountFen", 100)), 409, 5005);
        action(card, "unloss").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NORMAL");
        action(card, "freeze").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("FROZEN");
        problem(action(card, "freeze"), 409, 5006);
        action(card, "unfreeze").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NORMAL");
        String before = (String) view(card).get("expiresOn");
        action(card, "renew").expectStatus().isOk();
        assertThat((String) view(card).get("expiresOn")).isGreaterThan(before);
        assertThat(count("SELECT COUNT(*) AS n FROM list_change WHERE card_id = " + card + " AND list_kind = 'BLACKLIST'"))
                .as("loss, unloss, freeze and unfreeze each change the blacklist").isEqualTo(4);
    }

    @Test
    void onlyALostCardIsReissuedOnceAndTheBalanceCarriesOver() {
        long card = issue(3_000);
        problem(post("/api/cards/" + card + "/reissue", "re-0", Map.of("serial", "NEW" + NEXT.incrementAndGet())),
                409, 5004);
        action(card, "loss").expectStatus().isOk();

        String serial = "NEW" + NEXT.incrementAndGet();
        Map<String, Object> fresh = post("/api/cards/" + card + "/reissue", "re-1", Map.of("serial", serial))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        post("/api/cards/" + card + "/reissue", "re-1", Map.of("serial", serial)).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(fresh.get("id"));

        assertThat(fresh).containsEntry("status", "NORMAL").containsEntry("cashFen", 3_000)
                .containsEntry("reissuedFromCardId", (int) card);
        assertThat(view(card)).containsEntry("status", "REPLACED");
        problem(post("/api/cards/" + card + "/reissue", "re-2", Map.of("serial", "NEW" + NEXT.incrementAndGet())),
                409, 5008);
        problem(action(card, "unloss"), 409, 5008);
        web.get().uri("/api/cards/lookup?input=" + serial.toLowerCase()).headers(h -> h.setBearerAuth(cashier))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(fresh.get("id"));
        post("/api/cards/" + id(fresh) + "/recharge", "re-r", Map.of("amountFen", 500)).expectStatus().isCreated();
        assertThat(view(id(fresh))).containsEntry("cashFen", 3_500);
        Map<String, Object> history = web.get().uri("/api/cards/" + id(fresh) + "/transactions?size=10")
                .headers(h -> h.setBearerAuth(cashier)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((java.util.List<Map<String, Object>>) history.get("items"))
                .as("the new card's history includes the old card's first recharge")
                .extracting(l -> l.get("code") + " " + l.get("amountFen") + " " + l.get("balanceAfterFen"))
                .containsExactly("RECHARGE_CASH 500 3500", "RECHARGE_CASH 3000 3000");
        assertBooksClean();
    }

    @Test
    void cancellingReturnsBalanceAndDepositAndALostCardCanThenNeverBeUnlost() {
        long returned = issue(4_000);
        Map<String, Object> cancelled = post("/api/cards/" + returned + "/cancel", "c-1", Map.of("cardReturned", true))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        post("/api/cards/" + returned + "/cancel", "c-1", Map.of("cardReturned", true)).expectStatus().isOk()
                .expectBody().jsonPath("$.replayed").isEqualTo(true);
        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("cashFen", 0);
        assertThat(drawerTransfers("DEPOSIT_REFUND")).isEqualTo(2_000);
        problem(post("/api/cards/" + returned + "/cancel", "c-2", Map.of("cardReturned", true)), 409, 5007);

        setUp();
        long lost = issue(1_500);
        action(lost, "loss").expectStatus().isOk();
        post("/api/cards/" + lost + "/cancel", "c-3", Map.of("cardReturned", false, "moveToResigned", true))
                .expectStatus().isOk();
        web.get().uri("/api/people/" + personId).headers(h -> h.setBearerAuth(cashier)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RESIGNED");
        problem(action(lost, "unloss"), 409, 5010);
        problem(post("/api/cards/" + lost + "/reissue", "c-4", Map.of("serial", "ZZ" + NEXT.incrementAndGet())),
                409, 5010);
        assertThat(drawerTransfers("DEPOSIT_REFUND")).as("a card not handed back keeps its deposit").isEqualTo(2_000);
        assertBooksClean();
    }

    @Test
    void refundsTakeNoMoreThanTheBalanceAndALostCardRefundEndsItsLife() {
        long card = issue(1_000);
        post("/api/cards/" + card + "/refund", "f-1", Map.of("wallet", "CASH", "amountFen", 400))
                .expectStatus().isCreated().expectBody().jsonPath("$.cashFen").isEqualTo(600);
        post("/api/cards/" + card + "/refund", "f-1", Map.of("wallet", "CASH", "amountFen", 400))
                .expectStatus().isOk().expectBody().jsonPath("$.cashFen").isEqualTo(600);
        problem(post("/api/cards/" + card + "/refund", "f-2", Map.of("wallet", "CASH", "amountFen", 601)), 422, 3001);
        problem(post("/api/cards/" + card + "/refund", "f-3", Map.of("wallet", "SUBSIDY", "amountFen", 1)), 422, 3001);
        problem(post("/api/cards/" + card + "/refund", "f-4", Map.of("wallet", "GOLD", "amountFen", 1)), 400, 1001);

        action(card, "loss").expectStatus().isOk();
        post("/api/cards/" + card + "/refund", "f-5", Map.of("wallet", "CASH", "amountFen", 600))
                .expectStatus().isCreated();
        problem(action(card, "unloss"), 409, 5010);
        assertThat(view(card)).containsEntry("cashFen", 0).containsEntry("lostRefunded", true);
        assertBooksClean();
    }

    @Test
    void withGreyWaitingDaysTheBalanceReachesTheReissuedCardOnlyWhenTheyHavePassed() {
        long card = issue(2_500);
        setParameter("greyWaitingDays", 2);
        action(card, "loss").expectStatus().isOk();

        Map<String, Object> fresh = post("/api/cards/" + card + "/reissue", "grey-1",
                Map.of("serial", "GREY" + NEXT.incrementAndGet())).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(fresh).containsEntry("cashFen", 0);
        post("/api/cards/" + card + "/reissue", "grey-1", Map.of("serial", "GREY-again"))
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(fresh.get("id"));
        assertBooksClean();

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(holds.releaseDue(today.plusDays(1)).block()).isZero();
        assertThat(holds.releaseDue(today.plusDays(2)).block()).isEqualTo(1);
        assertThat(holds.releaseDue(today.plusDays(3)).block()).as("released once only").isZero();
        assertThat(view(id(fresh))).containsEntry("cashFen", 2_500);
        setParameter("greyWaitingDays", 0);
        assertBooksClean();
    }

    @Test
    void batchesWorkCardByCardAndAResentBatchCancelRefundsOnce() {
        long first = issue(700);
        setUp();
        long second = issue(300);
        action(second, "freeze").expectStatus().isOk();

        java.util.List<Map<String, Object>> frozen = post("/api/cards/batch/freeze", null,
                Map.of("cardIds", java.util.List.of(first, second, 987_654_321L))).expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(frozen).extracting(m -> m.get("done") + " " + m.get("code"))
                .containsExactly("true null", "false 5006", "false 1002");

        for (int attempt = 0; attempt < 2; attempt++) {
            post("/api/cards/batch/cancel", "grad-2026", Map.of("cardIds", java.util.List.of(first, second)))
                    .expectStatus().isOk().expectBody().jsonPath("$[*].done").isEqualTo(java.util.List.of(true, true));
        }
        assertThat(drawerTransfers("CANCEL_REFUND")).as("refunded once although sent twice").isEqualTo(1_000);
        assertThat(view(first)).containsEntry("status", "CANCELLED");
        problem(post("/api/cards/batch/freeze", null, Map.of("cardIds", java.util.List.of())), 400, 1001);
        assertBooksClean();
    }

    @Test
    void aBatchRechargeBooksEachCardOnceAndSaysWhichWereRefused() {
        long first = issue(0);
        long lost = issueToNewPerson();
        action(lost, "loss").expectStatus().isOk();
        for (int attempt = 0; attempt < 2; attempt++) {
            post("/api/cards/batch/recharge", "month-top-up", Map.of("cardIds", java.util.List.of(first, lost, 987_654L),
                    "amountFen", 2_500)).expectStatus().isOk()
                    .expectBody().jsonPath("$[*].done").isEqualTo(java.util.List.of(true, false, false))
                    .jsonPath("$[1].code").isEqualTo(5005).jsonPath("$[2].code").isEqualTo(1002);
        }
        assertThat(view(first)).containsEntry("cashFen", 2_500);
        assertThat(count("SELECT COALESCE(SUM(amount), 0) AS n FROM ledger_transfer WHERE code = 'RECHARGE_BATCH'"))
                .isEqualTo(2_500);
        problem(post("/api/cards/batch/recharge", null, Map.of("cardIds", java.util.List.of(first), "amountFen", 1)),
                400, 1006);
        problem(post("/api/cards/batch/recharge", "b-0", Map.of("cardIds", java.util.List.of(first), "amountFen", 0)),
                400, 1001);
        assertBooksClean();
    }

    @Test
    void anOperatorLimitedToOtherDepartmentsNeitherSeesNorChangesTheCard() {
        long card = issue(1_000);
        long elsewhere = people.insertOrgUnit("7" + NEXT.incrementAndGet(), "别处" + NEXT.get(), null).block();
        String outsider = org.onecard.people.ApiCalls.scoped(web, operators, java.util.Set.of(elsewhere),
                java.util.Set.of(), "ADMIN").token();
        String serial = (String) view(card).get("serial");

        web.get().uri("/api/cards/" + card).headers(h -> h.setBearerAuth(outsider)).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/cards/lookup?input=" + serial).headers(h -> h.setBearerAuth(outsider)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/cards/" + card + "/recharge").headers(h -> {
            h.setBearerAuth(outsider);
            h.set("Idempotency-Key", "outsider-1");
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amountFen", 100)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/cards/" + card + "/loss").headers(h -> h.setBearerAuth(outsider)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/cards/batch/freeze").headers(h -> h.setBearerAuth(outsider))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("cardIds", java.util.List.of(card)))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$[0].code").isEqualTo(2010);

        assertThat(view(card)).containsEntry("status", "NORMAL").containsEntry("cashFen", 1_000);
    }

    @Test
    void concurrentRechargesTogetherStayWithinTheMaximumBalance() throws Exception {
        setParameter("maxCardBalanceFen", 80_000);
        long card = issue(0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String key = "race-" + i;
                answers.add(pool.submit(() -> post("/api/cards/" + card + "/recharge", key,
                        Map.of("amountFen", 30_000)).returnResult(String.class).getStatus().value()));
            }
            long booked = 0;
            for (java.util.concurrent.Future<Integer> answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(201, 422);
                booked += status == 201 ? 1 : 0;
            }
            assertThat(booked).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(view(card)).containsEntry("cashFen", 60_000);
        assertBooksClean();
    }

    private long issueToNewPerson() {
        long other = people.insertPerson("E" + NEXT.incrementAndGet(), "另一人",
                people.insertOrgUnit("8" + NEXT.incrementAndGet(), "y" + NEXT.get(), null).block()).block();
        Map<String, Object> body = issueBody("N" + NEXT.incrementAndGet(), 0);
        body.put("personId", other);
        return id(post("/api/cards", "issue-" + NEXT.incrementAndGet(), body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody());
    }

    private long issue(long firstRechargeFen) {
        return id(post("/api/cards", "issue-" + NEXT.incrementAndGet(),
                issueBody("S" + NEXT.incrementAndGet(), firstRechargeFen))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
    }

    private Map<String, Object> issueBody(String serial, long firstRechargeFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("serial", serial);
        body.put("depositFen", 2_000);
        body.put("cardCostFen", 500);
        body.put("firstRechargeFen", firstRechargeFen);
        return body;
    }

    private void setParameter(String name, long value) {
        Map<String, Object> params = web.get().uri("/api/parameters").headers(h -> h.setBearerAuth(cashier)).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        params.put(name, value);
        web.put().uri("/api/parameters").headers(h -> h.setBearerAuth(cashier)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(params).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(cashier);
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec action(long card, String action) {
        return web.post().uri("/api/cards/" + card + "/" + action).headers(h -> h.setBearerAuth(cashier)).exchange();
    }

    private Map<String, Object> view(long card) {
        return web.get().uri("/api/cards/" + card).headers(h -> h.setBearerAuth(cashier)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static long id(Map<String, Object> card) {
        return ((Number) card.get("id")).longValue();
    }

    private long drawerTransfers(String code) {
        return count("SELECT COALESCE(SUM(amount), 0) AS n FROM ledger_transfer WHERE code = '" + code + "'");
    }

    private long count(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private void assertBooksClean() {
        Checks.booksClean(web, cashier);
    }
}
