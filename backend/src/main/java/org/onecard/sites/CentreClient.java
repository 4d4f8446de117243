package org.onecard.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.onecard.sites.domain.Exchange.DownReply;
import org.onecard.sites.domain.Exchange.DownRequest;
import org.onecard.sites.domain.Exchange.UpBatch;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.domain.Exchange.UpReply;
import org.onecard.sites.domain.ExchangeSignature;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** A site's calls to the centre, each signed with the site's secret and bounded by the timeout. */
@Component
class CentreClient {

    static final String UP = "/api/site-exchange/up";
    static final String DOWN = "/api/site-exchange/down";

    /** The centre refused or could not be reached; the message goes to the link's last error. */
    static class LinkFailure extends RuntimeException {
        LinkFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final SitesProperties properties;
    private final ObjectMapper json;
    private final WebClient web;

    CentreClient(SitesProperties properties, ObjectMapper json, WebClient.Builder builder) {
        this.properties = properties;
        this.json = json;
        this.web = builder.build();
    }

    Mono<UpReply> up(List<UpRecord> records) {
        return call(UP, new UpBatch(records), UpReply.class);
    }

    Mono<DownReply> down(long after, int limit) {
        return call(DOWN, new DownRequest(after, limit), DownReply.class);
    }

    private <T> Mono<T> call(String path, Object body, Class<T> reply) {
        byte[] bytes = bytes(body);
        long now = Instant.now().getEpochSecond();
        String signature = ExchangeSignature.sign(properties.secret(), path, properties.code(), now, bytes);
        return web.post().uri(properties.centreUrl() + path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(ExchangeSignature.SITE_HEADER, properties.code())
                .header(ExchangeSignature.TIME_HEADER, Long.toString(now))
                .header(ExchangeSignature.SIGNATURE_HEADER, signature)
                .bodyValue(bytes)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(reply)
                        : response.bodyToMono(String.class).defaultIfEmpty("")
                                .flatMap(text -> Mono.error(new LinkFailure("centre answered "
                                        + response.statusCode().value() + " " + text))))
                .timeout(properties.timeout());
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an exchange message always serialises", e);
        }
    }
}
