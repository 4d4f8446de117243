package org.onecard.cards;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.onecard.cards.promotion.Promotion.Channel;
import org.onecard.cards.promotion.RechargePromotions;
import org.onecard.cards.promotion.RechargePromotions.Bonus;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.RechargeLimits;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.CardTypes;
import org.onecard.rules.Parameters;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Cash recharge (充值): the operator's drawer to the person's cash wallet, at the card centre or at a
 * terminal that takes money in; a promotion's bonus, where one applies to the channel, is booked
 * with it as its own posting ({@link RechargePromotions}).
 */
@Service
public class CounterRecharge {

    private final CardStore cards;
    private final CardReads reads;
    private final CardMoney money;
    private final StandardAccounts accounts;
    private final Parameters parameters;
    private final CardTypes cardTypes;
    private final BusinessClock clock;
    private final CredentialResolver credentials;
    private final RechargePromotions promotions;

    CounterRecharge(CardStore cards, CardReads reads, CardMoney money, StandardAccounts accounts,
                    Parameters parameters, CardTypes cardTypes, BusinessClock clock, CredentialResolver credentials,
                    RechargePromotions promotions) {
        this.promotions = promotions;
        this.credentials = credentials;
        this.cards = cards;
        this.reads = reads;
        this.money = money;
        this.accounts = accounts;
        this.parameters = parameters;
        this.cardTypes = cardTypes;
        this.clock = clock;
    }

    public Mono<CardView> recharge(long cardId, long amountFen, String key, long operatorId) {
        return recharge(cardId, amountFen, "recharge:" + key, operatorId, null, TransferCode.RECHARGE_CASH,
                Channel.COUNTER, (postingId, bonus) -> Mono.empty())
                .flatMap(booked -> reads.view(cardId, booked.postingId(), booked.replayed()));
    }

    /** A recharge booked: its posting, whether it was a replay, and the bonus booked with it (null when none or replayed). */
    public record Recharged(long postingId, boolean replayed, Bonus bonus) {
    }

    /**
     * A cash recharge taken at a terminal (recharge POS, cashier machine) under the terminal's own
     * key, into the signed-on operator's drawer, with the same checks, limits and promotion bonus as
     * at the counter. {@code step} runs in the posting's transaction with the posting id and the
     * bonus (null when none). Refusals are {@link ApiException}s with their catalogue code.
     */
    public Mono<Recharged> atTerminal(long cardId, long amountFen, String key, long operatorId, String terminalCode,
                                      Channel channel, BiFunction<Long, Bonus, Mono<?>> step) {
        TransferCode code = channel == Channel.CASHIER ? TransferCode.RECHARGE_CASHIER : TransferCode.RECHARGE_POS;
        return recharge(cardId, amountFen, key, operatorId, terminalCode, code, channel, step);
    }

    /**
     * Whether the card the person holds could take this recharge now: card state, single-recharge
     * limit, maximum balance. An online recharge asks before the cardholder pays (its money,
     * once taken by the gateway, is credited whatever the card's state by then).
     */
    public Mono<Void> checkAllowed(long personId, long amountFen) {
        return credentials.card("P:" + personId).flatMap(card -> promotions.bonusNow(Channel.ONLINE, amountFen)
                .flatMap(bonus -> checkLimits(card, amountFen, bonus, clock.now())));
    }

    /** One card of a batch recharge (批量充值), keyed by the batch's key and the card, reported apart; no bonus. */
    public Mono<CardView> batchRecharge(long cardId, long amountFen, String batchKey, long operatorId) {
        return recharge(cardId, amountFen, "recharge-batch:" + batchKey + ":" + cardId, operatorId, null,
                TransferCode.RECHARGE_BATCH, null, (postingId, bonus) -> Mono.empty())
                .flatMap(booked -> reads.view(cardId, booked.postingId(), booked.replayed()));
    }

    private Mono<Recharged> recharge(long cardId, long amountFen, String fullKey, long operatorId, String terminalCode,
                                     TransferCode code, Channel channel, BiFunction<Long, Bonus, Mono<?>> step) {
        Instant now = clock.now();
        Mono<Long> expectedBonus = channel == null ? Mono.just(0L) : promotions.bonusNow(channel, amountFen);
        return Mono.zip(reads.record(cardId), money.seen(fullKey), expectedBonus).flatMap(found -> {
            CardRecord card = found.getT1();
            long bonus = found.getT3();
            Mono<Void> checks = found.getT2() ? Mono.empty() : checkLimits(card, amountFen, bonus, now);
            AtomicReference<Bonus> booked = new AtomicReference<>();
            return checks.then(Mono.zip(accounts.cashDrawer(operatorId), accounts.cashWallet(card.personId()),
                            maxBalance(card)))
                    .flatMap(a -> money.run(fullKey, operatorId, terminalCode, terminalCode == null
                                    ? "counter recharge" : "recharge at terminal " + terminalCode,
                            List.of(new TransferLeg(a.getT1(), a.getT2(), amountFen, code)),
                            postingId -> stillWithinMaximum(card, a.getT3() - bonus)
                                    .then(cards.event(card.id(), "RECHARGE", operatorId, now, postingId,
                                            Long.toString(amountFen)))
                                    .then(channel == null ? Mono.<Bonus>empty() : promotions.book(channel, amountFen,
                                            fullKey, a.getT2(), operatorId, terminalCode))
                                    .doOnNext(booked::set)
                                    .then(Mono.defer(() -> step.apply(postingId, booked.get())))))
                    .map(b -> new Recharged(b.postingId(), b.replayed(), booked.get()));
        });
    }

    /**
     * Inside the booking's transaction, which now holds the cash wallet's row: two recharges that
     * both passed the check before booking cannot together pass the maximum.
     */
    private Mono<Void> stillWithinMaximum(CardRecord card, long maxBalanceFen) {
        return reads.view(card, null, false).flatMap(after -> Math.addExact(after.cashFen(), after.subsidyFen())
                > maxBalanceFen
                ? Mono.error(new ApiException(ResultCode.BALANCE_ABOVE_MAXIMUM,
                        "The balance may not exceed " + maxBalanceFen + " fen"))
                : Mono.empty());
    }

    /** Card state and limits; a retry of a recharge already booked skips them and replays. */
    private Mono<Void> checkLimits(CardRecord card, long amountFen, long bonusFen, Instant now) {
        CardStatusChanges.refuseIfNot(Lifecycle.acceptsMoney(card.state(), clock.accountingDate(now)));
        CardStatusChanges.refuseIfGrey(card);
        return Mono.zip(parameters.current(), maxBalance(card), reads.view(card, null, false))
                    .flatMap(t -> {
                        // the bonus lands on the card too: it counts towards the maximum as if already there
                        long balance = Math.addExact(Math.addExact(t.getT3().cashFen(), t.getT3().subsidyFen()),
                                bonusFen);
                        RechargeLimits.check(amountFen, balance, t.getT1().singleRechargeLimitFen(), t.getT2())
                                .ifPresent(r -> {
                                    throw new ApiException(r.code(), r.detail());
                                });
                        return Mono.<Void>empty();
                    });
    }

    private Mono<Long> maxBalance(CardRecord card) {
        Mono<Long> systemMax = parameters.current().map(p -> p.maxCardBalanceFen());
        if (card.cardTypeId() == null) {
            return systemMax;
        }
        return cardTypes.find(card.cardTypeId()).flatMap(type -> type.rules().maxBalanceFen() > 0
                ? Mono.just(type.rules().maxBalanceFen()) : systemMax);
    }
}
