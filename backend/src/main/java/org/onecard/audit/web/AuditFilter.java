package org.onecard.audit.web;

import java.util.Optional;
import org.onecard.audit.Actor;
import org.onecard.audit.AuditContext;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditLog;
import org.onecard.audit.AuditOutcome;
import org.onecard.audit.ClientAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

/**
 * Records every state-changing request a signed-in principal makes under /api/ (the mobile
 * page's /api/h5/ excepted), once its answer is known. It runs outside the security chain so
 * it also sees refusals; sign-in, refresh and sign-out record themselves with more detail.
 * Requests without a valid token are not recorded, so strangers cannot fill the log.
 */
@Component
@Order(AuditFilter.ORDER)
class AuditFilter implements WebFilter {

    /** Before Spring Security's chain (-100). */
    static final int ORDER = -200;

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditLog auditLog;
    private final ClientAddresses addresses;

    AuditFilter(AuditLog auditLog, ClientAddresses addresses) {
        this.auditLog = auditLog;
        this.addresses = addresses;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isAudited(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        // beforeCommit runs once the status is final, including answers written by the error handler
        exchange.getResponse().beforeCommit(() -> record(exchange));
        return chain.filter(exchange);
    }

    static boolean isAudited(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        boolean changesState = method == HttpMethod.POST || method == HttpMethod.PUT
                || method == HttpMethod.PATCH || method == HttpMethod.DELETE;
        String path = request.getPath().pathWithinApplication().value();
        return changesState && path.startsWith("/api/") && !path.startsWith("/api/h5/")
                && !path.startsWith("/api/auth/");
    }

    private Mono<Void> record(ServerWebExchange exchange) {
        Optional<Actor> actor = AuditContext.actor(exchange);
        if (actor.isEmpty()) {
            return Mono.empty();
        }
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        int code = status == null ? 200 : status.value();
        String detail = "HTTP " + code + AuditContext.resultCode(exchange).map(rc -> ", code " + rc.code()).orElse("");
        AuditEntry entry = new AuditEntry(actor.get(), request.getMethod().name() + " " + route(exchange),
                request.getPath().value(), addresses.of(request), AuditOutcome.ofStatus(code), detail);
        return auditLog.record(entry)
                .onErrorResume(e -> {
                    log.error("Could not write the audit row for {}", entry, e);
                    return Mono.empty();
                });
    }

    /** The matched route ("/api/cards/{id}/loss") groups requests better than the raw path. */
    private static String route(ServerWebExchange exchange) {
        Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern instanceof PathPattern p ? p.getPatternString() : exchange.getRequest().getPath().value();
    }
}
