package org.onecard.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.identity.Operators;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Creates operators in a test's database and signs them in over HTTP. */
public final class Logins {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Logins() {
    }

    /** A new operator with these roles; returns a bearer access token. */
    public static String operator(WebTestClient web, Operators operators, String... roles) {
        String username = "op" + NEXT.incrementAndGet() + "_" + String.join("_", roles).toLowerCase();
        operators.create(username, "Test " + username, "secret-pass-1", Set.of(roles), null).block();
        return tokenFor(web, "/api/auth/login", Map.of("username", username, "password", "secret-pass-1"));
    }

    public static String tokenFor(WebTestClient web, String uri, Map<String, String> body) {
        Map<?, ?> tokens = web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) tokens.get("accessToken");
    }
}
