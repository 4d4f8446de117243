package org.onecard.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.onecard.sites.domain.ExchangeSignature;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** Exchange calls as a site makes them, signed with a secret the test chooses (right or wrong). */
record SignedCalls(WebTestClient web, ObjectMapper json) {

    ResponseSpec post(String path, String site, String secret, Object body) {
        return post(path, site, secret, body, Instant.now().getEpochSecond());
    }

    ResponseSpec post(String path, String site, String secret, Object body, long epochSecond) {
        byte[] bytes = bytes(body);
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header(ExchangeSignature.SITE_HEADER, site)
                .header(ExchangeSignature.TIME_HEADER, Long.toString(epochSecond))
                .header(ExchangeSignature.SIGNATURE_HEADER,
                        ExchangeSignature.sign(secret, path, site, epochSecond, bytes))
                .bodyValue(bytes)
                .exchange();
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
