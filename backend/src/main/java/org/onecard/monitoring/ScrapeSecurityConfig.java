package org.onecard.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The actuator on the HTTP port: health (liveness and readiness probes) and info are open, as load
 * balancers need them; /actuator/prometheus takes HTTP Basic as {@code prometheus} with
 * {@code onecard.monitoring.scrape-password} (refused to everyone while it is blank); any other
 * actuator path is refused. nginx does not forward /actuator/ at all (infra/nginx), so from the
 * internet none of it is reachable; Prometheus scrapes the instance directly.
 */
@Configuration(proxyBeanMethods = false)
class ScrapeSecurityConfig {

    private static final String SCRAPER = "ROLE_METRICS_SCRAPER";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain actuatorSecurity(ServerHttpSecurity http, MonitoringProperties properties) {
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator", "/actuator/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .httpBasic(basic -> basic.authenticationManager(scraper(properties.scrapePassword())))
                .authorizeExchange(ex -> ex
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/actuator/prometheus").hasAuthority(SCRAPER)
                        .anyExchange().denyAll())
                .build();
    }

    /** Accepts only {@code prometheus} with the configured password, compared in constant time. */
    private static ReactiveAuthenticationManager scraper(String password) {
        byte[] expected = password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8);
        return authentication -> {
            byte[] given = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
            boolean ok = expected.length > 0 && MonitoringProperties.SCRAPE_USER.equals(authentication.getName())
                    && MessageDigest.isEqual(expected, given);
            return ok ? Mono.just(UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    List.of(new SimpleGrantedAuthority(SCRAPER))))
                    : Mono.error(new BadCredentialsException("not the metrics scraper"));
        };
    }
}
