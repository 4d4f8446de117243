package org.onecard.identity.web;

import java.util.List;
import org.onecard.common.error.ProblemExceptionHandler;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Operators;
import org.onecard.identity.Permissions;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.application.AccessTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.core.publisher.Mono;

/**
 * Stateless bearer-token security. Sign-in, refresh and sign-out and /api/meta are open;
 * /api/h5/** is for cardholders, the rest of /api/** for operators (the wrong kind gets 403
 * code 2010); static files, API docs and health are open. Controllers add permission checks
 * with {@code @PreAuthorize("hasAuthority('ledger:verify')")} (see {@link Permissions}), which this
 * chain already applies before the request is read ({@link HandlerPermissions}), and take the
 * principal as {@code @AuthenticationPrincipal CurrentUser}. PermissionMatrixTests calls every
 * endpoint as every kind of caller against backend/src/test/resources/permission-matrix.csv.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccessTokens accessTokens,
                                                  ProblemExceptionHandler problems,
                                                  @Qualifier("requestMappingHandlerMapping")
                                                  ObjectProvider<RequestMappingHandlerMapping> handlers,
                                                  Operators operators) {
        SecurityProblems refusals = new SecurityProblems(problems);
        HandlerPermissions permissions = new HandlerPermissions(handlers);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .addFilterAt(new BearerTokenFilter(accessTokens), SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/refresh", "/api/auth/logout",
                                "/api/h5/auth/login", "/api/h5/auth/refresh", "/api/h5/auth/logout").permitAll()
                        .pathMatchers("/api/meta/**").permitAll()
                        // instances of several sites sign each request with their shared secret (sites package)
                        .pathMatchers(HttpMethod.POST, "/api/site-exchange/**").permitAll()
                        .pathMatchers("/api/h5/**").access(signedIn(PrincipalKind.CARDHOLDER, permissions, operators))
                        .pathMatchers("/api/**").access(signedIn(PrincipalKind.OPERATOR, permissions, operators))
                        .anyExchange().permitAll())
                .build();
    }

    /**
     * The firewall's refusals (an encoded slash or backslash, {@code ..} or {@code ;} in the path, …) as
     * problem+json like every other 400; without this they were a bare 400 with an empty body.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemExceptionHandler problems) {
        return (exchange, rejected) -> problems.write(exchange, ResultCode.MALFORMED_REQUEST,
                "The request's path or headers are not accepted", List.of());
    }

    /**
     * Grants a signed-in principal of this kind that has what the handler's {@code @PreAuthorize}
     * asks for; anyone else is refused before the request is read. An operator disabled since the
     * token was issued is refused too (403, code 2011), not served until the token expires.
     */
    static ReactiveAuthorizationManager<AuthorizationContext> signedIn(PrincipalKind kind, HandlerPermissions permissions,
                                                                       Operators operators) {
        return (authentication, context) -> authentication
                .filter(a -> a.isAuthenticated() && a.getPrincipal() instanceof CurrentUser user && user.kind() == kind)
                .flatMap(a -> stillEnabled((CurrentUser) a.getPrincipal(), operators, context)
                        .flatMap(enabled -> enabled ? permissions.check(a, context.getExchange())
                                : Mono.just(new AuthorizationDecision(false))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static Mono<Boolean> stillEnabled(CurrentUser user, Operators operators, AuthorizationContext context) {
        if (!user.isOperator()) {
            return Mono.just(true);
        }
        return operators.isEnabled(user.id()).doOnNext(enabled -> {
            if (!enabled) {
                context.getExchange().getAttributes().put(SecurityProblems.DISABLED, true);
            }
        });
    }
}
