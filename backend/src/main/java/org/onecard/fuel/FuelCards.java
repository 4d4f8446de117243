package org.onecard.fuel;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.domain.FuelPricing;
import org.onecard.fuel.domain.FuelProfile;
import org.onecard.fuel.persistence.FuelSaleStore;
import org.onecard.fuel.persistence.FuelStore;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A card's gas-station profile: its mode and price level (each change its own audited act), and for
 * a credit mode its limit, granted into the card's credit line by a CREDIT_GRANT posting under the
 * sender's key (lowering it takes the difference back, refused 8052 when the usage is above the new
 * limit). The mode changes only while nothing is held in the old one (8047): no prepaid volume left,
 * no credit limit.
 */
@Service
public class FuelCards {

    /** The profile with what the card holds: volume, credit left and used (in the mode's unit), fen owed, grey lock. */
    public record Standing(FuelProfile profile, long volume, long creditLeft, long creditUsed, long owedFen,
                           Long greyLockId) {
    }

    private static final class LimitMoved extends RuntimeException {
        LimitMoved() {
            super("limit changed meanwhile", null, false, false);
        }
    }

    private final FuelStore store;
    private final FuelSaleStore sales;
    private final FuelAccounts accounts;
    private final Ledger ledger;
    private final FuelAudit audit;

    FuelCards(FuelStore store, FuelSaleStore sales, FuelAccounts accounts, Ledger ledger, FuelAudit audit) {
        this.store = store;
        this.sales = sales;
        this.accounts = accounts;
        this.ledger = ledger;
        this.audit = audit;
    }

    public Mono<Outcome<Standing>> standing(long cardId) {
        return store.profile(cardId).flatMap(this::standing).map(Outcome::done)
                .defaultIfEmpty(Outcome.notFound("Card " + cardId));
    }

    /** Standing of a card whose profile was read; the person is the card's. */
    Mono<Standing> standing(FuelProfile p) {
        return personOf(p.cardId()).flatMap(person -> Mono.zip(
                accounts.volumeWallet(person).flatMap(accounts::balance),
                (p.mode() == CardMode.CREDIT_VOLUME ? accounts.creditVolumeLine(person) : accounts.creditLine(person))
                        .flatMap(accounts::balance),
                accounts.receivable(person).flatMap(accounts::balance),
                sales.pendingLock(p.cardId()).map(l -> l.id()).defaultIfEmpty(0L))
                .map(t -> {
                    long left = p.mode().credit() ? t.getT2() : 0;
                    long used = p.mode().credit() ? p.creditLimit() - left : 0;
                    long owed = p.mode() == CardMode.CREDIT_AMOUNT ? used : -t.getT3();
                    return new Standing(p, t.getT1(), left, used, owed, t.getT4() == 0 ? null : t.getT4());
                }));
    }

    Mono<Long> personOf(long cardId) {
        return sales.personOfCard(cardId);
    }

    public Mono<Outcome<Standing>> change(long cardId, String modeName, Integer level, CurrentUser user) {
        CardMode mode = CardMode.parse(modeName);
        if (mode == null || !FuelProfile.validLevel(level)) {
            return Mono.just(Outcome.refused(ResultCode.FUEL_PROFILE_INVALID, "mode " + modeName + ", level " + level));
        }
        return store.profile(cardId).flatMap(this::standing).flatMap(now -> {
            FuelProfile before = now.profile();
            if (before.mode() != mode && (now.volume() > 0 || before.creditLimit() > 0)) {
                return Mono.just(Outcome.<Standing>refused(ResultCode.FUEL_MODE_CHANGE_BLOCKED, "Card " + cardId
                        + " holds volume " + now.volume() + " and a credit limit of " + before.creditLimit()));
            }
            return store.putProfile(cardId, mode, level)
                    .then(audit.record(user, "FUEL_CARD_PROFILE", "card " + cardId, before.mode() + "/" + before.priceLevel()
                            + " -> " + mode + "/" + level))
                    .then(standing(cardId));
        }).defaultIfEmpty(Outcome.notFound("Card " + cardId));
    }

    /** Sets a credit card's limit under {@code key}; a repeat of the key answers the standing and moves nothing. */
    public Mono<Outcome<Standing>> setLimit(String key, long cardId, Long limit, CurrentUser user) {
        if (limit == null || limit < 0 || limit > FuelPricing.MAX_AMOUNT_FEN) {
            return Mono.just(Outcome.invalid("limit", "must be 0 to " + FuelPricing.MAX_AMOUNT_FEN));
        }
        return store.profile(cardId).flatMap(p -> {
            if (!p.mode().credit()) {
                return Mono.just(Outcome.<Standing>refused(ResultCode.FUEL_MODE_MISMATCH, "Card " + cardId + " is "
                        + p.mode() + "; a limit is for CREDIT_AMOUNT or CREDIT_VOLUME"));
            }
            return ledger.knows(key).flatMap(known -> known || p.creditLimit() == limit ? standing(cardId)
                    : grant(key, p, limit, user));
        }).defaultIfEmpty(Outcome.notFound("Card " + cardId));
    }

    private Mono<Outcome<Standing>> grant(String key, FuelProfile p, long limit, CurrentUser user) {
        long delta = limit - p.creditLimit();
        boolean volume = p.mode() == CardMode.CREDIT_VOLUME;
        return personOf(p.cardId()).flatMap(person -> Mono.zip(
                volume ? accounts.volumeIssued() : accounts.creditGranted(),
                volume ? accounts.creditVolumeLine(person) : accounts.creditLine(person))).flatMap(a -> {
                    TransferLeg leg = delta > 0 ? new TransferLeg(a.getT1(), a.getT2(), delta, TransferCode.CREDIT_GRANT)
                            : new TransferLeg(a.getT2(), a.getT1(), -delta, TransferCode.CREDIT_GRANT);
                    PostingRequest posting = new PostingRequest(key, List.of(leg), user.id(), null, null, null, false,
                            "credit limit card " + p.cardId() + ": " + p.creditLimit() + " -> " + limit);
                    return ledger.post(posting, posted -> store.moveLimit(p.cardId(), p.creditLimit(), limit)
                            .flatMap(moved -> moved ? Mono.just(true) : Mono.error(new LimitMoved())));
                }).flatMap(outcome -> {
                    if (outcome instanceof Declined d) {
                        return Mono.just(Outcome.<Standing>refused(d.reason() == ResultCode.INSUFFICIENT_FUNDS
                                ? ResultCode.FUEL_CREDIT_LIMIT_BELOW_USAGE : d.reason(), d.detail()));
                    }
                    return audit.record(user, "FUEL_CREDIT_LIMIT", "card " + p.cardId(), p.creditLimit() + " -> " + limit
                            + " (posting " + ((Posted) outcome).postingId() + ")").then(standing(p.cardId()));
                })
                .onErrorResume(LimitMoved.class, e -> Mono.just(Outcome.refused(ResultCode.FUEL_CARD_CHANGED_MEANWHILE,
                        "The card's credit limit changed meanwhile; read it again")));
    }
}
