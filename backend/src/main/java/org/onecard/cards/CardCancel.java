package org.onecard.cards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Cancel (注销): the cash balance goes back over the counter, the subsidy back to the subsidy
 * fund, and the deposit is returned when the card is handed back (the card cost was paid at
 * issue and is not refundable). Cancelling a lost card marks it refunded: it can never be
 * unlost or reissued.
 */
@Service
public class CardCancel {

    private final CardStore cards;
    private final Ledger ledger;
    private final CardReads reads;
    private final CardMoney money;
    private final StandardAccounts accounts;
    private final BusinessClock clock;
    private final CardSubsidies subsidies;

    CardCancel(CardStore cards, Ledger ledger, CardReads reads, CardMoney money, StandardAccounts accounts,
               BusinessClock clock, CardSubsidies subsidies) {
        this.subsidies = subsidies;
        this.cards = cards;
        this.ledger = ledger;
        this.reads = reads;
        this.money = money;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Mono<CardView> cancel(long cardId, boolean cardReturned, String key, long operatorId) {
        Instant now = clock.now();
        return reads.record(cardId).flatMap(card -> ledger.firstAnswer("cancel:" + key)
                .flatMap(first -> replay(first, cardId))
                .switchIfEmpty(Mono.defer(() -> money.seen("cancel:" + key).flatMap(seen -> seen
                        ? reads.view(cardId, null, true)
                        : book(card, cardReturned, key, operatorId, now)))));
    }

    private Mono<CardView> replay(PostingOutcome first, long cardId) {
        if (first instanceof Posted posted) {
            return cards.cardOfPosting(posted.postingId(), "CANCEL")
                    .filter(id -> id == cardId)
                    .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                            "The key was used to cancel another card")))
                    .flatMap(id -> reads.view(id, posted.postingId(), true));
        }
        Declined declined = (Declined) first;
        return Mono.error(new ApiException(declined.reason(), declined.detail()));
    }

    private Mono<CardView> book(CardRecord card, boolean cardReturned, String key, long operatorId, Instant now) {
        long cardId = card.id();
        CardStatusChanges.refuseIfNot(Lifecycle.cancel(card.state()));
        return subsidies.refuseIfPending(card.personId()).then(reads.view(card, null, false))
                    .flatMap(view -> legs(card, operatorId, view.cashFen(), view.subsidyFen(),
                            cardReturned ? card.depositFen() : 0).flatMap(legs -> money.run("cancel:" + key,
                            operatorId, "card cancel", legs,
                            postingId -> cards.changeStatus(cardId, card.status(), CardStatus.CANCELLED, now)
                                    .then(card.status() == CardStatus.LOST ? cards.markLostRefunded(cardId) : Mono.empty())
                                    .then(cards.event(cardId, "CANCEL", operatorId, now, postingId,
                                            cardReturned ? "card returned" : "card not returned"))
                                    .then(cards.listChange(cardId, card.serial(), "WHITELIST", "REMOVE", now))
                                    .then(nothingLeft(card, view)))))
                    .flatMap(booked -> reads.view(cardId, booked.postingId(), booked.replayed()));
    }

    /**
     * Inside the cancel's transaction: a subsidy registered or claimed since the balances were read
     * would stay behind on a cancelled card, so the cancel rolls back and can simply be sent again.
     */
    private Mono<Void> nothingLeft(CardRecord card, CardView before) {
        // a negative (offline overdraft) balance is not refunded and stays as it was
        return subsidies.refuseIfPending(card.personId()).then(reads.view(card, null, false)).flatMap(after ->
                after.cashFen() == Math.min(before.cashFen(), 0) && after.subsidyFen() == Math.min(before.subsidyFen(), 0)
                        ? Mono.<Void>empty()
                        : Mono.error(new ApiException(ResultCode.CARD_STATE_FORBIDS,
                                "The balance changed while cancelling; send the cancel again")));
    }

    private Mono<List<TransferLeg>> legs(CardRecord card, long operatorId, long cashFen, long subsidyFen,
                                         long depositFen) {
        return Mono.zip(accounts.cashWallet(card.personId()), accounts.subsidyWallet(card.personId()),
                        accounts.cashDrawer(operatorId), accounts.subsidyFund(), accounts.deposits())
                .map(a -> {
                    List<TransferLeg> legs = new ArrayList<>();
                    if (cashFen > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT3(), cashFen, TransferCode.CANCEL_REFUND));
                    }
                    if (subsidyFen > 0) {
                        legs.add(new TransferLeg(a.getT2(), a.getT4(), subsidyFen, TransferCode.REFUND_SUBSIDY));
                    }
                    if (depositFen > 0) {
                        legs.add(new TransferLeg(a.getT5(), a.getT3(), depositFen, TransferCode.DEPOSIT_REFUND));
                    }
                    return legs;
                });
    }
}
