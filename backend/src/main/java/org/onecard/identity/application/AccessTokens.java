package org.onecard.identity.application;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed access tokens (JWT, HS256). They carry everything {@link CurrentUser}
 * holds, so checking one needs no database; the price is that a change of roles takes effect at
 * the next refresh, at most one access-token lifetime later. A disabled operator is refused at
 * once all the same (SecurityConfig asks {@code Operators.isEnabled}, a cached read).
 * <p>
 * Only HS256 under our key, with our issuer and audience, is accepted: a token signed with another
 * algorithm (even HS512 under the same secret), or minted for another service that happens to share
 * the secret, is not one of ours.
 */
@Component
public class AccessTokens {

    /** Far above any token we issue; longer input is refused before parsing. */
    public static final int MAX_LENGTH = 8192;
    static final int MIN_SECRET_BYTES = 32;
    /** The {@code iss} of every token we sign, and the only one we accept. */
    public static final String ISSUER = "onecard";
    /** The {@code aud} of every token we sign, and the only one we accept. */
    public static final String AUDIENCE = "onecard-api";

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    /** What a presented token turned out to be. */
    public sealed interface Check {
    }

    public record Valid(CurrentUser user) implements Check {
    }

    /** Expired (TOKEN_EXPIRED) or unusable (TOKEN_INVALID). */
    public record Refused(ResultCode code) implements Check {
    }

    private final SecretKey key;
    private final Duration ttl;
    private final Clock clock;
    private final JwtParser parser;

    public AccessTokens(SecurityProperties properties, Clock clock) {
        this.key = signingKey(properties.jwtSecret());
        this.ttl = properties.accessTokenTtl();
        this.clock = clock;
        this.parser = Jwts.parser().verifyWith(key).sig().clear().add(Jwts.SIG.HS256).and()
                .requireIssuer(ISSUER).requireAudience(AUDIENCE)
                .clock(() -> Date.from(clock.instant())).build();
    }

    static SecretKey signingKey(String secret) {
        if (secret == null || secret.isBlank()) {
            log.warn("onecard.security.jwt-secret is not set: using a random key, so every restart signs everyone"
                    + " out of the admin SPA and the mobile page. Set ONECARD_JWT_SECRET in production.");
            return Jwts.SIG.HS256.key().build();
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("onecard.security.jwt-secret must be at least " + MIN_SECRET_BYTES
                    + " bytes; generate one with `openssl rand -base64 48`");
        }
        return Keys.hmacShaKeyFor(bytes);
    }

    public long ttlSeconds() {
        return ttl.toSeconds();
    }

    public String issue(CurrentUser user) {
        Instant now = clock.instant();
        Map<String, Object> claims = new HashMap<>();
        claims.put("kind", user.kind().name());
        claims.put("name", user.name());
        if (user.isOperator()) {
            claims.put("perms", sorted(user.permissions()));
            claims.put("dept", sorted(user.departmentScope()));
            claims.put("outlet", sorted(user.outletScope()));
        }
        return Jwts.builder()
                .issuer(ISSUER)
                .audience().add(AUDIENCE).and()
                .subject(Long.toString(user.id()))
                .claims(claims)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }

    public Check check(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return new Refused(ResultCode.TOKEN_INVALID);
        }
        try {
            return new Valid(toUser(parser.parseSignedClaims(token).getPayload()));
        } catch (ExpiredJwtException e) {
            return new Refused(ResultCode.TOKEN_EXPIRED);
        } catch (JwtException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            return new Refused(ResultCode.TOKEN_INVALID);
        }
    }

    private static CurrentUser toUser(Claims claims) {
        if (claims.getExpiration() == null) {
            throw new IllegalArgumentException("A token without expiry is not one of ours");
        }
        PrincipalKind kind = PrincipalKind.valueOf(claims.get("kind", String.class));
        long id = Long.parseLong(claims.getSubject());
        String name = claims.get("name", String.class);
        if (kind == PrincipalKind.CARDHOLDER) {
            return CurrentUser.cardholder(id, name);
        }
        Set<String> perms = list(claims, "perms").stream().map(String.class::cast).collect(Collectors.toSet());
        return new CurrentUser(kind, id, name, perms, ids(claims, "dept"), ids(claims, "outlet"));
    }

    private static List<?> list(Claims claims, String name) {
        Object value = claims.get(name);
        return value == null ? List.of() : (List<?>) value;
    }

    private static Set<Long> ids(Claims claims, String name) {
        return list(claims, name).stream().map(v -> ((Number) v).longValue()).collect(Collectors.toSet());
    }

    private static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }
}
