package org.onecard.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.MutableClock;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.SecurityProperties;

class AccessTokensTests {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test";

    private final MutableClock clock = MutableClock.startingNow();
    private final AccessTokens tokens = new AccessTokens(properties(SECRET), clock);

    @Test
    void operatorTokenCarriesIdNamePermissionsAndScopes() {
        CurrentUser user = new CurrentUser(PrincipalKind.OPERATOR, 42, "陈出纳", Set.of("ledger:read", "audit:read"),
                Set.of(3L, 4L), Set.of(9L));

        assertThat(tokens.check(tokens.issue(user))).isEqualTo(new AccessTokens.Valid(user));
    }

    @Test
    void cardholderTokenCarriesNoPermissions() {
        CurrentUser user = CurrentUser.cardholder(5, "张三");

        assertThat(tokens.check(tokens.issue(user))).isEqualTo(new AccessTokens.Valid(user));
    }

    @Test
    void tokenExpiresAfterItsLifetime() {
        String token = tokens.issue(CurrentUser.cardholder(5, "张三"));

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(tokens.check(token)).isInstanceOf(AccessTokens.Valid.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.check(token)).isEqualTo(new AccessTokens.Refused(ResultCode.TOKEN_EXPIRED));
    }

    @Test
    void garbageTamperedAndForeignTokensAreInvalid() {
        String good = tokens.issue(CurrentUser.cardholder(5, "张三"));
        String[] parts = good.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"1\",\"kind\":\"OPERATOR\",\"perms\":[\"ledger:adjust\"],\"exp\":9999999999}"
                        .getBytes(StandardCharsets.UTF_8));
        String otherKey = new AccessTokens(properties("another-secret-of-at-least-32-bytes!!"), clock)
                .issue(CurrentUser.cardholder(5, "张三"));
        String unsigned = Jwts.builder().subject("1").claim("kind", "OPERATOR")
                .expiration(Date.from(clock.instant().plusSeconds(60))).compact();

        for (String bad : new String[] {"", "not.a.token", "abc", parts[0] + "." + otherPayload + "." + parts[2],
                good + "x", otherKey, unsigned, "x".repeat(AccessTokens.MAX_LENGTH + 1), null}) {
            assertThat(tokens.check(bad)).as(String.valueOf(bad))
                    .isEqualTo(new AccessTokens.Refused(ResultCode.TOKEN_INVALID));
        }
    }

    @Test
    void signedTokenWithoutOurClaimsIsInvalid() {
        javax.crypto.SecretKey key = io.jsonwebtoken.security.Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
        Date later = Date.from(clock.instant().plusSeconds(60));
        String noKind = Jwts.builder().subject("1").expiration(later).signWith(key).compact();
        String badKind = Jwts.builder().subject("1").claim("kind", "ROBOT").expiration(later).signWith(key).compact();
        String badSubject = Jwts.builder().subject("me").claim("kind", "CARDHOLDER").expiration(later).signWith(key).compact();
        String noExpiry = Jwts.builder().subject("1").claim("kind", "CARDHOLDER").signWith(key).compact();

        for (String bad : new String[] {noKind, badKind, badSubject, noExpiry}) {
            assertThat(tokens.check(bad)).isEqualTo(new AccessTokens.Refused(ResultCode.TOKEN_INVALID));
        }
    }

    @Test
    void shortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new AccessTokens(properties("too-short"), clock))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void blankSecretGivesARandomKeyPerStart() {
        AccessTokens first = new AccessTokens(properties(""), clock);
        AccessTokens second = new AccessTokens(properties(null), clock);
        String token = first.issue(CurrentUser.cardholder(5, "张三"));

        assertThat(first.check(token)).isInstanceOf(AccessTokens.Valid.class);
        assertThat(second.check(token)).isEqualTo(new AccessTokens.Refused(ResultCode.TOKEN_INVALID));
    }

    private static SecurityProperties properties(String secret) {
        return new SecurityProperties(secret, Duration.ofMinutes(15), Duration.ofDays(7), 3, Duration.ofMinutes(15));
    }
}
