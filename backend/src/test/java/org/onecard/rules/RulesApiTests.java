package org.onecard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.cards.CardIssuing;
import org.onecard.cards.CardIssuing.IssueCommand;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class RulesApiTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    CardIssuing issuing;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Logins.operator(web, operators, "ADMIN");
    }

    @Test
    void parametersHaveDefaultsAndChangeWhenValid() {
        Map<String, Object> params = get("/api/parameters");
        assertThat(params.get("maxCardBalanceFen")).isEqualTo(999_900);
        assertThat(params.get("walletMode")).isEqualTo("DUAL");

        params.put("depositFen", 2_000);
        params.put("singleRechargeLimitFen", 50_000);
        put("/api/parameters", params).expectStatus().isOk();

        assertThat(get("/api/parameters")).containsEntry("depositFen", 2_000).containsEntry("singleRechargeLimitFen", 50_000);
    }

    @Test
    void invalidParametersAreRefusedFieldByFieldAndChangeNothing() {
        Map<String, Object> params = get("/api/parameters");
        params.put("maxCardBalanceFen", 0);
        params.put("cardValidityYears", 0);
        params.put("singleRechargeLimitFen", -1);
        put("/api/parameters", params).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(1001)
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
                        .contains("maxCardBalanceFen", "cardValidityYears", "singleRechargeLimitFen"));
        Map<String, Object> missing = get("/api/parameters");
        missing.remove("walletMode");
        put("/api/parameters", missing).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("walletMode");
        assertThat(get("/api/parameters")).containsEntry("maxCardBalanceFen", 999_900);
    }

    @Test
    void lockedParametersCannotChangeOnceACardExists() {
        Map<String, Object> before = get("/api/parameters");
        Map<String, Object> single = new HashMap<>(before);
        single.put("walletMode", "SINGLE");
        issueACard();

        put("/api/parameters", single).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo(5001);
        assertThat(get("/api/parameters")).containsEntry("walletMode", "DUAL");

        Map<String, Object> deposit = new HashMap<>(before);
        deposit.put("depositFen", 1_500);
        put("/api/parameters", deposit).expectStatus().isOk();
    }

    @Test
    void mealPeriodsAreReplacedAsAWholeWithoutOverlaps() {
        Map<String, Object> schedule = get("/api/meal-periods");
        List<Map<String, Object>> periods = periods(schedule);
        assertThat(periods).hasSize(8);

        periods.get(1).put("start", "09:00");
        put("/api/meal-periods", schedule).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("periods[1].start");

        periods.get(1).put("start", "10:00");
        periods.get(3).put("enabled", true);
        put("/api/meal-periods", schedule).expectStatus().isOk()
                .expectBody().jsonPath("$.periods[1].start").isEqualTo("10:00:00")
                .jsonPath("$.periods[3].enabled").isEqualTo(true);

        schedule.put("periods", periods.subList(0, 7));
        put("/api/meal-periods", schedule).expectStatus().isBadRequest();
    }

    @Test
    void cardTypesAreCreatedChangedAndDeletedWhenUnused() {
        Map<String, Object> body = cardType("教工卡");
        Map<String, Object> created = web.post().uri("/api/card-types").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Number id = (Number) created.get("id");
        assertThat(created.get("allowedMealPeriods")).isEqualTo(List.of(1, 2, 3));

        body.put("discountPercent", 80);
        put("/api/card-types/" + id, body).expectStatus().isOk()
                .expectBody().jsonPath("$.discountPercent").isEqualTo(80);
        web.get().uri("/api/card-types").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[*].name")
                .value(names -> assertThat((List<Object>) names).contains("普通卡", "教工卡"));

        web.delete().uri("/api/card-types/" + id).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isNoContent();
        web.get().uri("/api/card-types/" + id).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo(1002);
    }

    @Test
    void badCardTypesAreRefused() {
        post(cardType("学生卡")).expectStatus().isCreated();
        post(cardType("学生卡")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo(5003);

        Map<String, Object> zeroDiscount = cardType("零折");
        zeroDiscount.put("discountPercent", 0);
        post(zeroDiscount).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("discountPercent");

        Map<String, Object> noTerminals = cardType("无终端");
        noTerminals.put("allTerminals", false);
        post(noTerminals).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("allowedTerminals");

        put("/api/card-types/987654", cardType("无此卡类")).expectStatus().isNotFound();
    }

    @Test
    void aCardTypeHeldByACardCannotBeDeleted() {
        Number id = (Number) post(cardType("临时卡")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        long cardId = issueACard();
        db.sql("UPDATE card SET card_type_id = :type WHERE id = :id").bind("type", id.longValue()).bind("id", cardId)
                .then().block();

        web.delete().uri("/api/card-types/" + id).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo(5002);
    }

    @Test
    void readersMayLookButNotChange() {
        String cashier = Logins.operator(web, operators, "CASHIER");
        web.get().uri("/api/parameters").headers(h -> h.setBearerAuth(cashier)).exchange().expectStatus().isOk();
        web.put().uri("/api/parameters").headers(h -> h.setBearerAuth(cashier))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(get("/api/parameters")).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo(2010);
    }

    private long issueACard() {
        long unit = people.insertOrgUnit("0" + System.nanoTime() % 100_000, "部门", null).block();
        long person = people.insertPerson("P" + System.nanoTime() % 1_000_000_000L, "测试", unit).block();
        return issuing.issue(new IssueCommand(person, "S" + System.nanoTime(), null, null, 0L, 0L, 0),
                "rules-" + System.nanoTime(), 1L).block().id();
    }

    private static Map<String, Object> cardType(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("discountPercent", 100);
        body.put("perTransactionMaxFen", 5_000);
        body.put("validDays", 0);
        body.put("minBalanceFen", 0);
        body.put("maxBalanceFen", 0);
        body.put("deductionOrder", "SUBSIDY_THEN_CASH");
        body.put("perMealCountLimit", 2);
        body.put("perMealAmountLimitFen", 3_000);
        body.put("perDayCountLimit", 5);
        body.put("perDayAmountLimitFen", 10_000);
        body.put("allowedMealPeriods", List.of(1, 2, 3));
        body.put("allTerminals", true);
        body.put("allowedTerminals", List.of());
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> periods(Map<String, Object> schedule) {
        return (List<Map<String, Object>>) schedule.get("periods");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec put(String uri, Object body) {
        return web.put().uri(uri).headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(Object body) {
        return web.post().uri("/api/card-types").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
