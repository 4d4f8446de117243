package org.onecard.identity.web;

import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.persistence.CardholderStore;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * While a cardholder still signs in with the password the card centre gave them, the mobile
 * page's API answers nothing but /api/h5/auth/** (where they set their own): 403, code 6013.
 * It runs after the security chain (which put the principal in the context) and costs one
 * primary-key read per mobile-page request; operators' requests pass untouched.
 */
@Component
@Order(PasswordChangeGate.ORDER)
class PasswordChangeGate implements WebFilter {

    /** After Spring Security's chain (-100). */
    static final int ORDER = 0;

    private final CardholderStore store;

    PasswordChangeGate(CardholderStore store) {
        this.store = store;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/h5/") || path.startsWith("/api/h5/auth/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(a -> a.getPrincipal() instanceof CurrentUser user && user.kind() == PrincipalKind.CARDHOLDER)
                .flatMap(a -> store.mustChange(((CurrentUser) a.getPrincipal()).id()))
                .defaultIfEmpty(false)
                .flatMap(mustChange -> mustChange
                        ? Mono.<Void>error(new ApiException(ResultCode.PASSWORD_CHANGE_REQUIRED,
                                "Set your own password first (POST /api/h5/auth/password)"))
                        : chain.filter(exchange));
    }
}
