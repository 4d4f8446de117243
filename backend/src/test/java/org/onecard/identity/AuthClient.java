package org.onecard.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** Sign-in calls over HTTP, for tests. */
public final class AuthClient {

    private final WebTestClient web;

    public AuthClient(WebTestClient web) {
        this.web = web;
    }

    public ResponseSpec login(String username, String password) {
        return login(username, password, null);
    }

    public ResponseSpec login(String username, String password, String cardSerial) {
        Map<String, String> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        if (cardSerial != null) {
            body.put("cardSerial", cardSerial);
        }
        return post("/api/auth/login", body);
    }

    public ResponseSpec cardholderLogin(String employeeNo, String password) {
        return post("/api/h5/auth/login", Map.of("employeeNo", employeeNo, "password", password));
    }

    public ResponseSpec refresh(String refreshToken) {
        return post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    public ResponseSpec post(String uri, Object body) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public ResponseSpec get(String uri, String accessToken) {
        return web.get().uri(uri).headers(h -> {
            if (accessToken != null) {
                h.setBearerAuth(accessToken);
            }
        }).exchange();
    }

    /** Signs in and returns the token response. */
    public Map<String, Object> tokens(ResponseSpec response) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tokens = response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return tokens;
    }

    public static String access(Map<String, Object> tokens) {
        return (String) tokens.get("accessToken");
    }

    public static String refreshOf(Map<String, Object> tokens) {
        return (String) tokens.get("refreshToken");
    }

    /** Asserts a problem+json answer with this status and catalogue code. */
    public static WebTestClient.BodyContentSpec problem(ResponseSpec response, int status, int code) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
    }
}
