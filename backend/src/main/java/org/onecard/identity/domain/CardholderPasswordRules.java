package org.onecard.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.domain.LoginDecision.Refused;

/**
 * What a cardholder's own new password must be: at least {@link #MIN_LENGTH} characters and not
 * the password it replaces. Checked before the old password, so a weak choice costs no attempt.
 */
public final class CardholderPasswordRules {

    public static final int MIN_LENGTH = 6;
    /** BCrypt reads no further. */
    public static final int MAX_BYTES = 72;

    private CardholderPasswordRules() {
    }

    public static Optional<Refused> check(String oldPassword, String newPassword) {
        if (newPassword.codePointCount(0, newPassword.length()) < MIN_LENGTH || newPassword.isBlank()) {
            return Optional.of(new Refused(ResultCode.NEW_PASSWORD_TOO_WEAK,
                    "The new password needs at least " + MIN_LENGTH + " characters", false));
        }
        if (newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Refused(ResultCode.VALIDATION_FAILED,
                    "newPassword: at most " + MAX_BYTES + " bytes (UTF-8)", false));
        }
        if (newPassword.equals(oldPassword)) {
            return Optional.of(new Refused(ResultCode.NEW_PASSWORD_UNCHANGED, "Choose a password you have not been using",
                    false));
        }
        return Optional.empty();
    }
}
