package org.onecard.identity.web;

import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.audit.AuditContext;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.application.AccessTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Reads "Authorization: Bearer ..." into the security context. A bad token does not end the
 * request here: open endpoints ignore it, and protected ones answer with the reason the filter
 * noted (expired or invalid) instead of a bare "sign in". Not a bean, so only the security chain runs it.
 */
final class BearerTokenFilter implements WebFilter {

    static final String REFUSAL = BearerTokenFilter.class.getName() + ".refusal";
    private static final String PREFIX = "Bearer ";

    private final AccessTokens accessTokens;

    BearerTokenFilter(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return chain.filter(exchange);
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            exchange.getAttributes().put(REFUSAL, ResultCode.TOKEN_INVALID);
            return chain.filter(exchange);
        }
        AccessTokens.Check check = accessTokens.check(header.substring(PREFIX.length()).trim());
        if (check instanceof AccessTokens.Valid valid) {
            CurrentUser user = valid.user();
            ActorKind kind = ActorKind.valueOf(user.kind().name());
            AuditContext.attachActor(exchange, new Actor(kind, user.id(), user.name()));
            return chain.filter(exchange)
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new BearerAuthentication(user)));
        }
        exchange.getAttributes().put(REFUSAL, ((AccessTokens.Refused) check).code());
        return chain.filter(exchange);
    }
}
