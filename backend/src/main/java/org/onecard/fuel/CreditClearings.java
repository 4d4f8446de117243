package org.onecard.fuel;

import java.util.ArrayList;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.fuel.FuelCards.Standing;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.persistence.FuelSaleStore;
import org.onecard.fuel.persistence.FuelSaleStore.Clearing;
import org.onecard.fuel.persistence.FuelStore;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Clearing a credit card's usage when its fleet pays (记账额清零): one CREDIT_CLEARING posting under
 * the sender's key takes the payment into the operator's drawer and zeroes the usage — for
 * CREDIT_AMOUNT the fen used go back into the credit line; for CREDIT_VOLUME the fen owed settle the
 * fleet's receivable and the volume used goes back into the volume line — with its receipt row in the
 * same transaction. A repeat of the key answers the same receipt; nothing used is 8050.
 */
@Service
public class CreditClearings {

    /** A clearing receipt and whether this answer repeats the key's first. */
    public record Cleared(Clearing clearing, boolean replayed) {
    }

    private final FuelCards cards;
    private final FuelStore store;
    private final FuelSaleStore sales;
    private final FuelAccounts accounts;
    private final StandardAccounts standard;
    private final Ledger ledger;
    private final BusinessClock clock;

    CreditClearings(FuelCards cards, FuelStore store, FuelSaleStore sales, FuelAccounts accounts,
                    StandardAccounts standard, Ledger ledger, BusinessClock clock) {
        this.cards = cards;
        this.store = store;
        this.sales = sales;
        this.accounts = accounts;
        this.standard = standard;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The clearing booked under the key, or the card's usage cleared now. */
    public Mono<Outcome<Cleared>> clear(String key, long cardId, CurrentUser user) {
        return ledger.firstAnswer(key).flatMap(first -> receipt(first instanceof Posted p ? p.asReplay() : first))
                .switchIfEmpty(Mono.defer(() -> store.profile(cardId).flatMap(p -> !p.mode().credit()
                        ? Mono.just(Outcome.<Cleared>refused(ResultCode.FUEL_MODE_MISMATCH, "Card " + cardId + " is "
                                + p.mode() + "; only a credit card is cleared"))
                        : cards.standing(p).flatMap(s -> s.creditUsed() <= 0 && s.owedFen() <= 0
                                ? Mono.just(Outcome.<Cleared>refused(ResultCode.FUEL_NOTHING_TO_CLEAR,
                                        "Card " + cardId + " has no credit usage"))
                                : book(key, s, user)))
                        .defaultIfEmpty(Outcome.notFound("Card " + cardId))));
    }

    public Mono<Outcome<Cleared>> find(long postingId) {
        return sales.clearing(postingId).map(c -> Outcome.done(new Cleared(c, false)))
                .defaultIfEmpty(Outcome.notFound("Clearing " + postingId));
    }

    private Mono<Outcome<Cleared>> book(String key, Standing s, CurrentUser user) {
        long cardId = s.profile().cardId();
        boolean volume = s.profile().mode() == CardMode.CREDIT_VOLUME;
        long paid = s.owedFen();
        long volumeCleared = volume ? s.creditUsed() : 0;
        return cards.personOf(cardId).flatMap(person -> Mono.zip(standard.cashDrawer(user.id()),
                        volume ? accounts.receivable(person) : accounts.creditLine(person), accounts.volumeIssued(),
                        accounts.creditVolumeLine(person), fleetOf(cardId))
                .flatMap(a -> {
                    List<TransferLeg> legs = new ArrayList<>();
                    if (paid > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT2(), paid, TransferCode.CREDIT_CLEARING));
                    }
                    if (volumeCleared > 0) {
                        legs.add(new TransferLeg(a.getT3(), a.getT4(), volumeCleared, TransferCode.CREDIT_CLEARING));
                    }
                    Long fleet = a.getT5() == 0 ? null : a.getT5();
                    PostingRequest posting = new PostingRequest(key, legs, user.id(), null, null, null, false,
                            "credit clearing card " + cardId);
                    return ledger.post(posting, posted -> sales.insertClearing(new Clearing(posted.postingId(), cardId,
                            person, fleet, s.profile().mode(), paid, volumeCleared, posted.accountingDate(), clock.now(),
                            user.id())).thenReturn(true));
                }))
                .flatMap(this::receipt);
    }

    private Mono<Long> fleetOf(long cardId) {
        return sales.vehicleOfCard(cardId).flatMap(sales::fleetOf).defaultIfEmpty(0L);
    }

    private Mono<Outcome<Cleared>> receipt(PostingOutcome outcome) {
        if (outcome instanceof Declined d) {
            return Mono.just(Outcome.refused(d.reason(), d.detail()));
        }
        return sales.clearing(((Posted) outcome).postingId()).map(c -> Outcome.done(new Cleared(c, outcome.replayed())))
                .defaultIfEmpty(Outcome.refused(ResultCode.IDEMPOTENCY_CONFLICT, "The key was used for another request"));
    }
}
