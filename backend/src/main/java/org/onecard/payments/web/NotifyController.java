package org.onecard.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onecard.payments.Gateways;
import org.onecard.payments.NotificationIntake;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Where the gateways send their asynchronous notifications. Open to anyone: the signature is
 * the authentication. Each answer is in the format its gateway expects.
 */
@RestController
@Tag(name = "payment-notifications")
class NotifyController {

    /** A notification is small; anything larger is not one. */
    static final int MAX_BODY_CHARS = 16 * 1024;

    private final NotificationIntake intake;

    NotifyController(NotificationIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = Gateways.WECHAT_NOTIFY_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(operationId = "wechatNotify",
            summary = "WeChat Pay notification: 204 when taken, else 4xx/5xx with {\"code\":\"FAIL\",\"message\"} (it retries)")
    Mono<ResponseEntity<Map<String, String>>> wechat(@RequestHeader HttpHeaders headers,
                                                     @RequestBody(required = false) String body) {
        if (body == null || body.length() > MAX_BODY_CHARS) {
            return Mono.just(fail(HttpStatus.BAD_REQUEST, "body missing or too large"));
        }
        return intake.wechat(headers::getFirst, body).map(answer -> answer.accepted()
                ? ResponseEntity.noContent().<Map<String, String>>build()
                : fail(HttpStatus.valueOf(answer.code().httpStatus() == 422 ? 400 : answer.code().httpStatus()),
                        answer.code().titleEn()));
    }

    private static ResponseEntity<Map<String, String>> fail(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "FAIL", "message", message));
    }

    @PostMapping(path = Gateways.ALIPAY_NOTIFY_PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    @SecurityRequirements
    @Operation(operationId = "alipayNotify", summary = "Alipay notification (a form): answers \"success\" when taken, else \"failure\" (it retries)")
    Mono<String> alipay(ServerHttpRequest request) {
        // read raw: the form is kept as received, and WebFlux would not hand a form over as text
        return DataBufferUtils.join(request.getBody(), MAX_BODY_CHARS * 4)
                .map(buffer -> {
                    String text = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return text;
                })
                .defaultIfEmpty("")
                .flatMap(this::alipay)
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just("failure"));
    }

    private Mono<String> alipay(String body) {
        if (body.isEmpty() || body.length() > MAX_BODY_CHARS) {
            return Mono.just("failure");
        }
        Map<String, String> params;
        try {
            params = formParams(body);
        } catch (IllegalArgumentException e) {
            params = Map.of();
        }
        return intake.alipay(params, body).map(answer -> answer.accepted() ? "success" : "failure");
    }

    /** The form's parameters, decoded as UTF-8 (the charset Alipay is told to use); the first of a repeated name wins. */
    static Map<String, String> formParams(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }
}
