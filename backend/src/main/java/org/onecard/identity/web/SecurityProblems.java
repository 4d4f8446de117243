package org.onecard.identity.web;

import java.util.List;
import org.onecard.common.error.ProblemExceptionHandler;
import org.onecard.common.error.ResultCode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as problem+json with the catalogue's code, like every other error. */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    /** Set by SecurityConfig when the token's operator has been disabled since it was issued. */
    static final String DISABLED = SecurityProblems.class.getName() + ".disabled";

    private final ProblemExceptionHandler problems;

    SecurityProblems(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    /** No usable token: missing (2001), expired (2002) or invalid (2003). */
    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        ResultCode code = exchange.getAttributeOrDefault(BearerTokenFilter.REFUSAL, ResultCode.UNAUTHENTICATED);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return write(exchange, code, switch (code) {
            case TOKEN_EXPIRED -> "The access token has expired: refresh it or sign in again";
            case TOKEN_INVALID -> "The access token is not valid: sign in again";
            default -> "Sign in and send the access token as 'Authorization: Bearer <token>'";
        });
    }

    /** Signed in, but as the wrong kind of principal, without the permission, or since disabled. */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        if (exchange.getAttribute(DISABLED) != null) {
            return write(exchange, ResultCode.ACCOUNT_DISABLED, "This operator account has been disabled");
        }
        return write(exchange, ResultCode.FORBIDDEN, "Your account may not do this");
    }

    private Mono<Void> write(ServerWebExchange exchange, ResultCode code, String detail) {
        return problems.write(exchange, code, detail, List.of());
    }
}
