package org.onecard.testing;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls to the API with one operator's token, and the numbers read back from their JSON. */
public record AsOperator(WebTestClient web, String token) {

    public WebTestClient.ResponseSpec get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    public Map<String, Object> getJson(String uri) {
        return json(get(uri).expectStatus().isOk());
    }

    /** A POST that must succeed; {@code key} null sends no Idempotency-Key. */
    public Map<String, Object> post(String uri, String key, Object body) {
        return json(web.post().uri(uri).headers(h -> {
            h.setBearerAuth(token);
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().is2xxSuccessful());
    }

    /** Sets one system parameter, keeping the others. */
    public void setParameter(String name, Object value) {
        Map<String, Object> parameters = getJson("/api/parameters");
        parameters.put(name, value);
        web.put().uri("/api/parameters").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(parameters).exchange().expectStatus().isOk();
    }

    public static long id(Map<String, Object> m) {
        return num(m, "id");
    }

    public static long num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }
}
