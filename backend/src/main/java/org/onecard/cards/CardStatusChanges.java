package org.onecard.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardState;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.cards.domain.Transition.Allowed;
import org.onecard.cards.domain.Transition.Refused;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.time.BusinessClock;
import org.onecard.rules.Parameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Lifecycle steps that move no money: loss (挂失) and unloss, freeze and unfreeze, renew. Each
 * changes the terminals' blacklist, so each records a list change.
 */
@Service
public class CardStatusChanges {

    private final CardStore cards;
    private final CardReads reads;
    private final Parameters parameters;
    private final BusinessClock clock;
    private final TransactionalOperator tx;
    private final CardSubsidies subsidies;

    CardStatusChanges(CardStore cards, CardReads reads, Parameters parameters, BusinessClock clock,
                      ReactiveTransactionManager transactions, CardSubsidies subsidies) {
        this.subsidies = subsidies;
        this.cards = cards;
        this.reads = reads;
        this.parameters = parameters;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<CardView> loss(long cardId, long operatorId) {
        return change(cardId, operatorId, "LOSS", Lifecycle::loss, "ADD");
    }

    public Mono<CardView> unloss(long cardId, long operatorId) {
        return change(cardId, operatorId, "UNLOSS", Lifecycle::unloss, "REMOVE").flatMap(subsidies::claimed);
    }

    public Mono<CardView> freeze(long cardId, long operatorId) {
        return change(cardId, operatorId, "FREEZE", Lifecycle::freeze, "ADD");
    }

    public Mono<CardView> unfreeze(long cardId, long operatorId) {
        return change(cardId, operatorId, "UNFREEZE", Lifecycle::unfreeze, "REMOVE").flatMap(subsidies::claimed);
    }

    /** Extends validity by the system's card validity, from today or the current expiry, whichever is later. */
    public Mono<CardView> renew(long cardId, long operatorId) {
        Instant now = clock.now();
        LocalDate today = clock.accountingDate(now);
        return reads.record(cardId).zipWith(parameters.current()).flatMap(t -> {
            CardRecord card = t.getT1();
            refuseIfNot(Lifecycle.renew(card.state()));
            LocalDate from = card.expiresOn().isAfter(today) ? card.expiresOn() : today;
            LocalDate until = from.plusYears(t.getT2().cardValidityYears());
            return tx.transactional(cards.setExpiry(cardId, until)
                    .then(cards.event(cardId, "RENEW", operatorId, now, null, "until " + until)));
        }).then(reads.view(cardId));
    }

    private Mono<CardView> change(long cardId, long operatorId, String kind, Function<CardState, Transition> rule,
                                  String blacklistAction) {
        Instant now = clock.now();
        return reads.record(cardId).flatMap(card -> {
            Allowed allowed = refuseIfNot(rule.apply(card.state()));
            return tx.transactional(cards.changeStatus(cardId, card.status(), allowed.to(), now)
                    .then(cards.event(cardId, kind, operatorId, now, null, null))
                    .then(cards.listChange(cardId, card.serial(), "BLACKLIST", blacklistAction, now)));
        }).then(reads.view(cardId));
    }

    static Allowed refuseIfNot(Transition transition) {
        if (transition instanceof Refused refused) {
            throw new ApiException(refused.code(), refused.detail());
        }
        return (Allowed) transition;
    }
}
