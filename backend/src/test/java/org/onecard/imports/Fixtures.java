package org.onecard.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** People, departments and cards for import tests, made through the real services and API. */
@SuppressWarnings("unchecked")
final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private final WebTestClient web;
    private final Operators operators;
    private final PeopleStore people;
    private final DatabaseClient db;
    final String admin;

    Fixtures(WebTestClient web, Operators operators, PeopleStore people, DatabaseClient db) {
        this.web = web;
        this.operators = operators;
        this.people = people;
        this.db = db;
        this.admin = Logins.operator(web, operators, "ADMIN");
    }

    static int next() {
        return NEXT.incrementAndGet();
    }

    /** A department under the root (created when missing); returns its id. */
    long department(String code, String name) {
        Long root = db.sql("SELECT id FROM org_unit WHERE code = '0'").map(r -> r.get("id", Long.class)).one().block();
        if (root == null) {
            root = people.insertOrgUnit("0", "总部", null).block();
        }
        return people.insertOrgUnit(code, name, root).block();
    }

    long person(String employeeNo, String name, long unit) {
        return people.insertPerson(employeeNo, name, unit).block();
    }

    void resign(long personId) {
        db.sql("UPDATE person SET status = 'RESIGNED' WHERE id = :id").bind("id", personId).then().block();
    }

    /** Issues a card with no deposit or cost; returns the card as the API shows it. */
    Map<String, Object> card(long personId, long firstRechargeFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("serial", "IMP" + next());
        body.put("depositFen", 0);
        body.put("cardCostFen", 0);
        body.put("firstRechargeFen", firstRechargeFen);
        return web.post().uri("/api/cards").headers(h -> {
                    h.setBearerAuth(admin);
                    h.set("Idempotency-Key", "fixture-issue-" + next());
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    void cardAction(Map<String, Object> card, String action) {
        web.post().uri("/api/cards/" + card.get("id") + "/" + action).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk();
    }

    void setParameter(String name, Object value) {
        Map<String, Object> params = web.get().uri("/api/parameters").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        params.put(name, value);
        web.put().uri("/api/parameters").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(params).exchange().expectStatus().isOk();
    }

    /** An operator with these roles, limited to these departments; returns a token. */
    String scopedOperator(Set<Long> departments, String... roles) {
        String username = "imp" + next();
        long id = operators.create(username, "Import " + username, "secret-pass-1", Set.of(roles), null).block();
        operators.setScopes(id, departments, Set.of()).block();
        return Logins.tokenFor(web, "/api/auth/login", Map.of("username", username, "password", "secret-pass-1"));
    }
}
