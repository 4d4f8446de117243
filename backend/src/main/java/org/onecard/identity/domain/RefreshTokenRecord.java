package org.onecard.identity.domain;

import java.time.Instant;
import org.onecard.identity.PrincipalKind;

/** A stored refresh token (its hash only) and where it stands. */
public record RefreshTokenRecord(long id, String familyId, PrincipalKind kind, long principalId, Instant expiresAt,
                                 Instant usedAt, Instant revokedAt) {

    public enum Verdict {
        /** May be spent now. */
        USABLE,
        /** Spent before: someone holds a copy, so the whole login must end. */
        REUSED,
        /** Revoked, expired or meant for the other kind of principal. */
        INVALID
    }

    /** Reuse is checked first: a spent token is a theft signal even after its family was revoked. */
    public Verdict verdict(PrincipalKind expectedKind, Instant now) {
        if (kind != expectedKind) {
            return Verdict.INVALID;
        }
        if (usedAt != null) {
            return Verdict.REUSED;
        }
        if (revokedAt != null || !expiresAt.isAfter(now)) {
            return Verdict.INVALID;
        }
        return Verdict.USABLE;
    }
}
