package org.onecard.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.people.persistence.PeopleStore;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** People with cards, made through the card centre's API, and their mobile-page calls, for tests. */
public final class Cardholders {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** One person with one card. */
    public record Holder(long personId, String employeeNo, long cardId, String cardNo, String serial) {
    }

    private final WebTestClient web;
    private final PeopleStore people;
    private final String admin;

    public Cardholders(WebTestClient web, PeopleStore people, String adminToken) {
        this.web = web;
        this.people = people;
        this.admin = adminToken;
    }

    /** A person in a new department with a card carrying {@code firstRechargeFen} of cash. */
    public Holder withCard(long firstRechargeFen) {
        int n = NEXT.incrementAndGet();
        String employeeNo = "H" + System.nanoTime() % 100_000_000L + n;
        long unit = people.insertOrgUnit("H" + n + System.nanoTime() % 10_000L, "自助部" + n, null).block();
        long personId = people.insertPerson(employeeNo, "自助" + n, unit).block();
        Map<String, Object> issue = new HashMap<>();
        issue.put("personId", personId);
        issue.put("serial", "H5S" + System.nanoTime() % 1_000_000_000L + n);
        issue.put("depositFen", 0);
        issue.put("cardCostFen", 0);
        issue.put("firstRechargeFen", firstRechargeFen);
        Map<?, ?> card = admin("POST", "/api/cards", "issue-" + employeeNo, issue).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return new Holder(personId, employeeNo, ((Number) card.get("id")).longValue(), (String) card.get("cardNo"),
                (String) card.get("serial"));
    }

    /** The card centre gives the initial password (the holder must replace it). */
    public ResponseSpec setInitialPassword(long personId, String password) {
        return admin("POST", "/api/people/" + personId + "/h5-password", null, Map.of("password", password));
    }

    /** An operator call as the administrator; {@code key} is the Idempotency-Key, if any. */
    public ResponseSpec admin(String method, String uri, String key, Object body) {
        return call(admin, method, uri, key, body);
    }

    public ResponseSpec login(String employeeOrCardNo, String password) {
        return call(null, "POST", "/api/h5/auth/login", null,
                Map.of("employeeNo", employeeOrCardNo, "password", password));
    }

    /** Signs in and returns the access token. */
    public String token(String employeeOrCardNo, String password) {
        Map<?, ?> tokens = login(employeeOrCardNo, password).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (String) tokens.get("accessToken");
    }

    public ResponseSpec call(String token, String method, String uri, String key, Object body) {
        WebTestClient.RequestBodySpec spec = web.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                });
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The items of a statement page. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
