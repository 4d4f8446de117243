package org.onecard.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardState;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.cards.domain.Transition.Allowed;
import org.onecard.cards.domain.Transition.Refused;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
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

    /** card_event.note of a loss the cardholder reported themselves. */
    static final String HOLDER_NOTE = "reported by the cardholder (mobile page)";

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

    /**
     * The cardholder reports one of their own cards lost from the mobile page: the same step as at
     * the card centre (status, event, blacklist change), with no operator. A card that is already
     * lost stays as it is and is answered the same way, however often (or concurrently) it is
     * reported; a card that is not theirs is not found (1002).
     */
    public Mono<HolderLoss> lossByHolder(long personId, String cardNo) {
        return cards.cardsOf(personId).filter(c -> c.cardNo().equals(cardNo)).next()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("You have no card " + cardNo)))
                .flatMap(card -> card.status() == CardStatus.LOST
                        ? reads.view(card.id()).map(view -> new HolderLoss(view, false))
                        : change(card.id(), null, "LOSS", Lifecycle::loss, "ADD", HOLDER_NOTE)
                                .map(view -> new HolderLoss(view, true))
                                .onErrorResume(ApiException.class, race -> reads.record(card.id())
                                        .filter(now -> now.status() == CardStatus.LOST)
                                        .flatMap(now -> reads.view(now.id()).map(view -> new HolderLoss(view, false)))
                                        .switchIfEmpty(Mono.error(race))));
    }

    /** @param changed false when the card was lost already and nothing was written */
    public record HolderLoss(CardView card, boolean changed) {
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
        return change(cardId, operatorId, kind, rule, blacklistAction, null);
    }

    /** {@code operatorId} null: the cardholder did it ({@code note} says so). */
    private Mono<CardView> change(long cardId, Long operatorId, String kind, Function<CardState, Transition> rule,
                                  String blacklistAction, String note) {
        Instant now = clock.now();
        return reads.record(cardId).flatMap(card -> {
            Allowed allowed = refuseIfNot(rule.apply(card.state()));
            return tx.transactional(cards.changeStatus(cardId, card.status(), allowed.to(), now)
                    .then(cards.event(cardId, kind, operatorId, now, null, note))
                    .then(cards.listChange(cardId, card.serial(), "BLACKLIST", blacklistAction, now)));
        }).then(reads.view(cardId));
    }

    /**
     * A grey card (a dispenser's pending lock) takes no money at the counter or a cashier machine until
     * its pending record is applied (8044): the interrupted sale would else be booked against a balance
     * the cardholder was already paid out of, or told of.
     */
    static void refuseIfGrey(CardRecord card) {
        if (card.greyLockId() != null) {
            throw new ApiException(ResultCode.FUEL_CARD_GREY,
                    "Card " + card.id() + " is grey: apply or release its pending fuel record first");
        }
    }

    static Allowed refuseIfNot(Transition transition) {
        if (transition instanceof Refused refused) {
            throw new ApiException(refused.code(), refused.detail());
        }
        return (Allowed) transition;
    }
}
