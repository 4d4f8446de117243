package org.onecard.identity.domain;

import java.time.Instant;
import org.onecard.common.reader.CardSerials;

/**
 * What a sign-in needs to know about an operator or a cardholder's credential.
 *
 * @param lockedUntil       null when the account was never locked
 * @param cardFactorEnabled whether the operator must also present their operator card
 * @param cardSerial        the operator card's serial, already {@link CardSerials#normalize normalised}
 */
public record LoginAccount(long id, String name, String passwordHash, boolean enabled, Instant lockedUntil,
                           boolean cardFactorEnabled, String cardSerial) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
