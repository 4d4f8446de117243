package org.onecard.fuel;

import java.util.List;
import org.onecard.cards.persistence.CardStore;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.domain.FuelPricing;
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
 * Prepaid volume bought at the counter (预购气量) at the station's price of the day for the card's
 * level: one posting under the sender's key takes the money into the operator's drawer and the
 * station's revenue (FUEL_PREPAID) and credits the volume wallet (FUEL_VOLUME_BOUGHT). A repeat of
 * the key replays the first purchase, whatever the price is now.
 */
@Service
public class VolumePurchases {

    /** What was bought: volume, money, the price (null on a replay) and the volume wallet after. */
    public record Bought(long postingId, long volume, long amountFen, Long unitPriceFen, long volumeAfter,
                         boolean replayed) {
    }

    private final FuelStore store;
    private final FuelAccounts accounts;
    private final StandardAccounts standard;
    private final CardStore cards;
    private final Ledger ledger;
    private final BusinessClock clock;

    VolumePurchases(FuelStore store, FuelAccounts accounts, StandardAccounts standard, CardStore cards,
                    Ledger ledger, BusinessClock clock) {
        this.store = store;
        this.accounts = accounts;
        this.standard = standard;
        this.cards = cards;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Mono<Outcome<Bought>> buy(String key, long cardId, long outletId, Long volume, Long amountFen, CurrentUser user) {
        boolean byVolume = volume != null;
        if (byVolume == (amountFen != null) || (byVolume ? !FuelPricing.validVolume(volume) : !FuelPricing.validAmount(amountFen))) {
            return Mono.just(Outcome.refused(ResultCode.FUEL_VOLUME_INVALID, "Give either a volume or an amount, positive"));
        }
        return cards.find(cardId).flatMap(card -> ledger.firstAnswer(key).flatMap(first -> answer(first instanceof Posted p ? p.asReplay() : first,
                card.personId(), null))
                .switchIfEmpty(Mono.defer(() -> {
                    if (Lifecycle.acceptsMoney(card.state(), clock.accountingDate(clock.now())) instanceof Transition.Refused no) {
                        return Mono.just(Outcome.<Bought>refused(no.code(), "Card " + cardId + " cannot take money now"));
                    }
                    return store.profile(cardId).flatMap(p -> p.mode() != CardMode.PREPAID_VOLUME
                            ? Mono.just(Outcome.<Bought>refused(ResultCode.FUEL_MODE_MISMATCH, "Card " + cardId + " is "
                                    + p.mode() + "; volume is bought on a PREPAID_VOLUME card"))
                            : store.priceAt(outletId, p.priceLevel(), clock.now())
                                    .flatMap(price -> book(key, card.personId(), outletId, volume, amountFen, price, user))
                                    .switchIfEmpty(Mono.defer(() -> Mono.just(Outcome.refused(ResultCode.FUEL_PRICE_MISSING,
                                            "No price at outlet " + outletId + " for level " + p.priceLevel())))));
                })))
                .defaultIfEmpty(Outcome.notFound("Card " + cardId));
    }

    private Mono<Outcome<Bought>> book(String key, long person, long outletId, Long volume, Long amountFen, long price,
                                       CurrentUser user) {
        long v = volume != null ? volume : FuelPricing.volumeFor(amountFen, price);
        long fen = volume != null ? FuelPricing.amountFen(volume, price) : amountFen;
        if (v <= 0 || fen <= 0) {
            return Mono.just(Outcome.refused(ResultCode.FUEL_VOLUME_INVALID, "The amount buys less than 0.01"));
        }
        return Mono.zip(standard.cashDrawer(user.id()), standard.outletRevenue(outletId), accounts.volumeIssued(),
                accounts.volumeWallet(person)).flatMap(a -> ledger.post(new PostingRequest(key, List.of(
                        new TransferLeg(a.getT1(), a.getT2(), fen, TransferCode.FUEL_PREPAID),
                        new TransferLeg(a.getT3(), a.getT4(), v, TransferCode.FUEL_VOLUME_BOUGHT)), user.id(), null, null,
                        null, false, "prepaid volume " + v + " at " + price + " fen, outlet " + outletId)))
                .flatMap(outcome -> answer(outcome, person, price));
    }

    private Mono<Outcome<Bought>> answer(PostingOutcome outcome, long person, Long price) {
        if (outcome instanceof Declined d) {
            return Mono.just(Outcome.refused(d.reason(), d.detail()));
        }
        Posted p = (Posted) outcome;
        long fen = amountOf(p, TransferCode.FUEL_PREPAID);
        long v = amountOf(p, TransferCode.FUEL_VOLUME_BOUGHT);
        if (v == 0) {
            return Mono.just(Outcome.refused(ResultCode.IDEMPOTENCY_CONFLICT, "The key was used for another request"));
        }
        return accounts.volumeWallet(person).map(wallet -> Outcome.done(new Bought(p.postingId(), v, fen,
                p.replayed() ? null : price, p.walletBalancesAfter().getOrDefault(wallet, 0L), p.replayed())));
    }

    private static long amountOf(Posted p, TransferCode code) {
        return p.transfers().stream().filter(t -> t.code() == code).mapToLong(t -> t.amount()).sum();
    }
}
