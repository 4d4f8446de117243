package org.onecard.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.identity.AuthClient;
import org.onecard.identity.Operators;
import org.onecard.testing.Logins;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** JSON calls to the API as one signed-in operator, for the master-data tests. */
public final class ApiCalls {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "secret-pass-1";

    private final WebTestClient web;
    private final String token;

    public ApiCalls(WebTestClient web, String token) {
        this.web = web;
        this.token = token;
    }

    /** A new operator with these roles. */
    public static ApiCalls as(WebTestClient web, Operators operators, String... roles) {
        return new ApiCalls(web, Logins.operator(web, operators, roles));
    }

    /** A new operator with these roles, limited to these departments and outlets (empty = all). */
    public static ApiCalls scoped(WebTestClient web, Operators operators, Set<Long> departments, Set<Long> outlets,
                                  String... roles) {
        String username = "scoped" + NEXT.incrementAndGet();
        long id = operators.create(username, "Scoped " + username, PASSWORD, Set.of(roles), null).block();
        operators.setScopes(id, departments, outlets).block();
        return new ApiCalls(web, Logins.tokenFor(web, "/api/auth/login",
                Map.of("username", username, "password", PASSWORD)));
    }

    public String token() {
        return token;
    }

    public ResponseSpec get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    public ResponseSpec post(String uri, Object body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    public ResponseSpec postEmpty(String uri) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    public ResponseSpec put(String uri, Object body) {
        return web.put().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    public ResponseSpec delete(String uri) {
        return web.delete().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    /** POSTs and expects 201; returns the body. */
    public Map<String, Object> created(String uri, Object body) {
        return body(post(uri, body).expectStatus().isCreated());
    }

    /** GETs and expects 200; returns the body. */
    public Map<String, Object> read(String uri) {
        return body(get(uri).expectStatus().isOk());
    }

    /** The root department (code 0), created on first use. */
    @SuppressWarnings("unchecked")
    public long root() {
        List<Map<String, Object>> roots = (List<Map<String, Object>>) read("/api/org-units").get("roots");
        return roots.stream().filter(r -> "0".equals(r.get("code"))).findFirst()
                .map(ApiCalls::id)
                .orElseGet(() -> id(created("/api/org-units", Map.of("name", "OneCard 大学"))));
    }

    /** A new department directly under the root. */
    public long department(String name) {
        return id(created("/api/org-units", Map.of("parentId", root(), "name", name)));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    public static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    /** Asserts a problem+json answer with this status and catalogue code. */
    public static WebTestClient.BodyContentSpec problem(ResponseSpec response, int status, int code) {
        return AuthClient.problem(response, status, code);
    }
}
