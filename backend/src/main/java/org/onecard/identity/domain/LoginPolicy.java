package org.onecard.identity.domain;

import java.time.Instant;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.reader.CardSerials;
import org.onecard.identity.domain.LoginDecision.Refused;

/**
 * The order in which a sign-in is checked. A lock is checked before the password, so a locked
 * account says nothing about whether a guess was right; "disabled" and the second factor are
 * only revealed to someone who knows the password.
 */
public final class LoginPolicy {

    private LoginPolicy() {
    }

    public static Optional<Refused> beforePassword(LoginAccount account, Instant now) {
        if (account.isLockedAt(now)) {
            return Optional.of(locked(account.lockedUntil()));
        }
        return Optional.empty();
    }

    public static LoginDecision afterPassword(LoginAccount account, boolean passwordMatches, String typedSerial) {
        if (!passwordMatches) {
            return badCredentials();
        }
        if (!account.enabled()) {
            return new Refused(ResultCode.ACCOUNT_DISABLED, "This account is disabled", false);
        }
        if (!account.cardFactorEnabled()) {
            return LoginDecision.GRANTED;
        }
        if (CardSerials.normalize(typedSerial).isEmpty()) {
            return new Refused(ResultCode.SECOND_FACTOR_REQUIRED, "Swipe your operator card", false);
        }
        if (!CardSerials.matches(account.cardSerial(), typedSerial)) {
            return new Refused(ResultCode.SECOND_FACTOR_INVALID, "This is not your operator card", true);
        }
        return LoginDecision.GRANTED;
    }

    public static Refused badCredentials() {
        return new Refused(ResultCode.BAD_CREDENTIALS, LoginDecision.BAD_CREDENTIALS_DETAIL, true);
    }

    public static Refused locked(Instant until) {
        return new Refused(ResultCode.ACCOUNT_LOCKED, "Too many failed attempts; locked until " + until + " (UTC)",
                false);
    }
}
