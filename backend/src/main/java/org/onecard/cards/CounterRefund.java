package org.onecard.cards;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Refund at the counter (退款): cash goes back over the counter, subsidy back to the fund. A
 * lost card's refund marks it refunded, so it can never be unlost or reissued.
 */
@Service
public class CounterRefund {

    public enum Wallet { CASH, SUBSIDY }

    private final CardStore cards;
    private final CardReads reads;
    private final CardMoney money;
    private final StandardAccounts accounts;
    private final BusinessClock clock;

    CounterRefund(CardStore cards, CardReads reads, CardMoney money, StandardAccounts accounts, BusinessClock clock) {
        this.cards = cards;
        this.reads = reads;
        this.money = money;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Mono<CardView> refund(long cardId, Wallet wallet, long amountFen, String key, long operatorId) {
        Instant now = clock.now();
        String fullKey = "refund:" + key;
        return reads.record(cardId).zipWith(money.seen(fullKey)).flatMap(t -> {
            CardRecord card = t.getT1();
            if (!t.getT2() && !refundable(card)) {
                return Mono.error(new ApiException(ResultCode.CARD_STATE_FORBIDS,
                        "A " + card.status() + " card cannot be refunded"));
            }
            if (!t.getT2()) {
                CardStatusChanges.refuseIfGrey(card);
            }
            return legs(card.personId(), operatorId, wallet, amountFen)
                    .flatMap(legs -> money.run(fullKey, operatorId, "counter refund", legs,
                            postingId -> cards.event(cardId, "REFUND", operatorId, now, postingId,
                                            wallet + " " + amountFen)
                                    .then(card.status() == CardStatus.LOST ? cards.markLostRefunded(cardId)
                                            : Mono.empty())))
                    .flatMap(booked -> reads.view(cardId, booked.postingId(), booked.replayed()));
        });
    }

    /**
     * Cash out (退款) at a cashier machine under the terminal's own key: the cash wallet to the
     * signed-on operator's drawer, no bonus; only a card in a normal state. {@code step} runs in the
     * posting's transaction. Refusals are {@link ApiException}s (3001 when the wallet does not cover
     * it: that decline is kept under the key, so a repeat gets it again).
     */
    public Mono<CounterRecharge.Recharged> atTerminal(long cardId, long amountFen, String key, long operatorId,
                                                      String terminalCode, Function<Long, Mono<?>> step) {
        Instant now = clock.now();
        return reads.record(cardId).zipWith(money.seen(key)).flatMap(t -> {
            CardRecord card = t.getT1();
            if (!t.getT2()) {
                CardStatusChanges.refuseIfNot(Lifecycle.acceptsMoney(card.state(), clock.accountingDate(now)));
                CardStatusChanges.refuseIfGrey(card);
            }
            return legs(card.personId(), operatorId, Wallet.CASH, amountFen)
                    .flatMap(legs -> money.run(key, operatorId, terminalCode, "cash-out at terminal " + terminalCode,
                            legs, postingId -> cards.event(cardId, "REFUND", operatorId, now, postingId,
                                    Wallet.CASH + " " + amountFen).then(step.apply(postingId))))
                    .map(booked -> new CounterRecharge.Recharged(booked.postingId(), booked.replayed(), null));
        });
    }

    private static boolean refundable(CardRecord card) {
        return card.status() == CardStatus.NORMAL || card.status() == CardStatus.FROZEN
                || card.status() == CardStatus.LOST;
    }

    private Mono<List<TransferLeg>> legs(long personId, long operatorId, Wallet wallet, long amountFen) {
        if (wallet == Wallet.CASH) {
            return Mono.zip(accounts.cashWallet(personId), accounts.cashDrawer(operatorId))
                    .map(a -> List.of(new TransferLeg(a.getT1(), a.getT2(), amountFen, TransferCode.REFUND_CASH)));
        }
        return Mono.zip(accounts.subsidyWallet(personId), accounts.subsidyFund())
                .map(a -> List.of(new TransferLeg(a.getT1(), a.getT2(), amountFen, TransferCode.REFUND_SUBSIDY)));
    }
}
