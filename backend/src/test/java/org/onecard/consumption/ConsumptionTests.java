package org.onecard.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
class ConsumptionTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;

    String admin;
    long personId;
    long outletId;
    long cardId;
    long issuePosting;
    Instant lunch;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        personId = people.insertPerson("C" + NEXT.incrementAndGet(), "就餐人", unit).block();
        long merchant = id(post("/api/merchants", null, Map.of("name", "食堂公司" + NEXT.incrementAndGet()))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        outletId = id(post("/api/outlets", null, Map.of("merchantId", merchant, "name", "一食堂", "kind", "CANTEEN"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        Map<String, Object> card = post("/api/cards", "issue-" + NEXT.incrementAndGet(), Map.of("personId", personId,
                "serial", "CON" + NEXT.incrementAndGet(), "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", 1_000))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        cardId = id(card);
        issuePosting = ((Number) card.get("postingId")).longValue();
        post("/api/subsidies", "sub-" + NEXT.incrementAndGet(), Map.of("items",
                List.of(Map.of("personId", personId, "amountFen", 300)), "distribute", true)).expectStatus().isCreated();
        lunch = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void aSupplementaryEntryIsChargedSubsidyFirstOnceAtTheTimeItHappened() {
        Map<String, Object> entry = entry(500);
        Map<String, Object> first = post("/api/consumptions/supplementary", "sup-1", entry).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        post("/api/consumptions/supplementary", "sup-1", entry).expectStatus().isCreated()
                .expectBody().jsonPath("$.postingId").isEqualTo(first.get("postingId"));

        assertThat(first).containsEntry("kind", "SUPPLEMENT").containsEntry("subsidyFen", 300)
                .containsEntry("cashFen", 200).containsEntry("terminalNo", "12");
        assertThat(Instant.parse((String) first.get("occurredAt"))).isEqualTo(lunch);
        assertThat(card()).containsEntry("subsidyFen", 0).containsEntry("cashFen", 800);
        entry.put("amountFen", 501);
        problem(post("/api/consumptions/supplementary", "sup-1", entry), 409, 1007);
        assertThat(list()).hasSize(1);
        Checks.booksClean(web, admin);
    }

    @Test
    void aCorrectionRefundsOrChargesTheDifferenceOnce() {
        long down = posting(post("/api/consumptions/supplementary", "s-1", entry(500)));
        Map<String, Object> corrected = post("/api/consumptions/" + down + "/correction", "c-1",
                Map.of("amountFen", 350)).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        post("/api/consumptions/" + down + "/correction", "c-1", Map.of("amountFen", 350)).expectStatus().isOk();

        assertThat(corrected).containsEntry("correctedAmountFen", 350);
        assertThat(card()).as("150 back to cash, which paid last").containsEntry("cashFen", 950)
                .containsEntry("subsidyFen", 0);
        problem(post("/api/consumptions/" + down + "/correction", "c-2", Map.of("amountFen", 300)), 409, 5021);

        long up = posting(post("/api/consumptions/supplementary", "s-2", entry(100)));
        post("/api/consumptions/" + up + "/correction", "c-3", Map.of("amountFen", 400)).expectStatus().isOk();
        assertThat(card()).containsEntry("cashFen", 550);
        long tooMuch = posting(post("/api/consumptions/supplementary", "s-3", entry(100)));
        problem(post("/api/consumptions/" + tooMuch + "/correction", "c-4", Map.of("amountFen", 100_000)), 422, 3001);
        assertThat(card()).containsEntry("cashFen", 450);
        Checks.booksClean(web, admin);
    }

    @Test
    void correctionsEndWithTheWindow() {
        long old = posting(post("/api/consumptions/supplementary", "w-1", entry(200)));
        db.sql("UPDATE consumption SET occurred_at = :at WHERE posting_id = :p")
                .bind("at", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(25)).bind("p", old)
                .then().block();
        problem(post("/api/consumptions/" + old + "/correction", "w-2", Map.of("amountFen", 100)), 409, 5022);
        assertThat(card()).containsEntry("cashFen", 1_000).containsEntry("subsidyFen", 100);
        Checks.booksClean(web, admin);
    }

    @Test
    void badEntriesAreRefusedAndChangeNothing() {
        problem(post("/api/consumptions/supplementary", null, entry(100)), 400, 1006);
        problem(post("/api/consumptions/supplementary", "b-1", entry(0)), 400, 1001);
        problem(post("/api/consumptions/supplementary", "b-2", entry(1_301)), 422, 3001);
        Map<String, Object> future = entry(100);
        future.put("occurredAt", Instant.now().plus(Duration.ofHours(1)).toString());
        problem(post("/api/consumptions/supplementary", "b-3", future), 422, 5023);
        Map<String, Object> ancient = entry(100);
        ancient.put("occurredAt", Instant.now().minus(Duration.ofDays(40)).toString());
        problem(post("/api/consumptions/supplementary", "b-4", ancient), 422, 5023);
        Map<String, Object> nowhere = entry(100);
        nowhere.put("outletId", 987_654_321L);
        problem(post("/api/consumptions/supplementary", "b-5", nowhere), 404, 1002);
        Map<String, Object> nobody = entry(100);
        nobody.put("personId", 987_654_321L);
        problem(post("/api/consumptions/supplementary", "b-6", nobody), 404, 1002);
        problem(post("/api/consumptions/987654321/correction", "b-7", Map.of("amountFen", 1)), 404, 1002);
        long p = posting(post("/api/consumptions/supplementary", "b-8", entry(100)));
        problem(post("/api/consumptions/" + p + "/correction", "b-9", Map.of("amountFen", 100)), 400, 1001);
        problem(post("/api/consumptions/" + p + "/correction", "b-10", Map.of("amountFen", -1)), 400, 1001);

        assertThat(list()).hasSize(1);
        assertThat(card()).containsEntry("cashFen", 1_000).containsEntry("subsidyFen", 200);
        Checks.booksClean(web, admin);
    }

    @Test
    void everyBookedMovementHasAPrintableReceipt() {
        Map<String, Object> issued = receipt(issuePosting);
        assertThat(issued).containsEntry("title", "发卡凭证").containsEntry("totalFen", 1_000)
                .containsEntry("cashBalanceFen", 1_000).containsEntry("personName", "就餐人")
                .containsEntry("organisation", "OneCard 一卡通");
        assertThat((String) issued.get("receiptNo")).matches("\\d{8}-0*" + issuePosting);
        assertThat(issued.get("cardNo")).isNotNull();
        assertThat((List<Map<String, Object>>) issued.get("lines")).extracting(l -> l.get("label"))
                .containsExactly("现金充值");

        long p = posting(post("/api/consumptions/supplementary", "r-1", entry(400)));
        assertThat(receipt(p)).containsEntry("title", "补单凭证").containsEntry("totalFen", 400)
                .containsEntry("subsidyBalanceFen", 0).containsEntry("cashBalanceFen", 900);
        problem(web.get().uri("/api/receipts/987654321").headers(h -> h.setBearerAuth(admin)).exchange(), 404, 1002);
    }

    private Map<String, Object> receipt(long postingId) {
        return web.get().uri("/api/receipts/" + postingId).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> entry(long amountFen) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("personId", personId);
        entry.put("outletId", outletId);
        entry.put("terminalNo", "12");
        entry.put("occurredAt", lunch.toString());
        entry.put("amountFen", amountFen);
        return entry;
    }

    private long posting(WebTestClient.ResponseSpec response) {
        return ((Number) response.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("postingId")).longValue();
    }

    private List<Map<String, Object>> list() {
        return (List<Map<String, Object>>) web.get().uri("/api/consumptions?personId=" + personId)
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("items");
    }

    private Map<String, Object> card() {
        return web.get().uri("/api/cards/" + cardId).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
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
}
