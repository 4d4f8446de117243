package org.onecard.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every failure that escapes a handler into problem+json with a catalogue code. It runs
 * before Spring Boot's own error handler, so no stack trace or SQL ever reaches a client.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final String RESULT_CODE = ProblemExceptionHandler.class.getName() + ".resultCode";

    private final ObjectMapper objectMapper;
    private final ProblemClassifier classifier = new ProblemClassifier();

    public ProblemExceptionHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ApiException api = classifier.classify(error);
        if (api.resultCode() == ResultCode.INTERNAL_ERROR || api.resultCode() == ResultCode.SERVICE_UNAVAILABLE) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        }
        return write(exchange, api.resultCode(), api.getMessage(), api.fieldProblems());
    }

    /** The catalogue code of the problem this exchange was answered with, if any (read by the audit log). */
    public static Optional<ResultCode> resultCodeOf(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(RESULT_CODE));
    }

    /** Writes a problem response; also used by the security entry points. */
    public Mono<Void> write(ServerWebExchange exchange, ResultCode rc, String detail, List<FieldProblem> errors) {
        exchange.getAttributes().put(RESULT_CODE, rc);
        Locale locale = exchange.getLocaleContext().getLocale();
        Problem problem = Problem.of(rc, detail, exchange.getRequest().getPath().value(), errors,
                locale == null ? Locale.ENGLISH : locale);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(rc.httpStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        try {
            byte[] body = objectMapper.writeValueAsBytes(problem);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
    }
}
