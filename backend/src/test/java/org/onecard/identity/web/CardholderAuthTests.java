package org.onecard.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.identity.AuthClient.access;
import static org.onecard.identity.AuthClient.problem;
import static org.onecard.identity.AuthClient.refreshOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.AuthClient;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.MutableClock;
import org.onecard.identity.TestPeople;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@Import(MutableClock.Config.class)
class CardholderAuthTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    CardholderCredentials credentials;
    @Autowired
    DatabaseClient db;
    @Autowired
    MutableClock clock;

    AuthClient auth;

    @BeforeEach
    void setUp() {
        auth = new AuthClient(web);
    }

    @Test
    void cardholderSignsInWithEmployeeNumberAndGetsACardholderToken() {
        String employeeNo = cardholder("ACTIVE", "123456");

        Map<String, Object> tokens = auth.tokens(auth.cardholderLogin(employeeNo, "123456"));

        assertThat(tokens).containsEntry("tokenType", "Bearer");
        String payload = new String(Base64.getUrlDecoder().decode(access(tokens).split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"kind\":\"CARDHOLDER\"").contains("\"name\":\"张三\"").doesNotContain("perms");
    }

    @Test
    void cardholderTokenIsRefusedOnOperatorEndpoints() {
        String employeeNo = cardholder("ACTIVE", "123456");
        String token = access(auth.tokens(auth.cardholderLogin(employeeNo, "123456")));

        problem(auth.get("/api/auth/me", token), 403, 2010);
        problem(auth.get("/api/audit", token), 403, 2010);
    }

    @Test
    void unknownEmployeeNumberAndPersonWithoutPasswordGetTheWrongPasswordAnswer() {
        String withoutPassword = "N" + NEXT.incrementAndGet();
        TestPeople.person(db, withoutPassword, "李四", "ACTIVE");

        problem(auth.cardholderLogin("nobody", "123456"), 401, 2004);
        problem(auth.cardholderLogin(withoutPassword, "123456"), 401, 2004);
    }

    @Test
    void threeWrongPasswordsLockTheCardholderToo() {
        String employeeNo = cardholder("ACTIVE", "123456");

        problem(auth.cardholderLogin(employeeNo, "111111"), 401, 2004);
        problem(auth.cardholderLogin(employeeNo, "222222"), 401, 2004);
        problem(auth.cardholderLogin(employeeNo, "333333"), 423, 2005);
        problem(auth.cardholderLogin(employeeNo, "123456"), 423, 2005);

        clock.advance(Duration.ofMinutes(16));
        auth.cardholderLogin(employeeNo, "123456").expectStatus().isOk();
    }

    @Test
    void settingAPasswordReplacesTheOldOneAndLiftsTheLock() {
        String employeeNo = cardholder("ACTIVE", "123456");
        for (int i = 0; i < 3; i++) {
            auth.cardholderLogin(employeeNo, "wrong");
        }

        credentials.setPassword(personId(employeeNo), "654321").block();

        problem(auth.cardholderLogin(employeeNo, "123456"), 401, 2004);
        auth.cardholderLogin(employeeNo, "654321").expectStatus().isOk();
    }

    @Test
    void settingAPasswordNeedsAPersonAndAUsablePassword() {
        assertThatThrownBy(() -> credentials.setPassword(987654321L, "123456").block())
                .isInstanceOf(IllegalArgumentException.class);
        long person = personId(cardholder("ACTIVE", "123456"));
        assertThatThrownBy(() -> credentials.setPassword(person, " ").block()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credentials.setPassword(person, "x".repeat(73)).block())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personWhoLeftCannotSignIn() {
        String employeeNo = cardholder("RESIGNED", "123456");

        problem(auth.cardholderLogin(employeeNo, "wrong"), 401, 2004);
        problem(auth.cardholderLogin(employeeNo, "123456"), 403, 2011);
    }

    @Test
    void cardholderRefreshRotatesAndLogoutEndsTheSession() {
        String employeeNo = cardholder("ACTIVE", "123456");
        Map<String, Object> first = auth.tokens(auth.cardholderLogin(employeeNo, "123456"));

        Map<String, Object> second = auth.tokens(auth.post("/api/h5/auth/refresh", Map.of("refreshToken", refreshOf(first))));
        problem(auth.post("/api/h5/auth/refresh", Map.of("refreshToken", refreshOf(first))), 401, 2009);
        problem(auth.post("/api/h5/auth/refresh", Map.of("refreshToken", refreshOf(second))), 401, 2008);

        Map<String, Object> third = auth.tokens(auth.cardholderLogin(employeeNo, "123456"));
        auth.post("/api/h5/auth/logout", Map.of("refreshToken", refreshOf(third))).expectStatus().isNoContent();
        problem(auth.post("/api/h5/auth/refresh", Map.of("refreshToken", refreshOf(third))), 401, 2008);
    }

    @Test
    void refreshTokensDoNotCrossBetweenKinds() {
        String employeeNo = cardholder("ACTIVE", "123456");
        Map<String, Object> tokens = auth.tokens(auth.cardholderLogin(employeeNo, "123456"));

        problem(auth.refresh(refreshOf(tokens)), 401, 2008);
        auth.post("/api/auth/logout", Map.of("refreshToken", refreshOf(tokens))).expectStatus().isNoContent();

        auth.post("/api/h5/auth/refresh", Map.of("refreshToken", refreshOf(tokens))).expectStatus().isOk();
    }

    @Test
    void badInputNamesTheField() {
        problem(auth.post("/api/h5/auth/login", Map.of("employeeNo", "", "password", "x")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("employeeNo");
        problem(auth.post("/api/h5/auth/login", Map.of("employeeNo", "1".repeat(33), "password", "x")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("employeeNo");
    }

    private String cardholder(String status, String password) {
        String employeeNo = "E" + NEXT.incrementAndGet();
        long person = TestPeople.person(db, employeeNo, "张三", status);
        credentials.setPassword(person, password).block();
        return employeeNo;
    }

    private long personId(String employeeNo) {
        return db.sql("SELECT id FROM person WHERE employee_no = :no").bind("no", employeeNo)
                .map(row -> row.get("id", Long.class)).one().block();
    }
}
