package org.onecard.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.identity.AuthClient.access;
import static org.onecard.identity.AuthClient.problem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.AuthClient;
import org.onecard.identity.MutableClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Permissions;
import org.onecard.identity.Roles;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@Import(MutableClock.Config.class)
class OperatorLoginTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "correct horse 1";

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    MutableClock clock;

    AuthClient auth;

    @BeforeEach
    void setUp() {
        auth = new AuthClient(web);
    }

    @Test
    @SuppressWarnings("unchecked")
    void signInGivesBearerTokensAndMeShowsRolesAndPermissions() {
        String username = newOperator(null, Roles.FINANCE);

        Map<String, Object> tokens = auth.tokens(auth.login(username, PASSWORD));

        assertThat(tokens).containsEntry("tokenType", "Bearer").containsEntry("expiresInSeconds", 900);
        assertThat((String) tokens.get("refreshToken")).hasSize(43);
        auth.get("/api/auth/me", access(tokens)).expectStatus().isOk().expectBody()
                .jsonPath("$.username").isEqualTo(username)
                .jsonPath("$.displayName").isEqualTo("Name of " + username)
                .jsonPath("$.roles").isEqualTo(List.of("FINANCE"))
                .jsonPath("$.permissions").value(perms -> assertThat((List<Object>) perms)
                        .contains("audit:read", "ledger:read", "ledger:verify")
                        .doesNotContain("ledger:adjust", "operator:manage"));
    }

    @Test
    void adminRoleGrantsEveryPermission() {
        String token = access(auth.tokens(auth.login(newOperator(null, Roles.ADMIN), PASSWORD)));

        auth.get("/api/auth/me", token).expectStatus().isOk().expectBody()
                .jsonPath("$.permissions").isEqualTo(Permissions.ALL.stream().sorted().toList());
    }

    @Test
    void threeWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheLockRunsOut() {
        String username = newOperator(null, Roles.CASHIER);

        problem(auth.login(username, "wrong-1"), 401, 2004);
        problem(auth.login(username, "wrong-2"), 401, 2004);
        problem(auth.login(username, "wrong-3"), 423, 2005);
        problem(auth.login(username, PASSWORD), 423, 2005);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        problem(auth.login(username, PASSWORD), 423, 2005);
        clock.advance(Duration.ofSeconds(2));
        auth.login(username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        String username = newOperator(null, Roles.CASHIER);
        for (int i = 0; i < 3; i++) {
            auth.login(username, "wrong");
        }
        clock.advance(Duration.ofMinutes(16));

        problem(auth.login(username, "wrong"), 401, 2004);
        problem(auth.login(username, "wrong"), 401, 2004);
        auth.login(username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void successfulSignInResetsTheFailureCount() {
        String username = newOperator(null, Roles.CASHIER);

        problem(auth.login(username, "wrong"), 401, 2004);
        problem(auth.login(username, "wrong"), 401, 2004);
        auth.login(username, PASSWORD).expectStatus().isOk();
        problem(auth.login(username, "wrong"), 401, 2004);
        problem(auth.login(username, "wrong"), 401, 2004);
        auth.login(username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void unknownUserGetsExactlyTheAnswerOfAWrongPassword() {
        String username = newOperator(null, Roles.CASHIER);

        Map<?, ?> unknown = problemBody(auth.login("nobody-" + username, PASSWORD));
        Map<?, ?> wrong = problemBody(auth.login(username, "wrong"));

        assertThat(unknown.get("code")).isEqualTo(2004);
        assertThat(unknown.get("detail")).isEqualTo(wrong.get("detail"));
        assertThat(unknown.get("title")).isEqualTo(wrong.get("title"));
    }

    @Test
    void disabledOperatorIsToldSoOnlyWithTheRightPassword() {
        String username = newOperator(null, Roles.CASHIER);
        operators.setEnabled(idOf(username), false).block();

        problem(auth.login(username, "wrong"), 401, 2004);
        problem(auth.login(username, PASSWORD), 403, 2011);
        operators.setEnabled(idOf(username), true).block();
        auth.login(username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void operatorCardIsAskedForOnlyAfterTheRightPasswordAndAskingDoesNotLock() {
        String username = newOperator("OP000123", Roles.CASHIER);

        problem(auth.login(username, "wrong"), 401, 2004);
        for (int i = 0; i < 4; i++) {
            problem(auth.login(username, PASSWORD), 401, 2006);
        }
        problem(auth.login(username, PASSWORD, "   "), 401, 2006);
        auth.login(username, PASSWORD, "OP000123").expectStatus().isOk();
    }

    @Test
    void wrongOperatorCardCountsTowardsTheLock() {
        String username = newOperator("OP000124", Roles.CASHIER);

        problem(auth.login(username, PASSWORD, "OP000999"), 401, 2007);
        problem(auth.login(username, "wrong"), 401, 2004);
        problem(auth.login(username, PASSWORD, "OP000998"), 423, 2005);
        problem(auth.login(username, PASSWORD, "OP000124"), 423, 2005);
    }

    @Test
    void operatorCardTypedWithSpacesLowerCaseAndEnterIsAccepted() {
        String username = newOperator("op00a125", Roles.CASHIER);

        auth.login(username, PASSWORD, "  oP00A125\r\n").expectStatus().isOk();
        auth.login(username, PASSWORD, "OP00a125\t").expectStatus().isOk();
    }

    @Test
    void scopesTravelInTheAccessToken() {
        String username = newOperator(null, Roles.CASHIER);
        operators.setScopes(idOf(username), Set.of(11L, 12L), Set.of(7L)).block();

        String token = access(auth.tokens(auth.login(username, PASSWORD)));
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(payload).contains("\"kind\":\"OPERATOR\"").contains("\"dept\":[11,12]").contains("\"outlet\":[7]")
                .contains("\"perms\":[").contains("\"ledger:read\"").contains("\"sub\":\"" + idOf(username) + "\"");
    }

    @Test
    void malformedJsonIsRefusedWithCode1000() {
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\": \"a\",")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(1000);
    }

    @Test
    void badFieldsAreRefusedWithCode1001NamingTheField() {
        problem(auth.post("/api/auth/login", Map.of("username", " ", "password", "x")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("username");
        problem(auth.post("/api/auth/login", Map.of("username", "a")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("password");
        problem(auth.post("/api/auth/login", Map.of("username", "a".repeat(65), "password", "x")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("username");
        problem(auth.post("/api/auth/login", Map.of("username", "a", "password", "x", "role", "ADMIN")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("role");
        problem(auth.post("/api/auth/login", Map.of("username", List.of("a"), "password", "x")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("username");
        problem(auth.post("/api/auth/login", Map.of("username", "a", "password", "x", "cardSerial", "9".repeat(129))),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("cardSerial");
    }

    @Test
    void overlongPasswordIsJustWrong() {
        String username = newOperator(null, Roles.CASHIER);

        problem(auth.login(username, PASSWORD + "x".repeat(100)), 401, 2004);
        problem(auth.login(username, "密".repeat(30)), 401, 2004);
    }

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    private String newOperator(String cardSerial, String... roles) {
        String username = "op" + NEXT.incrementAndGet();
        ids.put(username, operators.create(username, "Name of " + username, PASSWORD, Set.of(roles), cardSerial).block());
        return username;
    }

    private long idOf(String username) {
        return ids.get(username);
    }

    private static Map<?, ?> problemBody(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isUnauthorized().expectBody(Map.class).returnResult().getResponseBody();
    }
}
