package org.onecard.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.onecard.attacks.ContractOperations.Operation;
import org.onecard.attacks.ContractOperations.Parameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriUtils;

/**
 * Calls contract operations as an operator or a cardholder (by the path), and checks the answer
 * to an attack: never a server error; a refusal is problem+json with a catalogue code and changed
 * no table; an acceptance is JSON (data, never a page a browser would render).
 */
final class ContractCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebTestClient web;
    private final String base;
    private final String operator;
    private final String cardholder;
    private final TableCounts counts;
    int refused;
    int accepted;
    /** The counts after the previous refusal (nothing changed since), saving one read per call. */
    private Map<String, Long> last;

    ContractCalls(WebTestClient web, int port, String operator, String cardholder, TableCounts counts) {
        this.web = web;
        this.base = "http://localhost:" + port;
        this.operator = operator;
        this.cardholder = cardholder;
        this.counts = counts;
    }

    /** A path or query parameter's ordinary value: existing ids (the demo data's first rows), today, this month. */
    static String ordinary(Parameter p) {
        Map<String, Object> s = p.schema();
        if (s.get("enum") instanceof java.util.List<?> choices && !choices.isEmpty()) {
            return String.valueOf(choices.get(0));
        }
        String format = (String) s.get("format");
        if ("date".equals(format)) {
            return LocalDate.now().toString();
        }
        if (p.name().equals("month")) {
            return YearMonth.now().toString();
        }
        if (p.name().equals("kind")) {
            return "people";
        }
        return "1";
    }

    /** The URI with every parameter given by {@code value} (null leaves an optional one out), encoded. */
    URI uri(Operation op, Function<Parameter, String> value) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (Parameter p : op.parameters()) {
            String v = value.apply(p);
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", UriUtils.encode(v, StandardCharsets.UTF_8));
            } else if (p.in().equals("query") && v != null) {
                query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=')
                        .append(UriUtils.encode(v, StandardCharsets.UTF_8));
            }
        }
        return URI.create(base + path + query);
    }

    /** Sends the call (with a fresh Idempotency-Key) and checks the answer as an attack's. */
    EntityExchangeResult<byte[]> attack(Operation op, URI uri, Object body, String what) {
        Map<String, Long> before = last != null ? last : counts.now();
        last = null;
        WebTestClient.RequestBodySpec request = web.method(HttpMethod.valueOf(op.method().toUpperCase())).uri(uri)
                .headers(h -> {
                    h.setBearerAuth(op.isCardholders() ? cardholder : operator);
                    h.set("Idempotency-Key", "attack-" + UUID.randomUUID());
                });
        WebTestClient.ResponseSpec response = body == null ? request.exchange()
                : body instanceof String raw ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(raw).exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        String where = op + " " + what + " → " + result.getStatus() + " " + text(result);
        assertThat(result.getStatus().is5xxServerError()).as(where).isFalse();
        if (result.getStatus().is4xxClientError()) {
            refused++;
            assertThat(result.getResponseHeaders().getContentType()).as(where)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = read(result);
            assertThat(problem.path("code").isInt() && problem.path("code").asInt() > 0).as(where).isTrue();
            Map<String, Long> after = counts.now();
            assertThat(after).as(where + ": a refusal changes nothing").isEqualTo(before);
            last = after;
        } else {
            accepted++;
            MediaType type = result.getResponseHeaders().getContentType();
            assertThat(type == null || !type.isCompatibleWith(MediaType.TEXT_HTML)).as(where).isTrue();
        }
        return result;
    }

    /** Runs one attack's checks; a failed one is kept in {@code failures}, so one run shows them all. */
    static void collect(java.util.List<String> failures, Runnable attack) {
        try {
            attack.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage().lines().limit(4).collect(java.util.stream.Collectors.joining(" ")));
        }
    }

    static String text(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBody();
        String s = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static JsonNode read(EntityExchangeResult<byte[]> result) {
        try {
            byte[] body = result.getResponseBody();
            return body == null || body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.nullNode();
        }
    }
}
