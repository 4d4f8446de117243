package org.onecard.cards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Cardholders.items;
import static org.onecard.testing.Checks.problem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Cardholders;
import org.onecard.testing.Cardholders.Holder;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class CardholderCardTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    CardholderCredentials credentials;
    @Autowired
    DatabaseClient db;

    Cardholders holders;

    @BeforeEach
    void setUp() {
        holders = new Cardholders(web, people, Logins.operator(web, operators, "ADMIN"));
    }

    @Test
    void theStatementFollowsThePersonAcrossAReissuedCard() {
        Holder h = holders.withCard(3_000);
        holders.admin("POST", "/api/cards/" + h.cardId() + "/loss", null, null).expectStatus().isOk();
        Map<?, ?> fresh = holders.admin("POST", "/api/cards/" + h.cardId() + "/reissue", "re-" + h.cardNo(),
                Map.of("serial", "NEW" + h.serial())).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        holders.admin("POST", "/api/cards/" + fresh.get("id") + "/recharge", "r-" + h.cardNo(),
                Map.of("amountFen", 700)).expectStatus().isCreated();
        String token = token(h);

        List<Map<String, Object>> recharges = items(page(token, "?kind=RECHARGE"));

        assertThat(recharges).extracting(l -> l.get("amountFen")).containsExactly(700, 3_000);
        assertThat(recharges).extracting(l -> l.get("code")).containsExactly("RECHARGE_CASH", "RECHARGE_CASH");
        assertThat(recharges).allSatisfy(l -> assertThat(l).containsEntry("kind", "RECHARGE")
                .containsEntry("wallet", "CASH_WALLET"));
        assertThat(recharges.get(0)).containsEntry("balanceAfterFen", 3_700);
    }

    @Test
    void filtersByKindWalletAndDaysAndPages() {
        Holder h = holders.withCard(3_000);
        for (int i = 1; i <= 3; i++) {
            holders.admin("POST", "/api/cards/" + h.cardId() + "/recharge", "r" + i + h.cardNo(),
                    Map.of("amountFen", i * 100)).expectStatus().isCreated();
        }
        holders.admin("POST", "/api/cards/" + h.cardId() + "/refund", "f-" + h.cardNo(),
                Map.of("wallet", "CASH", "amountFen", 50)).expectStatus().isCreated();
        String token = token(h);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        Map<String, Object> all = page(token, "");
        assertThat(all.get("total")).isEqualTo(5);
        assertThat(items(all)).extracting(l -> l.get("amountFen")).containsExactly(-50, 300, 200, 100, 3_000);
        assertThat(items(page(token, "?kind=REFUND"))).extracting(l -> l.get("amountFen")).containsExactly(-50);
        assertThat(page(token, "?kind=CONSUMPTION").get("total")).isEqualTo(0);
        assertThat(page(token, "?wallet=SUBSIDY_WALLET").get("total")).isEqualTo(0);
        assertThat(page(token, "?wallet=CASH_WALLET&kind=RECHARGE").get("total")).isEqualTo(4);

        Map<String, Object> second = page(token, "?size=2&page=1");
        assertThat(second).containsEntry("total", 5).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(items(second)).extracting(l -> l.get("amountFen")).containsExactly(200, 100);
        assertThat(items(page(token, "?size=2&page=2"))).extracting(l -> l.get("amountFen")).containsExactly(3_000);
        assertThat(items(page(token, "?size=2&page=3"))).isEmpty();

        assertThat(page(token, "?from=" + today + "&to=" + today).get("total")).isEqualTo(5);
        assertThat(page(token, "?from=" + today.plusDays(1)).get("total")).isEqualTo(0);
        assertThat(page(token, "?to=" + today.minusDays(1)).get("total")).isEqualTo(0);
    }

    @Test
    void badStatementQueriesAreRefusedAndNamed() {
        Holder h = holders.withCard(100);
        String token = token(h);
        LocalDate today = LocalDate.now();

        web.get().uri("/api/h5/transactions?from=" + today + "&to=" + today.minusDays(1))
                .headers(x -> x.setBearerAuth(token)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(1001).jsonPath("$.errors[0].field").isEqualTo("from");
        for (String bad : List.of("?size=0", "?size=101", "?page=-1", "?kind=BOGUS", "?wallet=POINTS_WALLET",
                "?from=2026-13-01", "?page=x")) {
            assertThat(holders.call(token, "GET", "/api/h5/transactions" + bad, null, null).expectStatus()
                    .isBadRequest().expectBody(Map.class).returnResult().getResponseBody())
                    .as(bad).containsKey("code");
        }
        problem(holders.call(null, "GET", "/api/h5/transactions", null, null), 401, 2001);
        String admin = Logins.operator(web, operators, "ADMIN");
        problem(holders.call(admin, "GET", "/api/h5/transactions", null, null), 403, 2010);
    }

    @Test
    void reportingMyCardLostBlacklistsItOnceAndAgainIsHarmless() {
        Holder h = holders.withCard(100);
        String token = token(h);
        long versionBefore = listVersion();

        holders.call(token, "POST", "/api/h5/cards/" + h.cardNo() + "/loss", null, null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("LOST").jsonPath("$.changed").isEqualTo(true)
                .jsonPath("$.cardNo").isEqualTo(h.cardNo());
        holders.call(token, "POST", "/api/h5/cards/" + h.cardNo() + "/loss", null, null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("LOST").jsonPath("$.changed").isEqualTo(false);

        assertThat(count("SELECT COUNT(*) AS n FROM list_change WHERE card_id = " + h.cardId()
                + " AND list_kind = 'BLACKLIST' AND action = 'ADD'")).isEqualTo(1);
        assertThat(listVersion()).isGreaterThan(versionBefore);
        assertThat(count("SELECT COUNT(*) AS n FROM card_event WHERE card_id = " + h.cardId()
                + " AND kind = 'LOSS' AND operator_id IS NULL AND note LIKE '%cardholder%'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) AS n FROM audit_log WHERE actor_kind = 'CARDHOLDER' AND actor_id = "
                + h.personId() + " AND action = 'h5.card.loss' AND outcome = 'SUCCESS'")).isEqualTo(2);
        // the card centre sees the same lost card, and can take the loss back
        holders.admin("POST", "/api/cards/" + h.cardId() + "/unloss", null, null).expectStatus().isOk();
    }

    @Test
    void someoneElsesUnknownOrReplacedCardIsNotReportedLost() {
        Holder me = holders.withCard(100);
        Holder other = holders.withCard(100);
        String token = token(me);

        problem(holders.call(token, "POST", "/api/h5/cards/" + other.cardNo() + "/loss", null, null), 404, 1002);
        problem(holders.call(token, "POST", "/api/h5/cards/NO-SUCH-CARD/loss", null, null), 404, 1002);
        holders.admin("GET", "/api/cards/" + other.cardId(), null, null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("NORMAL");

        holders.admin("POST", "/api/cards/" + me.cardId() + "/loss", null, null).expectStatus().isOk();
        holders.admin("POST", "/api/cards/" + me.cardId() + "/reissue", "re-" + me.cardNo(),
                Map.of("serial", "NEW" + me.serial())).expectStatus().isCreated();
        holders.call(token, "POST", "/api/h5/cards/" + me.cardNo() + "/loss", null, null).expectStatus()
                .isEqualTo(409);
        assertThat(count("SELECT COUNT(*) AS n FROM audit_log WHERE actor_kind = 'CARDHOLDER' AND actor_id = "
                + me.personId() + " AND action = 'h5.card.loss' AND outcome = 'FAILURE'")).isEqualTo(3);
    }

    private String token(Holder h) {
        credentials.setPassword(h.personId(), "123456").block();
        return holders.token(h.employeeNo(), "123456");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> page(String token, String query) {
        return (Map<String, Object>) holders.call(token, "GET", "/api/h5/transactions" + query, null, null).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private long listVersion() {
        return count("SELECT COALESCE(MAX(id), 0) AS n FROM list_change");
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
    }
}
