package org.onecard.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.util.HashMap;
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
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

@MariaDbTest
class CardholderPasswordTests {

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
    void theCardCentresInitialPasswordAdmitsOnlyToChangingIt() {
        Holder h = holders.withCard(1_000);
        holders.setInitialPassword(h.personId(), "init-01").expectStatus().isNoContent();

        String token = holders.token(h.employeeNo(), "init-01");
        problem(holders.call(token, "GET", "/api/h5/me", null, null), 403, 6013);
        problem(holders.call(token, "GET", "/api/h5/transactions", null, null), 403, 6013);
        problem(holders.call(token, "POST", "/api/h5/cards/" + h.cardNo() + "/loss", null, null), 403, 6013);
        problem(holders.call(token, "GET", "/api/h5/payments/orders", null, null), 403, 6013);
        assertThat(credentials.mustChange(h.personId()).block()).isTrue();

        change(token, "init-01", "mine-123").expectStatus().isOk();

        holders.call(token, "GET", "/api/h5/me", null, null).expectStatus().isOk();
        assertThat(credentials.mustChange(h.personId()).block()).isFalse();
        problem(holders.login(h.employeeNo(), "init-01"), 401, 2004);
        holders.login(h.employeeNo(), "mine-123").expectStatus().isOk();
        assertThat(audit(h.personId(), "auth.password")).containsExactly("SUCCESS");
    }

    @Test
    void aResetByTheCardCentreForcesAChangeAgainAndLiftsTheLock() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "own-pass").block();
        for (int i = 0; i < 3; i++) {
            holders.login(h.employeeNo(), "wrong-pass");
        }
        problem(holders.login(h.employeeNo(), "own-pass"), 423, 2005);

        holders.setInitialPassword(h.personId(), "reset-1").expectStatus().isNoContent();

        String token = holders.token(h.employeeNo(), "reset-1");
        problem(holders.call(token, "GET", "/api/h5/me", null, null), 403, 6013);
    }

    @Test
    void signsInWithACardNumberEvenOfALostCardButNotAnUnknownOne() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "123456").block();

        holders.login(h.cardNo(), "123456").expectStatus().isOk();
        holders.admin("POST", "/api/cards/" + h.cardId() + "/loss", null, null).expectStatus().isOk();
        holders.login(h.cardNo(), "123456").expectStatus().isOk();

        problem(holders.login(h.cardNo(), "654321"), 401, 2004);
        problem(holders.login("9" + h.cardNo(), "123456"), 401, 2004);
        problem(holders.login(h.serial(), "123456"), 401, 2004); // the chip serial is not a sign-in name
    }

    @Test
    void aChangedPasswordEndsEverySessionAndAnswersWithAFreshOne() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "123456").block();
        Map<?, ?> phone = tokens(holders.login(h.employeeNo(), "123456"));
        Map<?, ?> tablet = tokens(holders.login(h.employeeNo(), "123456"));

        Map<?, ?> fresh = tokens(change((String) phone.get("accessToken"), "123456", "abcdef"));

        problem(refresh(tablet), 401, 2008);
        problem(refresh(phone), 401, 2008);
        Map<?, ?> next = tokens(refresh(fresh));
        holders.call((String) next.get("accessToken"), "GET", "/api/h5/me", null, null).expectStatus().isOk();
    }

    @Test
    void aPasswordSetByTheCardCentreEndsTheCardholdersSessions() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "123456").block();
        Map<?, ?> session = tokens(holders.login(h.employeeNo(), "123456"));
        Holder other = holders.withCard(0);
        credentials.setPassword(other.personId(), "123456").block();
        Map<?, ?> someoneElse = tokens(holders.login(other.employeeNo(), "123456"));

        holders.setInitialPassword(h.personId(), "reset-1").expectStatus().isNoContent();

        problem(refresh(session), 401, 2008);
        refresh(someoneElse).expectStatus().isOk();
    }

    @Test
    void theNewPasswordMustBeLongEnoughAndNew() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "123456").block();
        String token = holders.token(h.employeeNo(), "123456");

        problem(change(token, "123456", "12345"), 400, 6010);
        problem(change(token, "123456", "      "), 400, 6010);
        problem(change(token, "123456", "123456"), 400, 6011);
        problem(change(token, "123456", "密".repeat(25)), 400, 1001); // 75 bytes: more than BCrypt reads
        problem(changeBody(token, Map.of("oldPassword", "123456")), 400, 1001);
        problem(changeBody(token, Map.of("oldPassword", "", "newPassword", "abcdef")), 400, 1001);

        holders.login(h.employeeNo(), "123456").expectStatus().isOk();
        assertThat(audit(h.personId(), "auth.password")).containsOnly("FAILURE");
    }

    @Test
    void aWrongOldPasswordCountsTowardsTheLock() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "123456").block();
        String token = holders.token(h.employeeNo(), "123456");

        problem(change(token, "111111", "abcdef"), 422, 6012);
        problem(holders.login(h.employeeNo(), "222222"), 401, 2004);
        problem(change(token, "333333", "abcdef"), 423, 2005);
        problem(change(token, "123456", "abcdef"), 423, 2005);
        problem(holders.login(h.employeeNo(), "123456"), 423, 2005);

        assertThat(audit(h.personId(), "auth.password")).containsExactly("FAILURE", "DENIED", "DENIED");
    }

    @Test
    void onlyTheCardCentreSetsInitialPasswordsAndOnlyForSomeone() {
        Holder h = holders.withCard(0);
        credentials.setPassword(h.personId(), "123456").block();
        String cardholder = holders.token(h.employeeNo(), "123456");

        problem(holders.call(cardholder, "POST", "/api/people/" + h.personId() + "/h5-password", null,
                Map.of("password", "abcdef")), 403, 2010);
        problem(holders.setInitialPassword(h.personId(), "12345"), 400, 1001);
        problem(holders.setInitialPassword(987_654_321L, "abcdef"), 404, 1002);
        problem(holders.call(null, "POST", "/api/h5/auth/password", null,
                Map.of("oldPassword", "123456", "newPassword", "abcdef")), 401, 2001);
        holders.login(h.employeeNo(), "123456").expectStatus().isOk();
    }

    private ResponseSpec change(String token, String oldPassword, String newPassword) {
        Map<String, Object> body = new HashMap<>();
        body.put("oldPassword", oldPassword);
        body.put("newPassword", newPassword);
        return changeBody(token, body);
    }

    private ResponseSpec refresh(Map<?, ?> tokens) {
        return holders.call(null, "POST", "/api/h5/auth/refresh", null, Map.of("refreshToken", tokens.get("refreshToken")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tokens(ResponseSpec response) {
        Map<String, Object> body = response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).containsKeys("accessToken", "refreshToken");
        return body;
    }

    private ResponseSpec changeBody(String token, Map<String, Object> body) {
        return holders.call(token, "POST", "/api/h5/auth/password", null, body);
    }

    private List<String> audit(long personId, String action) {
        return db.sql("SELECT outcome FROM audit_log WHERE actor_kind = 'CARDHOLDER' AND actor_id = :id"
                        + " AND action = :action ORDER BY id")
                .bind("id", personId).bind("action", action).map(row -> row.get("outcome", String.class)).all()
                .collectList().block();
    }
}
