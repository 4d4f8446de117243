package org.onecard.cards;

import java.time.Instant;
import java.util.List;
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

/** Cash recharge at the card centre (充值): operator's drawer to the person's cash wallet. */
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

    CounterRecharge(CardStore cards, CardReads reads, CardMoney money, StandardAccounts accounts,
                    Parameters parameters, CardTypes cardTypes, BusinessClock clock, CredentialResolver credentials) {
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
        return recharge(cardId, amountFen, "recharge:" + key, operatorId, TransferCode.RECHARGE_CASH);
    }

    /**
     * Whether the card the person holds could take this recharge now: card state, single-recharge
     * limit, maximum balance. An online recharge asks before the cardholder pays (its money,
     * once taken by the gateway, is credited whatever the card's state by then).
     */
    public Mono<Void> checkAllowed(long personId, long amountFen) {
        return credentials.card("P:" + personId).flatMap(card -> checkLimits(card, amountFen, clock.now()));
    }

    /** One card of a batch recharge (批量充值), keyed by the batch's key and the card, reported apart. */
    public Mono<CardView> batchRecharge(long cardId, long amountFen, String batchKey, long operatorId) {
        return recharge(cardId, amountFen, "recharge-batch:" + batchKey + ":" + cardId, operatorId,
                TransferCode.RECHARGE_BATCH);
    }

    private Mono<CardView> recharge(long cardId, long amountFen, String fullKey, long operatorId, TransferCode code) {
        Instant now = clock.now();
        return Mono.zip(reads.record(cardId), money.seen(fullKey)).flatMap(found -> {
            CardRecord card = found.getT1();
            Mono<Void> checks = found.getT2() ? Mono.empty() : checkLimits(card, amountFen, now);
            return checks.then(Mono.zip(accounts.cashDrawer(operatorId), accounts.cashWallet(card.personId()),
                            maxBalance(card)))
                    .flatMap(a -> money.run(fullKey, operatorId, "counter recharge",
                            List.of(new TransferLeg(a.getT1(), a.getT2(), amountFen, code)),
                            postingId -> stillWithinMaximum(card, a.getT3()).then(cards.event(card.id(), "RECHARGE",
                                    operatorId, now, postingId, Long.toString(amountFen)))))
                    .flatMap(booked -> reads.view(card.id(), booked.postingId(), booked.replayed()));
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
    private Mono<Void> checkLimits(CardRecord card, long amountFen, Instant now) {
        CardStatusChanges.refuseIfNot(Lifecycle.acceptsMoney(card.state(), clock.accountingDate(now)));
        return Mono.zip(parameters.current(), maxBalance(card), reads.view(card, null, false))
                    .flatMap(t -> {
                        long balance = Math.addExact(t.getT3().cashFen(), t.getT3().subsidyFen());
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
