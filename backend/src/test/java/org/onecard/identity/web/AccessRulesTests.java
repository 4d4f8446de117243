package org.onecard.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.identity.AuthClient.access;
import static org.onecard.identity.AuthClient.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.AuthClient;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.MutableClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.identity.TestPeople;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Who may call what. A token of the wrong kind is refused with 403 code 2010 (it is a valid
 * sign-in, just not for this part of the API), both ways round.
 */
@MariaDbTest
@Import({MutableClock.Config.class, AccessRulesTests.Probe.class})
class AccessRulesTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
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
    void missingTokenIs2001() {
        problem(auth.get("/api/auth/me", null), 401, 2001);
        web.get().uri("/api/auth/me").exchange().expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    }

    @Test
    void garbageTokenOrAnotherSchemeIs2003() {
        problem(auth.get("/api/auth/me", "not.a.token"), 401, 2003);
        problem(web.get().uri("/api/auth/me").header("Authorization", "Basic YWRtaW46YWRtaW4xMjM=").exchange(), 401, 2003);
        problem(web.get().uri("/api/auth/me").header("Authorization", "Bearer").exchange(), 401, 2003);
    }

    @Test
    void expiredTokenIs2002() {
        String token = operatorToken(Roles.CASHIER);
        auth.get("/api/auth/me", token).expectStatus().isOk();

        clock.advance(Duration.ofMinutes(15));

        problem(auth.get("/api/auth/me", token), 401, 2002);
    }

    @Test
    void badTokenDoesNotBlockOpenEndpoints() {
        web.get().uri("/actuator/health").headers(h -> h.setBearerAuth("garbage")).exchange().expectStatus().isOk();
        web.get().uri("/v3/api-docs").headers(h -> h.setBearerAuth("garbage")).exchange().expectStatus().isOk();
    }

    @Test
    void lackingThePermissionIs403With2010() {
        String cashier = operatorToken(Roles.CASHIER);
        String finance = operatorToken(Roles.FINANCE);

        problem(auth.get("/api/audit", cashier), 403, 2010);
        problem(auth.get("/api/probe/adjust", finance), 403, 2010);
        auth.get("/api/audit", finance).expectStatus().isOk();
        auth.get("/api/probe/adjust", operatorToken(Roles.ADMIN)).expectStatus().isOk();
    }

    @Test
    void lackingThePermissionIs403BeforeTheRequestIsValidated() {
        String finance = operatorToken(Roles.FINANCE);

        problem(postAdjust(finance, "{\"amountFen\": -5}", "?account=1"), 403, 2010);
        problem(postAdjust(finance, "not json", ""), 403, 2010);
        problem(postAdjust(operatorToken(Roles.ADMIN), "{\"amountFen\": -5}", "?account=1"), 400, 1001);
        postAdjust(operatorToken(Roles.ADMIN), "{\"amountFen\": 5}", "?account=1").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec postAdjust(String token, String body, String query) {
        return web.post().uri("/api/probe/adjust" + query).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void aDisabledOperatorsTokenIsRefusedAtOnceWith2011() {
        String username = "rule" + NEXT.incrementAndGet();
        long id = operators.create(username, "Rules " + username, "pass-word-1", Set.of(Roles.ADMIN), null).block();
        String token = access(auth.tokens(auth.login(username, "pass-word-1")));
        auth.get("/api/audit", token).expectStatus().isOk();

        operators.setEnabled(id, false).block();
        problem(auth.get("/api/audit", token), 403, 2011);
        problem(auth.get("/api/auth/me", token), 403, 2011);

        operators.setEnabled(id, true).block();
        auth.get("/api/audit", token).expectStatus().isOk();
    }

    @Test
    void operatorEndpointsRefuseCardholderTokensWith2010() {
        String cardholder = cardholderToken();

        problem(auth.get("/api/auth/me", cardholder), 403, 2010);
        problem(auth.get("/api/probe/operator", cardholder), 403, 2010);
        problem(auth.get("/api/audit", cardholder), 403, 2010);
    }

    @Test
    void cardholderEndpointsRefuseOperatorTokensWith2010() {
        problem(auth.get("/api/h5/probe", operatorToken(Roles.ADMIN)), 403, 2010);
        problem(auth.get("/api/h5/probe", null), 401, 2001);
    }

    @Test
    void controllersReceiveTheSignedInPrincipal() {
        Map<?, ?> operator = auth.get("/api/probe/operator", operatorToken(Roles.FINANCE)).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> cardholder = auth.get("/api/h5/probe", cardholderToken()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(operator.get("kind")).isEqualTo("OPERATOR");
        assertThat(strings(operator.get("permissions"))).contains("ledger:verify", "ledger:read", "audit:read").doesNotContain("ledger:adjust");
        assertThat(cardholder.get("kind")).isEqualTo("CARDHOLDER");
        assertThat(cardholder.get("name")).isEqualTo("王五");
        assertThat(strings(cardholder.get("permissions"))).isEmpty();
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private String operatorToken(String role) {
        String username = "rule" + NEXT.incrementAndGet();
        operators.create(username, "Rules " + username, "pass-word-1", Set.of(role), null).block();
        return access(auth.tokens(auth.login(username, "pass-word-1")));
    }

    private String cardholderToken() {
        String employeeNo = "R" + NEXT.incrementAndGet();
        long person = TestPeople.person(db, employeeNo, "王五", "ACTIVE");
        credentials.setPassword(person, "123456").block();
        return access(auth.tokens(auth.cardholderLogin(employeeNo, "123456")));
    }

    /** Endpoints that only exist in this test's server. */
    @RestController
    static class Probe {

        @GetMapping("/api/probe/operator")
        Mono<CurrentUser> operator(@AuthenticationPrincipal CurrentUser user) {
            return Mono.just(user);
        }

        @GetMapping("/api/probe/adjust")
        @PreAuthorize("hasAuthority('ledger:adjust')")
        Mono<String> adjust() {
            return Mono.just("\"ok\"");
        }

        @PostMapping("/api/probe/adjust")
        @PreAuthorize("hasAuthority('ledger:adjust')")
        Mono<String> adjust(@Valid @RequestBody Amount amount, @RequestParam long account) {
            return Mono.just("\"ok\"");
        }

        record Amount(@Positive long amountFen) {
        }

        @GetMapping("/api/h5/probe")
        Mono<CurrentUser> cardholder(@AuthenticationPrincipal CurrentUser user) {
            return Mono.just(user);
        }
    }
}
