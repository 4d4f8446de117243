package org.onecard.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for the suite's HTTP callers: an answer, or null when the server gave none (dead or restarting). */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Put a limit on everything: a request the server never answers, across all its restarts (a start takes a minute on a loaded machine), fails the suite. */
    static final Duration RETRY_LIMIT = Duration.ofMinutes(10);

    /** The server's answer: its status and its JSON body (empty when it was not JSON). */
    record Answer(int status, Map<?, ?> body) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** A definite answer: anything but a server failure, which the client retries with the same key. */
        boolean definite() {
            return status < 500;
        }

        String text(String field) {
            Object v = body.get(field);
            return v == null ? null : v.toString();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One call; null when no answer came (refused, reset, timed out). */
    Answer call(String method, String path, String token, String key, Object body) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15));
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            if (key != null) {
                r.header("Idempotency-Key", key);
            }
            if (body != null) {
                r.header("Content-Type", "application/json");
            }
            r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = client.send(r.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Calls until the answer is definite (the same key each time); {@code onRetry} runs once when it took more than one call. */
    Answer untilDefinite(String method, String path, String token, String key, Object body, Runnable onRetry) {
        long deadline = System.nanoTime() + RETRY_LIMIT.toNanos();
        for (int calls = 1; System.nanoTime() < deadline; calls++) {
            Answer a = call(method, path, token, key, body);
            if (a != null && a.definite()) {
                if (calls > 1) {
                    onRetry.run();
                }
                return a;
            }
            pause(200);
        }
        throw new IllegalStateException(method + " " + path + " (key " + key + ") got no definite answer in " + RETRY_LIMIT);
    }

    /** Calls until 2xx, for setup; fails on a definite refusal. */
    Map<?, ?> ok(String method, String path, String token, Object body) {
        Answer a = untilDefinite(method, path, token, null, body, () -> { });
        if (!a.ok()) {
            throw new IllegalStateException(method + " " + path + " answered " + a.status() + " " + a.body());
        }
        return a.body();
    }

    String login(String path, Map<String, String> credentials) {
        return (String) ok("POST", path, null, credentials).get("accessToken");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<?, ?> parse(String body) {
        try {
            return body.startsWith("{") ? JSON.readValue(body, Map.class) : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }
}
