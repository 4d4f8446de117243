package org.onecard.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onecard.identity.PrincipalKind;
import org.onecard.identity.domain.RefreshTokenRecord.Verdict;

class RefreshTokenRecordTests {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void freshTokenOfTheRightKindIsUsable() {
        assertThat(token(NOW.plusSeconds(1), null, null).verdict(PrincipalKind.OPERATOR, NOW)).isEqualTo(Verdict.USABLE);
    }

    @Test
    void spentTokenIsReuseEvenWhenItsFamilyWasRevokedOrItExpired() {
        assertThat(token(NOW.plusSeconds(60), NOW, null).verdict(PrincipalKind.OPERATOR, NOW)).isEqualTo(Verdict.REUSED);
        assertThat(token(NOW.minusSeconds(60), NOW, NOW).verdict(PrincipalKind.OPERATOR, NOW)).isEqualTo(Verdict.REUSED);
    }

    @Test
    void revokedExpiredOrForeignTokensAreInvalid() {
        assertThat(token(NOW.plusSeconds(60), null, NOW).verdict(PrincipalKind.OPERATOR, NOW)).isEqualTo(Verdict.INVALID);
        assertThat(token(NOW, null, null).verdict(PrincipalKind.OPERATOR, NOW)).isEqualTo(Verdict.INVALID);
        assertThat(token(NOW.plusSeconds(60), null, null).verdict(PrincipalKind.CARDHOLDER, NOW)).isEqualTo(Verdict.INVALID);
        assertThat(token(NOW.plusSeconds(60), NOW, null).verdict(PrincipalKind.CARDHOLDER, NOW))
                .as("a foreign token is not spent on the wrong endpoint").isEqualTo(Verdict.INVALID);
    }

    private static RefreshTokenRecord token(Instant expiresAt, Instant usedAt, Instant revokedAt) {
        return new RefreshTokenRecord(1, "family", PrincipalKind.OPERATOR, 9, expiresAt, usedAt, revokedAt);
    }
}
