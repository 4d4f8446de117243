package org.onecard.identity;

import java.time.Clock;
import org.onecard.identity.application.PasswordHasher;
import org.onecard.identity.persistence.CardholderStore;
import org.onecard.identity.persistence.RefreshTokenStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Cardholders' mobile-page passwords. */
@Service
public class CardholderCredentials {

    private final CardholderStore store;
    private final PasswordHasher hasher;
    private final RefreshTokenStore sessions;
    private final Clock clock;

    public CardholderCredentials(CardholderStore store, PasswordHasher hasher, RefreshTokenStore sessions, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Sets (or resets) a password the cardholder may keep, and lifts any lock.
     *
     * @throws IllegalArgumentException (in the Mono) for a blank or over-long password, or a
     *                                  person that does not exist
     */
    public Mono<Void> setPassword(long personId, String rawPassword) {
        return set(personId, rawPassword, false);
    }

    /**
     * The card centre gives (or resets) a password: it works once, to sign in and replace it, and
     * the mobile page shows nothing else until the cardholder has (answer 6013).
     *
     * @throws IllegalArgumentException (in the Mono) as {@link #setPassword}
     */
    public Mono<Void> setInitialPassword(long personId, String rawPassword) {
        return set(personId, rawPassword, true);
    }

    /** Whether the password in use is still one the card centre set. */
    public Mono<Boolean> mustChange(long personId) {
        return store.mustChange(personId);
    }

    /** A password set or reset ends the cardholder's sessions: whoever held one must sign in with it. */
    private Mono<Void> set(long personId, String rawPassword, boolean mustChange) {
        return write(personId, rawPassword, mustChange)
                .then(Mono.defer(() -> sessions.revokeAll(PrincipalKind.CARDHOLDER, personId, clock.instant())));
    }

    private Mono<Void> write(long personId, String rawPassword, boolean mustChange) {
        return hasher.hash(rawPassword).flatMap(hash -> store.updatePassword(personId, hash, mustChange)
                .flatMap(updated -> updated ? Mono.<Void>empty() : store.insertPassword(personId, hash, mustChange))
                // a concurrent first set won the insert, or there is no such person
                .onErrorResume(DataIntegrityViolationException.class, e -> store.updatePassword(personId, hash, mustChange)
                        .flatMap(updated -> updated ? Mono.<Void>empty()
                                : Mono.error(new IllegalArgumentException("No person " + personId)))));
    }
}
