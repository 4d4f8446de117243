package org.onecard.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.domain.LoginDecision.Refused;

class LoginPolicyTests {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void lockedAccountIsRefusedBeforeThePasswordIsLookedAt() {
        LoginAccount locked = account(true, NOW.plusSeconds(60), false, null);

        assertThat(LoginPolicy.beforePassword(locked, NOW)).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(ResultCode.ACCOUNT_LOCKED);
            assertThat(r.countsAsFailure()).isFalse();
        });
    }

    @Test
    void lockThatHasRunOutNoLongerRefuses() {
        assertThat(LoginPolicy.beforePassword(account(true, NOW, false, null), NOW)).isEmpty();
        assertThat(LoginPolicy.beforePassword(account(true, NOW.minus(Duration.ofMinutes(1)), false, null), NOW)).isEmpty();
        assertThat(LoginPolicy.beforePassword(account(true, null, false, null), NOW)).isEmpty();
    }

    @Test
    void wrongPasswordCountsAndSaysNothingMore() {
        LoginAccount disabledWithCard = account(false, null, true, "04A1B2C3");

        LoginDecision decision = LoginPolicy.afterPassword(disabledWithCard, false, null);

        assertThat(decision).isEqualTo(new Refused(ResultCode.BAD_CREDENTIALS, LoginDecision.BAD_CREDENTIALS_DETAIL, true));
    }

    @Test
    void disabledIsOnlyToldToSomeoneWithThePassword() {
        LoginDecision decision = LoginPolicy.afterPassword(account(false, null, false, null), true, null);

        assertThat(decision).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.code()).isEqualTo(ResultCode.ACCOUNT_DISABLED);
            assertThat(r.countsAsFailure()).isFalse();
        });
    }

    @Test
    void missingOperatorCardIsAskedForWithoutCountingAFailure() {
        LoginAccount withCard = account(true, null, true, "04A1B2C3");

        for (String typed : new String[] {null, "", "  ", "\r\n"}) {
            assertThat(LoginPolicy.afterPassword(withCard, true, typed)).isInstanceOfSatisfying(Refused.class, r -> {
                assertThat(r.code()).isEqualTo(ResultCode.SECOND_FACTOR_REQUIRED);
                assertThat(r.countsAsFailure()).isFalse();
            });
        }
    }

    @Test
    void wrongOperatorCardCountsAsAFailure() {
        LoginDecision decision = LoginPolicy.afterPassword(account(true, null, true, "04A1B2C3"), true, "04A1B2C4");

        assertThat(decision).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.code()).isEqualTo(ResultCode.SECOND_FACTOR_INVALID);
            assertThat(r.countsAsFailure()).isTrue();
        });
    }

    @Test
    void operatorCardTypedByAReaderIsAcceptedWhateverItsCaseAndSpacing() {
        LoginAccount withCard = account(true, null, true, "04A1B2C3");

        for (String typed : new String[] {"04A1B2C3", "04a1b2c3", "  04a1B2c3\r\n", "\t04 A1 B2 C3 "}) {
            assertThat(LoginPolicy.afterPassword(withCard, true, typed)).as(typed).isEqualTo(LoginDecision.GRANTED);
        }
    }

    @Test
    void rightPasswordWithoutCardFactorIsGranted() {
        assertThat(LoginPolicy.afterPassword(account(true, null, false, null), true, "ignored"))
                .isEqualTo(LoginDecision.GRANTED);
    }

    private static LoginAccount account(boolean enabled, Instant lockedUntil, boolean cardFactor, String serial) {
        return new LoginAccount(7, "Test", "$2a$10$hash", enabled, lockedUntil, cardFactor, serial);
    }
}
