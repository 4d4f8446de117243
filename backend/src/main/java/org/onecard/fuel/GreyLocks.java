package org.onecard.fuel;

import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.fuel.FuelSales.Result;
import org.onecard.fuel.FuelSales.SaleRequest;
import org.onecard.fuel.persistence.FuelSaleStore;
import org.onecard.fuel.persistence.FuelSaleStore.GreyCard;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Grey cards (灰卡): a dispenser locks a card for a nozzle before fuelling (its pending record). The
 * sale naming the lock applies it; until then the card is grey and refused everywhere else (8044).
 * An interrupted sale is applied later, once: by the dispenser sending the sale, or at the counter
 * with the volume (or amount) the dispenser shows — whichever comes first; the other is 8051. An
 * unlock with nothing fuelled releases the lock and books nothing.
 */
@Service
public class GreyLocks {

    private final FuelSaleStore store;
    private final FuelSales sales;
    private final CardStore cards;
    private final BusinessClock clock;

    GreyLocks(FuelSaleStore store, FuelSales sales, CardStore cards, BusinessClock clock) {
        this.store = store;
        this.sales = sales;
        this.cards = cards;
        this.clock = clock;
    }

    /** Locks the card under the dispenser's key; a repeat of the key answers the same lock. */
    public Mono<Outcome<Long>> lock(String key, long cardId, long terminalId, int nozzleNo) {
        return store.lockByKey(key).map(l -> l.cardId() == cardId && l.terminalId() == terminalId
                        && l.nozzleNo() == nozzleNo ? Outcome.done(l.id())
                        : Outcome.<Long>refused(ResultCode.IDEMPOTENCY_CONFLICT, "The key was used for another lock"))
                .switchIfEmpty(Mono.defer(() -> store.lock(cardId, terminalId, nozzleNo, key).flatMap(locked -> locked
                        ? store.lockByKey(key).map(l -> Outcome.done(l.id()))
                        : Mono.just(Outcome.refused(ResultCode.FUEL_CARD_GREY, "Card " + cardId + " is locked already")))));
    }

    /**
     * OK unless the card is grey by a lock other than the one named from this terminal (8044), or the
     * lock named is not this card's at this terminal (8051).
     */
    public Mono<ResultCode> greyFor(long cardId, Long lockId, long terminalId) {
        Mono<ResultCode> named = lockId == null ? Mono.just(ResultCode.OK) : store.lockById(lockId)
                .map(l -> l.cardId() == cardId && l.terminalId() == terminalId ? ResultCode.OK
                        : ResultCode.FUEL_LOCK_NOT_PENDING)
                .defaultIfEmpty(ResultCode.FUEL_LOCK_NOT_PENDING);
        return named.flatMap(code -> code != ResultCode.OK ? Mono.just(code) : pending(cardId, lockId, terminalId));
    }

    private Mono<ResultCode> pending(long cardId, Long lockId, long terminalId) {
        return store.pendingLock(cardId).map(l -> lockId != null && l.id() == lockId && l.terminalId() == terminalId
                ? ResultCode.OK : ResultCode.FUEL_CARD_GREY).defaultIfEmpty(ResultCode.OK);
    }

    public Flux<GreyCard> greyCards() {
        return store.greyCards();
    }

    /** The result of an unlock: the sale booked (null when nothing was fuelled). */
    public record Unlocked(GreyCard lock, Result sale) {
    }

    /** Applies the pending record at the counter under the sender's key: a sale of the volume or amount, or none. */
    public Mono<Outcome<Unlocked>> unlock(String key, long lockId, Long volume, Long amountFen, CurrentUser user) {
        return store.greyCard(lockId).flatMap(g -> {
            if (volume == null && amountFen == null) {
                return store.release(lockId, null).flatMap(done -> done ? found(lockId, null)
                        : Mono.just(notPending(lockId)));
            }
            return cards.find(g.lock().cardId()).flatMap(card -> sales.sell(new SaleRequest(key, card,
                    g.lock().terminalId(), g.terminalCode(), g.outletId(), g.lock().nozzleNo(), volume, amountFen,
                    clock.now(), lockId, user.id()))).flatMap(result -> result.code() == ResultCode.OK
                    ? found(lockId, result) : Mono.just(Outcome.<Unlocked>refused(result.code(), result.detail())));
        }).defaultIfEmpty(notPending(lockId));
    }

    private Mono<Outcome<Unlocked>> found(long lockId, Result sale) {
        return store.greyCard(lockId).map(g -> Outcome.done(new Unlocked(g, sale)));
    }

    private static Outcome<Unlocked> notPending(long lockId) {
        return Outcome.refused(ResultCode.FUEL_LOCK_NOT_PENDING, "Lock " + lockId + " is not pending");
    }
}
