package org.onecard.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.identity.AuthClient.access;
import static org.onecard.identity.AuthClient.problem;
import static org.onecard.identity.AuthClient.refreshOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.AuthClient;
import org.onecard.identity.MutableClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.identity.domain.OpaqueTokens;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@Import(MutableClock.Config.class)
class SessionTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "pass-word-1";

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
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
    void refreshHandsOutANewPairAndSpendsTheOldToken() {
        Map<String, Object> first = signIn(newOperator());

        Map<String, Object> second = auth.tokens(auth.refresh(refreshOf(first)));

        assertThat(refreshOf(second)).isNotEqualTo(refreshOf(first));
        assertThat(second).containsEntry("tokenType", "Bearer");
        auth.get("/api/auth/me", access(second)).expectStatus().isOk();
        Map<String, Object> third = auth.tokens(auth.refresh(refreshOf(second)));
        auth.get("/api/auth/me", access(third)).expectStatus().isOk();
        assertThat(storedRows()).as("only digests are stored").noneMatch(row -> row.equals(refreshOf(third)));
    }

    @Test
    void spentTokenPresentedAgainEndsTheWholeSession() {
        Map<String, Object> first = signIn(newOperator());
        Map<String, Object> second = auth.tokens(auth.refresh(refreshOf(first)));

        problem(auth.refresh(refreshOf(first)), 401, 2009);

        problem(auth.refresh(refreshOf(second)), 401, 2008);
        problem(auth.refresh(refreshOf(first)), 401, 2009);
    }

    @Test
    void reuseEndsOnlyThatSession() {
        String username = newOperator();
        Map<String, Object> laptop = signIn(username);
        Map<String, Object> desk = signIn(username);
        auth.tokens(auth.refresh(refreshOf(laptop)));

        problem(auth.refresh(refreshOf(laptop)), 401, 2009);

        auth.refresh(refreshOf(desk)).expectStatus().isOk();
    }

    @Test
    void concurrentRefreshesWithOneTokenSucceedExactlyOnce() throws Exception {
        String token = refreshOf(signIn(newOperator()));
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return web.post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("refreshToken", token)).exchange()
                            .returnResult(String.class).getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 401).hasSize(parallel - 1);
        } finally {
            pool.shutdownNow();
        }
        String family = "(SELECT family_id FROM refresh_token WHERE token_hash = :h)";
        assertThat(count("SELECT COUNT(*) AS n FROM refresh_token WHERE family_id = " + family, token))
                .as("the one winner issued one new token").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) AS n FROM refresh_token WHERE revoked_at IS NULL AND family_id = " + family, token))
                .as("the losers' reuse ended the session, the winner's new token included").isZero();
    }

    @Test
    void logoutEndsTheSessionAndIsAlways204() {
        Map<String, Object> tokens = signIn(newOperator());

        logout(refreshOf(tokens)).expectStatus().isNoContent();

        problem(auth.refresh(refreshOf(tokens)), 401, 2008);
        logout(refreshOf(tokens)).expectStatus().isNoContent();
        logout("never-issued-" + NEXT.incrementAndGet()).expectStatus().isNoContent();
        problem(auth.post("/api/auth/logout", Map.of("refreshToken", "")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("refreshToken");
    }

    @Test
    void refreshChecksTheOperatorIsStillEnabled() {
        String username = newOperator();
        Map<String, Object> tokens = signIn(username);
        long id = operatorId(username);
        operators.setEnabled(id, false).block();

        problem(auth.refresh(refreshOf(tokens)), 403, 2011);

        operators.setEnabled(id, true).block();
        problem(auth.refresh(refreshOf(tokens)), 401, 2008);
    }

    @Test
    void refreshTokenExpiresAfterItsLifetime() {
        Map<String, Object> tokens = signIn(newOperator());

        clock.advance(Duration.ofDays(7));

        problem(auth.refresh(refreshOf(tokens)), 401, 2008);
    }

    @Test
    void unknownOrMalformedRefreshTokensAre2008() {
        problem(auth.refresh("no-such-token"), 401, 2008);
        problem(auth.refresh("x".repeat(128)), 401, 2008);
        problem(auth.post("/api/auth/refresh", Map.of("refreshToken", "x".repeat(129))), 400, 1001);
        problem(auth.post("/api/auth/refresh", Map.of()), 400, 1001);
    }

    @Test
    void accessTokenIsNotARefreshToken() {
        Map<String, Object> tokens = signIn(newOperator());

        problem(auth.post("/api/auth/refresh", Map.of("refreshToken", access(tokens))), 400, 1001);
        auth.refresh(refreshOf(tokens)).expectStatus().isOk();
    }

    @Test
    void apiDocsNameTheSignInShapesAsTheFrontEndsUseThem() {
        String docs = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).contains("\"LoginRequest\"", "\"RefreshRequest\"", "\"TokenResponse\"", "\"OperatorView\"",
                "\"CardholderLoginRequest\"", "\"AuditPageView\"", "\"/api/auth/login\"", "\"/api/h5/auth/login\"",
                "\"/api/audit\"", "\"cardholder-auth\"");
        assertThat(docs).as("test-only endpoints stay in their own tests").doesNotContain("/api/probe");
    }

    private WebTestClient.ResponseSpec logout(String refreshToken) {
        return auth.post("/api/auth/logout", Map.of("refreshToken", refreshToken));
    }

    private String newOperator() {
        String username = "sess" + NEXT.incrementAndGet();
        operators.create(username, "Session " + username, PASSWORD, Set.of(Roles.CASHIER), null).block();
        return username;
    }

    private Map<String, Object> signIn(String username) {
        return auth.tokens(auth.login(username, PASSWORD));
    }

    private long operatorId(String username) {
        return db.sql("SELECT id FROM operator WHERE username = :u").bind("u", username)
                .map(row -> row.get("id", Long.class)).one().block();
    }

    private List<String> storedRows() {
        return db.sql("SELECT token_hash FROM refresh_token").map(row -> row.get("token_hash", String.class))
                .all().collectList().block();
    }

    private long count(String sql, String token) {
        return db.sql(sql).bind("h", OpaqueTokens.digest(token)).map(row -> ((Number) row.get("n")).longValue()).one().block();
    }
}
