package org.onecard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.identity.AuthClient.access;
import static org.onecard.identity.AuthClient.problem;
import static org.onecard.identity.AuthClient.refreshOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.AuthClient;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@MariaDbTest
@Import(AuditTests.Probe.class)
class AuditTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "pass-word-1";

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DatabaseClient db;

    @LocalServerPort
    int port;

    AuthClient auth;
    /** Over a real socket: the injected client is bound to the server in-process and has no peer address. */
    WebTestClient network;

    @BeforeEach
    void setUp() {
        auth = new AuthClient(web);
        network = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void failedSignInIsRecordedWithTheNameThatWasTried() {
        String ghost = "ghost" + NEXT.incrementAndGet();

        problem(new AuthClient(network).login(ghost, "guess"), 401, 2004);

        assertThat(rows("auth.login", ghost)).singleElement().satisfies(row -> {
            assertThat(row.actorKind()).isEqualTo(ActorKind.OPERATOR);
            assertThat(row.actorId()).isNull();
            assertThat(row.actorName()).isEqualTo(ghost);
            assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(row.detail()).contains("2004");
            assertThat(row.remoteAddr()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void signInLockoutRefreshReuseAndSignOutAreRecorded() {
        String username = newOperator(Roles.CASHIER);
        Map<String, Object> tokens = auth.tokens(auth.login(username, PASSWORD));
        auth.tokens(auth.refresh(refreshOf(tokens)));
        problem(auth.refresh(refreshOf(tokens)), 401, 2009);
        auth.post("/api/auth/logout", Map.of("refreshToken", refreshOf(auth.tokens(auth.login(username, PASSWORD)))))
                .expectStatus().isNoContent();
        for (int i = 0; i < 3; i++) {
            auth.login(username, "wrong");
        }
        problem(auth.login(username, PASSWORD), 423, 2005);

        List<AuditRecord> mine = rowsOf(operatorId(username));
        assertThat(mine).extracting(r -> r.action() + " " + r.outcome()).containsExactly(
                "auth.login SUCCESS",
                "auth.refresh SUCCESS",
                "auth.refresh DENIED",
                "auth.login SUCCESS",
                "auth.logout SUCCESS",
                "auth.login FAILURE",
                "auth.login FAILURE",
                "auth.login FAILURE",
                "auth.lock DENIED",
                "auth.login DENIED");
        assertThat(mine.get(2).detail()).contains("2009");
        assertThat(mine.get(9).detail()).contains("2005");
    }

    @Test
    void stateChangingOperatorRequestIsRecordedWithItsRouteTargetAndStatus() {
        long id = NEXT.incrementAndGet();
        String username = newOperator(Roles.ADMIN);
        String token = access(auth.tokens(auth.login(username, PASSWORD)));

        network.post().uri("/api/probe/things/" + id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isCreated();
        web.delete().uri("/api/probe/things/" + id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNoContent();

        List<AuditRecord> rows = rowsForTarget("/api/probe/things/" + id);
        assertThat(rows).extracting(AuditRecord::action)
                .containsExactly("POST /api/probe/things/{id}", "DELETE /api/probe/things/{id}");
        assertThat(rows.get(0)).satisfies(row -> {
            assertThat(row.actorKind()).isEqualTo(ActorKind.OPERATOR);
            assertThat(row.actorId()).isEqualTo(operatorId(username));
            assertThat(row.actorName()).isEqualTo("Audit " + username);
            assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(row.detail()).isEqualTo("HTTP 201");
            assertThat(row.remoteAddr()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void refusedRequestsAreRecordedWithTheirResultCode() {
        String finance = access(auth.tokens(auth.login(newOperator(Roles.FINANCE), PASSWORD)));
        String admin = access(auth.tokens(auth.login(newOperator(Roles.ADMIN), PASSWORD)));

        problem(web.post().uri("/api/probe/adjust").headers(h -> h.setBearerAuth(finance)).exchange(), 403, 2010);
        problem(web.post().uri("/api/probe/decline").headers(h -> h.setBearerAuth(admin)).exchange(), 422, 3001);

        assertThat(rowsForTarget("/api/probe/adjust")).last().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(row.detail()).isEqualTo("HTTP 403, code 2010");
        });
        assertThat(rowsForTarget("/api/probe/decline")).last().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(row.detail()).isEqualTo("HTTP 422, code 3001");
        });
    }

    @Test
    void readsMobilePageCallsAndAnonymousCallsAreNotRecorded() {
        String admin = access(auth.tokens(auth.login(newOperator(Roles.ADMIN), PASSWORD)));
        long id = NEXT.incrementAndGet();

        web.get().uri("/api/probe/things/" + id).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk();
        problem(web.post().uri("/api/probe/things/" + id).exchange(), 401, 2001);
        problem(web.post().uri("/api/probe/things/" + id).headers(h -> h.setBearerAuth("forged")).exchange(), 401, 2003);
        problem(web.post().uri("/api/h5/probe/" + id).headers(h -> h.setBearerAuth(admin)).exchange(), 403, 2010);

        assertThat(rowsForTarget("/api/probe/things/" + id)).isEmpty();
        assertThat(rowsForTarget("/api/h5/probe/" + id)).isEmpty();
    }

    @Test
    void forwardedForIsIgnoredByDefault() {
        String ghost = "fwd" + NEXT.incrementAndGet();

        network.post().uri("/api/auth/login").header("X-Forwarded-For", "198.51.100.9")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", ghost, "password", "x")).exchange().expectStatus().isUnauthorized();

        assertThat(rows("auth.login", ghost)).singleElement()
                .satisfies(row -> assertThat(row.remoteAddr()).isEqualTo("127.0.0.1"));
    }

    @Test
    void auditPageIsNewestFirstWithSizeCappedAt200() {
        String finance = access(auth.tokens(auth.login(newOperator(Roles.FINANCE), PASSWORD)));
        for (int i = 0; i < 3; i++) {
            auth.login("page" + NEXT.incrementAndGet(), "x");
        }
        long total = db.sql("SELECT COUNT(*) AS n FROM audit_log").map(r -> ((Number) r.get("n")).longValue()).one().block();

        Map<?, ?> page = auth.get("/api/audit?page=0&size=2", finance).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> capped = auth.get("/api/audit?size=100000", finance).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> beyond = auth.get("/api/audit?page=100000&size=200", finance).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        List<?> items = (List<?>) page.get("items");
        assertThat(items).hasSize(2);
        long first = ((Number) ((Map<?, ?>) items.get(0)).get("id")).longValue();
        long second = ((Number) ((Map<?, ?>) items.get(1)).get("id")).longValue();
        assertThat(first).isGreaterThan(second);
        assertThat(((Map<?, ?>) items.get(0)).get("occurredAt")).isNotNull();
        assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(total);
        assertThat(capped.get("size")).isEqualTo(200);
        assertThat((List<?>) beyond.get("items")).isEmpty();
    }

    @Test
    void auditPageRefusesBadPagingNamingTheParameter() {
        String finance = access(auth.tokens(auth.login(newOperator(Roles.FINANCE), PASSWORD)));

        problem(auth.get("/api/audit?page=-1", finance), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("page");
        problem(auth.get("/api/audit?size=0", finance), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("size");
        problem(auth.get("/api/audit?size=abc", finance), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void overlongTextIsCutToFitRatherThanLost() {
        String name = "n".repeat(300);
        auditLog.record(new AuditEntry(new Actor(ActorKind.ANONYMOUS, null, name), "a".repeat(300), "long-target",
                "r".repeat(100), AuditOutcome.FAILURE, "d".repeat(900))).block();

        assertThat(rowsForTarget("long-target")).singleElement().satisfies(row -> {
            assertThat(row.actorName()).hasSize(100);
            assertThat(row.action()).hasSize(100);
            assertThat(row.remoteAddr()).hasSize(64);
            assertThat(row.detail()).hasSize(500);
        });
    }

    private String newOperator(String role) {
        String username = "aud" + NEXT.incrementAndGet();
        operators.create(username, "Audit " + username, PASSWORD, Set.of(role), null).block();
        return username;
    }

    private long operatorId(String username) {
        return db.sql("SELECT id FROM operator WHERE username = :u").bind("u", username)
                .map(row -> row.get("id", Long.class)).one().block();
    }

    private List<AuditRecord> rows(String action, String target) {
        return all().stream().filter(r -> r.action().equals(action) && target.equals(r.target())).toList();
    }

    private List<AuditRecord> rowsForTarget(String target) {
        return all().stream().filter(r -> target.equals(r.target())).toList();
    }

    private List<AuditRecord> rowsOf(long operatorId) {
        return all().stream().filter(r -> r.actorKind() == ActorKind.OPERATOR && Long.valueOf(operatorId).equals(r.actorId()))
                .toList();
    }

    /** Oldest first. */
    private List<AuditRecord> all() {
        List<AuditRecord> rows = new ArrayList<>(auditLog.page(0, AuditLog.MAX_PAGE_SIZE).block().items());
        Collections.reverse(rows);
        return rows;
    }

    /** State-changing endpoints that only exist in this test's server. */
    @RestController
    static class Probe {

        @GetMapping("/api/probe/things/{id}")
        Mono<String> read(@PathVariable long id) {
            return Mono.just("\"thing\"");
        }

        @PostMapping("/api/probe/things/{id}")
        @ResponseStatus(HttpStatus.CREATED)
        Mono<String> create(@PathVariable long id) {
            return Mono.just("\"created\"");
        }

        @DeleteMapping("/api/probe/things/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        Mono<Void> delete(@PathVariable long id) {
            return Mono.empty();
        }

        @PostMapping("/api/probe/adjust")
        @PreAuthorize("hasAuthority('ledger:adjust')")
        Mono<String> adjust() {
            return Mono.just("\"adjusted\"");
        }

        @PostMapping("/api/probe/decline")
        Mono<String> decline() {
            return Mono.error(new ApiException(ResultCode.INSUFFICIENT_FUNDS, "Not enough"));
        }

        @PostMapping("/api/h5/probe/{id}")
        Mono<String> cardholderAction(@PathVariable long id) {
            return Mono.just("\"done\"");
        }
    }
}
