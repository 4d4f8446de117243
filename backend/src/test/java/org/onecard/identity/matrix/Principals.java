package org.onecard.identity.matrix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Operators;
import org.onecard.identity.Permissions;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.Roles;
import org.onecard.identity.SecurityProperties;
import org.onecard.identity.TestPeople;
import org.onecard.identity.application.AccessTokens;
import org.onecard.testing.Logins;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Signs in one of every kind of caller the matrix tries, in the test's own database. */
final class Principals {

    private static final String PASSWORD = "matrix-pass-1";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final WebTestClient web;
    private final Operators operators;
    private final CardholderCredentials credentials;
    private final DatabaseClient db;
    private final SecurityProperties security;

    Principals(WebTestClient web, Operators operators, CardholderCredentials credentials, DatabaseClient db,
               SecurityProperties security) {
        this.web = web;
        this.operators = operators;
        this.credentials = credentials;
        this.db = db;
        this.security = security;
    }

    /** Each role's permissions as the database grants them, by role code. */
    Map<String, Set<String>> roles() {
        Map<String, Set<String>> roles = new TreeMap<>();
        db.sql("SELECT r.code, rp.permission FROM role r LEFT JOIN role_permission rp ON rp.role_id = r.id")
                .map(row -> Map.entry(row.get("code", String.class), String.valueOf(row.get("permission", String.class))))
                .all().toStream()
                .forEach(e -> roles.computeIfAbsent(e.getKey(), k -> new TreeSet<>())
                        .addAll(e.getValue().equals("null") ? Set.of() : Set.of(e.getValue())));
        return roles;
    }

    List<Principal> all() {
        List<Principal> all = new ArrayList<>();
        all.add(new Principal("anonymous", Principal.Kind.ANONYMOUS, Set.of(), null));
        roles().forEach((role, permissions) ->
                all.add(new Principal(role, Principal.Kind.OPERATOR, permissions, operator(Set.of(role)))));
        all.add(new Principal("no-permission operator", Principal.Kind.OPERATOR, Set.of(), operator(Set.of())));
        all.add(new Principal("disabled ADMIN", Principal.Kind.DISABLED_OPERATOR, Set.of(), disabledAdmin()));
        all.add(new Principal("cardholder", Principal.Kind.CARDHOLDER, Set.of(), cardholder()));
        all.add(new Principal("site", Principal.Kind.SITE, Set.of(), null));
        all.add(new Principal("expired ADMIN token", Principal.Kind.EXPIRED_TOKEN, Set.of(), expiredAdmin()));
        all.add(new Principal("forged ADMIN token", Principal.Kind.FORGED_TOKEN, Set.of(), forgedAdmin()));
        return all;
    }

    private String operator(Set<String> roles) {
        return signIn(roles, false);
    }

    /** Signed in as an administrator, then disabled: the token itself is still well within its lifetime. */
    private String disabledAdmin() {
        return signIn(Set.of(Roles.ADMIN), true);
    }

    private String signIn(Set<String> roles, boolean thenDisable) {
        String username = "matrix" + NEXT.incrementAndGet();
        long id = operators.create(username, "Matrix " + username, PASSWORD, roles, null).block();
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", username, "password", PASSWORD));
        if (thenDisable) {
            operators.setEnabled(id, false).block();
        }
        return token;
    }

    private String cardholder() {
        String employeeNo = "M" + NEXT.incrementAndGet() + System.nanoTime() % 100_000;
        long person = TestPeople.person(db, employeeNo, "矩阵", "ACTIVE");
        credentials.setPassword(person, "135790").block();
        return Logins.tokenFor(web, "/api/h5/auth/login", Map.of("employeeNo", employeeNo, "password", "135790"));
    }

    /** Signed with the server's key, but its lifetime ended an hour ago. */
    private String expiredAdmin() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        return new AccessTokens(security, past).issue(admin());
    }

    /** Claims every permission, signed with a key the server does not have. */
    private String forgedAdmin() {
        SecurityProperties other = new SecurityProperties("another-key-the-server-never-saw-0123456789",
                security.accessTokenTtl(), security.refreshTokenTtl(), security.maxFailedLogins(), security.lockDuration());
        return new AccessTokens(other, Clock.systemUTC()).issue(admin());
    }

    private static CurrentUser admin() {
        return new CurrentUser(PrincipalKind.OPERATOR, 1, "admin", Permissions.ALL, Set.of(), Set.of());
    }
}
