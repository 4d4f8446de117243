package org.onecard.subsidy;

import java.util.function.Function;
import java.util.function.Supplier;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.domain.RequestFingerprint;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The sender's key of a subsidy request, remembered with a hash of what was sent, in the same
 * transaction as the work: a retry gets the answer again, the same key with other content 1007.
 */
@Component
class SubsidyRequests {

    private final SubsidyStore store;
    private final BusinessClock clock;
    private final TransactionalOperator tx;

    SubsidyRequests(SubsidyStore store, BusinessClock clock, ReactiveTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    /**
     * Runs {@code work}, or, when the key was used for the same content before, {@code replay}.
     * {@code work} is handed the step that remembers the key and must run it inside its own
     * transaction (a ledger step, or {@link #transactional}).
     */
    <T> Mono<T> once(String key, String content, Function<Mono<Void>, Mono<T>> work, Supplier<Mono<T>> replay) {
        String hash = RequestFingerprint.sha256(content);
        Mono<Void> remember = Mono.defer(() -> store.claimRequest(key, hash, clock.now()))
                .flatMap(claimed -> claimed ? Mono.<Void>empty() : Mono.error(new KeyRaced()));
        return seen(key, hash).flatMap(seen -> seen ? replay.get() : work.apply(remember))
                .onErrorResume(KeyRaced.class, e -> seen(key, hash).then(replay.get()));
    }

    <T> Mono<T> transactional(Mono<T> work) {
        return tx.transactional(work);
    }

    private Mono<Boolean> seen(String key, String hash) {
        return store.requestHash(key).map(first -> {
            if (!first.equals(hash)) {
                throw new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                        "Key " + key + " was already used for a different subsidy request");
            }
            return true;
        }).defaultIfEmpty(false);
    }

    private static final class KeyRaced extends RuntimeException {
        KeyRaced() {
            super("request key taken concurrently", null, false, false);
        }
    }
}
