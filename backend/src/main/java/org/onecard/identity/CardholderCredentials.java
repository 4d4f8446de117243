package org.onecard.identity;

import org.onecard.identity.application.PasswordHasher;
import org.onecard.identity.persistence.CardholderStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Cardholders' mobile-page passwords. */
@Service
public class CardholderCredentials {

    private final CardholderStore store;
    private final PasswordHasher hasher;

    public CardholderCredentials(CardholderStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /**
     * Sets (or resets) the person's password and lifts any lock.
     *
     * @throws IllegalArgumentException (in the Mono) for a blank or over-long password, or a
     *                                  person that does not exist
     */
    public Mono<Void> setPassword(long personId, String rawPassword) {
        return hasher.hash(rawPassword).flatMap(hash -> store.updatePassword(personId, hash)
                .flatMap(updated -> updated ? Mono.<Void>empty() : store.insertPassword(personId, hash))
                // a concurrent first set won the insert, or there is no such person
                .onErrorResume(DataIntegrityViolationException.class, e -> store.updatePassword(personId, hash)
                        .flatMap(updated -> updated ? Mono.<Void>empty()
                                : Mono.error(new IllegalArgumentException("No person " + personId)))));
    }
}
