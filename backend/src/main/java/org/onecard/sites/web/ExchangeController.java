package org.onecard.sites.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.sites.CentreExchange;
import org.onecard.sites.SitesProperties;
import org.onecard.sites.SitesProperties.Role;
import org.onecard.sites.domain.Exchange.DownReply;
import org.onecard.sites.domain.Exchange.DownRequest;
import org.onecard.sites.domain.Exchange.UpBatch;
import org.onecard.sites.domain.Exchange.UpReply;
import org.onecard.sites.domain.ExchangeSignature;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The centre's end of the site exchange (openapi/site-exchange.md). No operator signs in here:
 * each request carries the site's code, the time and an HMAC over path, code, time and body.
 */
@RestController
@RequestMapping("/api/site-exchange")
@Tag(name = "site-exchange")
class ExchangeController {

    private static final String UP = "/api/site-exchange/up";
    private static final String DOWN = "/api/site-exchange/down";

    private final SitesProperties properties;
    private final CentreExchange exchange;
    private final ObjectMapper json;
    private final Validator validator;
    private final BusinessClock clock;

    ExchangeController(SitesProperties properties, CentreExchange exchange, ObjectMapper json, Validator validator,
                       BusinessClock clock) {
        this.properties = properties;
        this.exchange = exchange;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @PostMapping(path = "/up", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "siteUp", summary = "A site's records up to the centre, each taken once by (site, seq)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = UpBatch.class))))
    Mono<UpReply> up(@RequestHeader(name = ExchangeSignature.SITE_HEADER, required = false) String site,
                     @RequestHeader(name = ExchangeSignature.TIME_HEADER, required = false) String time,
                     @RequestHeader(name = ExchangeSignature.SIGNATURE_HEADER, required = false) String signature,
                     @RequestBody byte[] body) {
        return Mono.fromCallable(() -> read(UP, site, time, signature, body, UpBatch.class))
                .flatMap(batch -> exchange.up(site, batch));
    }

    @PostMapping(path = "/down", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "siteDown", summary = "The centre's feed after a site's cursor (which acknowledges)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = DownRequest.class))))
    Mono<DownReply> down(@RequestHeader(name = ExchangeSignature.SITE_HEADER, required = false) String site,
                         @RequestHeader(name = ExchangeSignature.TIME_HEADER, required = false) String time,
                         @RequestHeader(name = ExchangeSignature.SIGNATURE_HEADER, required = false) String signature,
                         @RequestBody byte[] body) {
        return Mono.fromCallable(() -> read(DOWN, site, time, signature, body, DownRequest.class))
                .flatMap(request -> exchange.down(site, request));
    }

    /** Checks who sent it and that it is untouched, then reads and validates the body. */
    private <T> T read(String path, String site, String time, String signature, byte[] body, Class<T> type) {
        if (properties.role() != Role.CENTRE) {
            throw new ApiException(ResultCode.SITE_NOT_CENTRE, "This instance takes no site exchange");
        }
        String secret = site == null ? null : properties.secretOf(site);
        if (secret == null) {
            throw new ApiException(ResultCode.SITE_UNKNOWN, "No site " + site + " is configured at the centre");
        }
        if (!ExchangeSignature.verify(secret, path, site, time, signature, body, clock.now())) {
            throw new ApiException(ResultCode.SITE_SIGNATURE_INVALID,
                    "The signature does not match the body, or the time is more than "
                            + ExchangeSignature.MAX_SKEW.toMinutes() + " minutes off");
        }
        T message;
        try {
            message = json.readValue(body, type);
        } catch (IOException e) {
            throw new ApiException(ResultCode.MALFORMED_REQUEST, "The body is not a " + type.getSimpleName());
        }
        Set<ConstraintViolation<T>> problems = validator.validate(message);
        if (!problems.isEmpty()) {
            throw new ApiException(ResultCode.VALIDATION_FAILED, problems.stream()
                    .map(p -> p.getPropertyPath() + " " + p.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        return message;
    }
}
