package org.onecard.identity.web;

import java.util.List;
import org.onecard.common.error.ProblemExceptionHandler;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Permissions;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.application.AccessTokens;
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

/**
 * Stateless bearer-token security. Sign-in, refresh and sign-out and /api/meta are open;
 * /api/h5/** is for cardholders, the rest of /api/** for operators (the wrong kind gets 403
 * code 2010); static files, API docs and health are open. Controllers add permission checks
 * with {@code @PreAuthorize("hasAuthority('ledger:verify')")} (see {@link Permissions}) and take
 * the principal as {@code @AuthenticationPrincipal CurrentUser}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccessTokens accessTokens,
                                                  ProblemExceptionHandler problems) {
        SecurityProblems refusals = new SecurityProblems(problems);
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
                        .pathMatchers("/api/h5/**").access(principalKind(PrincipalKind.CARDHOLDER))
                        .pathMatchers("/api/**").access(principalKind(PrincipalKind.OPERATOR))
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

    /** Grants a signed-in principal of this kind; anyone else is refused. */
    static ReactiveAuthorizationManager<AuthorizationContext> principalKind(PrincipalKind kind) {
        return (authentication, context) -> authentication
                .map(a -> a.isAuthenticated() && a.getPrincipal() instanceof CurrentUser user && user.kind() == kind)
                .defaultIfEmpty(false)
                .map(AuthorizationDecision::new);
    }
}
