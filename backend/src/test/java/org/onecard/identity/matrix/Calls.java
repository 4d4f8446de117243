package org.onecard.identity.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.onecard.identity.matrix.Endpoints.Endpoint;
import org.onecard.sites.domain.ExchangeSignature;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Calls one endpoint as one principal with a harmless request: path variables name nothing that
 * exists, the body is an empty object (or an empty form or file part), so an allowed call is
 * refused by validation or finds nothing, and a refused one has nothing to change.
 */
final class Calls {

    /** What came back: status, content type and the problem's catalogue code (0 if none). */
    record Answer(int status, String contentType, int code, String body) {
    }

    static final String SITE = "S1";
    static final String SITE_SECRET = "site-secret-for-the-permission-matrix-0123456789";
    /** No id the tests create is this large; strings that must name something name nothing. */
    private static final String SAMPLE = "987654321";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?[^}]*}");

    private final WebClient client;
    private final ObjectMapper json;

    Calls(WebClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    static String sampleUri(String path) {
        return VARIABLE.matcher(path.replace("/**", "/" + SAMPLE)).replaceAll(SAMPLE);
    }

    Mono<Answer> call(Endpoint endpoint, Principal principal) {
        String uri = sampleUri(endpoint.path());
        boolean hasBody = endpoint.method().equals("POST") || endpoint.method().equals("PUT")
                || endpoint.method().equals("PATCH");
        WebClient.RequestBodySpec request = client.method(HttpMethod.valueOf(endpoint.method())).uri(uri)
                .headers(h -> {
                    if (principal.token() != null) {
                        h.setBearerAuth(principal.token());
                    }
                    h.set("Idempotency-Key", "matrix-" + principal.name() + "-" + endpoint.key());
                });
        WebClient.RequestHeadersSpec<?> ready = hasBody ? withBody(request, endpoint, principal, uri) : request;
        return ready.exchangeToMono(response -> {
            String type = response.headers().contentType().map(MediaType::toString).orElse("");
            return body(response, type).map(body -> new Answer(response.statusCode().value(), type, code(body), body));
        });
    }

    /** The body; of an event stream (which never ends) only the status matters, so it is dropped. */
    private static Mono<String> body(ClientResponse response, String type) {
        if (type.startsWith(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            return response.bodyToFlux(DataBuffer.class).take(Duration.ofMillis(100))
                    .doOnNext(DataBufferUtils::release).then(Mono.just(""));
        }
        return response.bodyToMono(String.class).defaultIfEmpty("");
    }

    private WebClient.RequestHeadersSpec<?> withBody(WebClient.RequestBodySpec request, Endpoint endpoint,
                                                     Principal principal, String uri) {
        if (endpoint.consumes().stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes)) {
            MultipartBodyBuilder parts = new MultipartBodyBuilder();
            parts.part("file", new byte[0]).filename("empty.xlsx");
            return request.contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build()));
        }
        if (endpoint.consumes().stream().anyMatch(MediaType.APPLICATION_FORM_URLENCODED::includes)) {
            return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("matrix=1");
        }
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        if (principal.kind() == Principal.Kind.SITE) {
            long now = Instant.now().getEpochSecond();
            request.header(ExchangeSignature.SITE_HEADER, SITE)
                    .header(ExchangeSignature.TIME_HEADER, Long.toString(now))
                    .header(ExchangeSignature.SIGNATURE_HEADER, ExchangeSignature.sign(SITE_SECRET, uri, SITE, now, body));
        }
        return request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE).bodyValue(body);
    }

    private int code(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.path("code").isInt() ? node.path("code").asInt() : 0;
        } catch (Exception e) {
            return 0;
        }
    }
}
