package org.onecard.cards;

import java.util.List;
import java.util.function.Function;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Runs a card-centre step together with its money: with legs, through the ledger (idempotent
 * under the key, the step in the same transaction); without, as a plain transaction.
 */
@Component
class CardMoney {

    /** The answer to a step: the posting that carried its money (null when none) and whether it was a replay. */
    record Booked(Long postingId, boolean replayed) {
    }

    private final Ledger ledger;
    private final CardStore cards;
    private final BusinessClock clock;
    private final TransactionalOperator tx;

    CardMoney(Ledger ledger, CardStore cards, BusinessClock clock, ReactiveTransactionManager transactions) {
        this.ledger = ledger;
        this.cards = cards;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    /** Whether a request with this key was carried out before, with or without money. */
    Mono<Boolean> seen(String key) {
        return ledger.knows(key).flatMap(known -> known ? Mono.just(true) : cards.requestKeyUsed(key));
    }

    Mono<Booked> run(String key, long operatorId, String note, List<TransferLeg> legs,
                     Function<Long, Mono<?>> step) {
        return run(key, operatorId, null, note, legs, step);
    }

    /** {@link #run} for a step taken at a terminal: the posting records the terminal's field 41. */
    Mono<Booked> run(String key, long operatorId, String terminalCode, String note, List<TransferLeg> legs,
                     Function<Long, Mono<?>> step) {
        if (legs.isEmpty()) {
            return tx.transactional(cards.claimRequestKey(key, clock.now()).then(step.apply(null)))
                    .then(Mono.just(new Booked(null, false)))
                    .onErrorResume(CardStore.KeyUsedException.class, e -> Mono.just(new Booked(null, true)));
        }
        PostingRequest request = new PostingRequest(key, legs, operatorId, terminalCode, null, null, false, note);
        return ledger.post(request, posted -> step.apply(posted.postingId())).flatMap(CardMoney::answer);
    }

    private static Mono<Booked> answer(PostingOutcome outcome) {
        if (outcome instanceof Declined d) {
            return Mono.error(new ApiException(d.reason(), d.detail()));
        }
        Posted p = (Posted) outcome;
        return Mono.just(new Booked(p.postingId(), p.replayed()));
    }
}
