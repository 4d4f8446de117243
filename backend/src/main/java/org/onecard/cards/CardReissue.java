package org.onecard.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onecard.cards.CardMoney.Booked;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.persistence.CardStore;
import org.onecard.cards.persistence.CardStore.NewCard;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.common.reader.CardSerials;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.Parameters;
import org.onecard.rules.domain.SystemParameters;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reissue (补办): only a lost card, only once. The new card points at the same person, so the
 * wallets and their history carry over; the new card pays the card cost. The old card keeps its
 * deposit on the new one.
 */
@Service
public class CardReissue {

    private final CardStore cards;
    private final CardReads reads;
    private final CardMoney money;
    private final StandardAccounts accounts;
    private final Parameters parameters;
    private final BusinessClock clock;
    private final ReissueHolds holds;
    private final CardSubsidies subsidies;

    CardReissue(CardStore cards, CardReads reads, CardMoney money, StandardAccounts accounts,
                Parameters parameters, BusinessClock clock, ReissueHolds holds, CardSubsidies subsidies) {
        this.subsidies = subsidies;
        this.cards = cards;
        this.reads = reads;
        this.money = money;
        this.accounts = accounts;
        this.parameters = parameters;
        this.clock = clock;
        this.holds = holds;
    }

    public Mono<CardView> reissue(long oldCardId, String typedSerial, String key, long operatorId) {
        String serial = CardSerials.normalize(typedSerial);
        if (serial.isEmpty()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "Read the new card first",
                    List.of(new FieldProblem("serial", "is required"))));
        }
        Instant now = clock.now();
        return Mono.zip(reads.record(oldCardId), parameters.current(), money.seen("reissue:" + key))
                .flatMap(t -> {
                    CardRecord old = t.getT1();
                    if (t.getT3()) {
                        // the legs depend on balances the first request moved: answer from the record
                        return answer(new Booked(null, true), old.id());
                    }
                    CardStatusChanges.refuseIfNot(Lifecycle.reissue(old.state()));
                    return serialFree(serial)
                            .then(Mono.zip(cards.nextCardNo(), reads.view(old, null, false)))
                            .flatMap(n -> book(old, serial, String.format("%0" + t.getT2().cardNoLength() + "d",
                                    n.getT1()), n.getT2(), t.getT2(), key, operatorId, now));
                })
                .flatMap(subsidies::claimed);
    }

    /**
     * With grey-record waiting days, the balance moves to the hold account and comes back to the
     * wallets when the days have passed (卡金补领), so offline records of the lost card that
     * arrive meanwhile meet an empty wallet instead of the new card's money.
     */
    private Mono<CardView> book(CardRecord old, String serial, String cardNo, CardView balances, SystemParameters p,
                                String key, long operatorId, Instant now) {
        LocalDate today = clock.accountingDate(now);
        NewCard card = new NewCard(cardNo, serial, old.personId(), today, today.plusYears(p.cardValidityYears()),
                old.depositFen(), p.cardCostFen(), old.cardTypeId() == null ? CardIssuing.DEFAULT_CARD_TYPE
                : old.cardTypeId(), old.id(), old.vehicle() == null ? null : old.vehicle().vehicleId());
        boolean hold = p.greyWaitingDays() > 0;
        long heldCash = hold ? Math.max(balances.cashFen(), 0) : 0;
        long heldSubsidy = hold ? Math.max(balances.subsidyFen(), 0) : 0;
        return Mono.zip(accounts.cashDrawer(operatorId), accounts.fees(), accounts.cashWallet(old.personId()),
                        accounts.subsidyWallet(old.personId()), accounts.reissueHold())
                .map(a -> {
                    List<TransferLeg> legs = new ArrayList<>();
                    if (p.cardCostFen() > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT2(), p.cardCostFen(), TransferCode.ISSUE_CARD_COST));
                    }
                    if (heldCash > 0) {
                        legs.add(new TransferLeg(a.getT3(), a.getT5(), heldCash, TransferCode.REISSUE_TRANSFER));
                    }
                    if (heldSubsidy > 0) {
                        legs.add(new TransferLeg(a.getT4(), a.getT5(), heldSubsidy, TransferCode.REISSUE_TRANSFER));
                    }
                    return legs;
                })
                .flatMap(legs -> money.run("reissue:" + key, operatorId, "card reissue", legs,
                        postingId -> cards.changeStatus(old.id(), CardStatus.LOST, CardStatus.REPLACED, now)
                                .then(cards.insert(card, now))
                                .flatMap(newId -> cards.markReplaced(old.id(), newId)
                                        .then(heldCash + heldSubsidy > 0 ? holds.hold(newId, old.personId(), heldCash,
                                                heldSubsidy, today.plusDays(p.greyWaitingDays())) : Mono.empty())
                                        .then(cards.event(old.id(), "REPLACED", operatorId, now, postingId, null))
                                        .then(cards.event(newId, "REISSUE", operatorId, now, postingId,
                                                "from card " + old.cardNo()))
                                        .then(cards.listChange(old.id(), old.serial(), "WHITELIST", "REMOVE", now))
                                        .then(cards.listChange(newId, serial, "WHITELIST", "ADD", now)))))
                .flatMap(booked -> answer(booked, old.id()));
    }

    private Mono<CardView> answer(Booked booked, long oldId) {
        return reads.record(oldId).flatMap(old -> old.replacedByCardId() == null
                ? Mono.error(new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                        "The key was used for another request, not the reissue of card " + oldId))
                : reads.view(old.replacedByCardId(), booked.postingId(), booked.replayed()));
    }

    private Mono<Void> serialFree(String serial) {
        return cards.findByInput(serial)
                .filter(c -> serial.equals(c.serial()) && CardIssuing.isLive(c))
                .flatMap(c -> Mono.<Void>error(new ApiException(ResultCode.SERIAL_TAKEN,
                        "Serial " + serial + " belongs to card " + c.cardNo())));
    }
}
