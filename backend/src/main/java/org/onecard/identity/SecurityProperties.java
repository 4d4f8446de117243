package org.onecard.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param jwtSecret       HS256 key for access tokens, at least 32 bytes of UTF-8; blank means a
 *                        random key per start (access tokens then end with a restart)
 * @param accessTokenTtl  how long an access token is accepted
 * @param refreshTokenTtl how long a refresh token may be used, counted from its issue
 * @param maxFailedLogins wrong passwords (or operator cards) in a row that lock the account
 * @param lockDuration    how long a locked account stays locked
 */
@ConfigurationProperties("onecard.security")
public record SecurityProperties(
        String jwtSecret,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("7d") Duration refreshTokenTtl,
        @DefaultValue("3") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration) {

    public SecurityProperties {
        requirePositive(accessTokenTtl, "access-token-ttl");
        requirePositive(refreshTokenTtl, "refresh-token-ttl");
        requirePositive(lockDuration, "lock-duration");
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("onecard.security.max-failed-logins must be 1 or more");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("onecard.security." + name + " must be a positive duration");
        }
    }
}
