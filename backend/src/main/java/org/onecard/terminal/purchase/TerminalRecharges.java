package org.onecard.terminal.purchase;

import java.util.Optional;
import org.onecard.cards.CardReads;
import org.onecard.cards.CounterRecharge;
import org.onecard.cards.CounterRefund;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.promotion.Promotion.Channel;
import org.onecard.cards.promotion.RechargePromotions.Bonus;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Ascii;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.recharge.RechargeStore;
import org.onecard.terminal.recharge.RechargeStore.Kind;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0200 at a terminal that takes money in (§2.9): processing code 210000 recharge (cash load, at a
 * RECHARGE_POS or a CASHIER machine) and 010000 cash-out (退款, CASHIER only). Online only, under
 * the purchase's key {@code term:<41>:<11>:<date>} and its exactly-once rules (a kept refusal or
 * the ledger's record answers a repeat; other content "94"). In order: fields ("30"), outlet
 * ("03"), the key, the terminal's purpose (5140), a recharge operator signed on with an
 * authorisation card (5142), the amount (3003; a RECHARGE_POS takes whole yuan only, 5141), the
 * card ("14" …), then {@link CounterRecharge#atTerminal} (card state, single-recharge limit,
 * balance + amount + bonus ≤ the maximum, the promotion's bonus as its own posting) or
 * {@link CounterRefund#atTerminal}. The booking writes a {@code terminal_recharge} row naming the
 * signed-on operator, so it lands in their cash report.
 */
@Component
class TerminalRecharges {

    static final String RECHARGE = "210000";
    static final String CASH_OUT = "010000";
    /** Field 48 of an approved recharge's 0210: tag BN, the bonus in fen (absent when none). */
    static final String BONUS_TAG = "BN";

    private final TerminalCards cards;
    private final CardReads cardReads;
    private final PurchaseFacts facts;
    private final TerminalReplies replies;
    private final CounterRecharge recharges;
    private final CounterRefund refunds;
    private final RechargeStore store;
    private final Ledger ledger;
    private final BusinessClock clock;

    TerminalRecharges(TerminalCards cards, CardReads cardReads, PurchaseFacts facts, TerminalReplies replies,
                      CounterRecharge recharges, CounterRefund refunds, RechargeStore store, Ledger ledger,
                      BusinessClock clock) {
        this.cards = cards;
        this.cardReads = cardReads;
        this.facts = facts;
        this.replies = replies;
        this.recharges = recharges;
        this.refunds = refunds;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    static boolean handles(String processing) {
        return RECHARGE.equals(processing) || CASH_OUT.equals(processing);
    }

    Mono<IsoMessage> answer(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        Optional<PurchaseRequest> parsed = PurchaseRequest.parse(request, auth.code(),
                clock.accountingDate(clock.now()), clock.zone());
        if (parsed.isEmpty() || !request.has(4)) {
            return Mono.just(Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        PurchaseRequest r = parsed.get();
        if (!r.outletIs(auth.outletId())) {
            return Mono.just(Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        return replies.first(request, r)
                .switchIfEmpty(Mono.defer(() -> replay(request, r)))
                .switchIfEmpty(Mono.defer(() -> decide(request, r, auth, session.rechargeOperatorId())));
    }

    /** The ledger's record of the key: an approval answered again (balances as they are now), a decline again. */
    private Mono<IsoMessage> replay(IsoMessage request, PurchaseRequest r) {
        return ledger.firstAnswer(r.key()).flatMap(first -> first instanceof Declined d
                ? Mono.just(PurchaseReplies.of(request, Answer.refused(d.reason())))
                : store.byPosting(((Posted) first).postingId()).flatMap(row -> approved(request, row.postingId(),
                        row.amountFen(), row.bonusFen(), row.cardId())));
    }

    private Mono<IsoMessage> decide(IsoMessage request, PurchaseRequest r, TerminalAuth auth, Long operatorId) {
        boolean cashOut = CASH_OUT.equals(request.text(3));
        if (cashOut ? auth.purpose() != TerminalPurpose.CASHIER
                : auth.purpose() != TerminalPurpose.RECHARGE_POS && auth.purpose() != TerminalPurpose.CASHIER) {
            return refuse(request, r, ResultCode.NOT_A_RECHARGE_TERMINAL);
        }
        if (operatorId == null) {
            return refuse(request, r, ResultCode.RECHARGE_OPERATOR_NOT_SIGNED_ON);
        }
        if (r.amountFen() <= 0) {
            return refuse(request, r, ResultCode.INVALID_AMOUNT);
        }
        if (auth.purpose() == TerminalPurpose.RECHARGE_POS && r.amountFen() % 100 != 0) {
            return refuse(request, r, ResultCode.RECHARGE_NOT_WHOLE_YUAN);
        }
        return cards.card(r.credential()).flatMap(found -> {
            if (found instanceof Outcome.Refused<CardRecord> no) {
                return refuse(request, r, no.code());
            }
            CardRecord card = ((Outcome.Done<CardRecord>) found).value();
            Channel channel = auth.purpose() == TerminalPurpose.CASHIER ? Channel.CASHIER : Channel.RECHARGE_POS;
            Mono<CounterRecharge.Recharged> booked = cashOut
                    ? refunds.atTerminal(card.id(), r.amountFen(), r.key(), operatorId, auth.code(),
                            postingId -> row(request, r, auth, operatorId, card, Kind.REFUND, postingId, null))
                    : recharges.atTerminal(card.id(), r.amountFen(), r.key(), operatorId, auth.code(), channel,
                            (postingId, bonus) -> row(request, r, auth, operatorId, card, Kind.RECHARGE, postingId,
                                    bonus));
            return booked.flatMap(b -> b.replayed() ? replay(request, r)
                            : approved(request, b.postingId(), r.amountFen(), b.bonus() == null ? 0
                                    : b.bonus().bonusFen(), card.id()))
                    .onErrorResume(ApiException.class, e -> e.resultCode() == ResultCode.INSUFFICIENT_FUNDS
                            ? replay(request, r) // the decline is kept by the ledger under the key
                            : refuse(request, r, e.resultCode()))
                    .onErrorResume(TerminalReplies.KeyTaken.class, e -> replies.first(request, r)
                            .switchIfEmpty(Mono.defer(() -> replay(request, r))));
        });
    }

    /** In the posting's transaction: the key taken for the approval, and the row the cash report sums. */
    private Mono<Void> row(IsoMessage request, PurchaseRequest r, TerminalAuth auth, long operatorId, CardRecord card,
                           Kind kind, long postingId, Bonus bonus) {
        return replies.claimForApproval(request, r).then(ledger.firstAnswer(r.key()).cast(Posted.class)
                .map(Posted::accountingDate).defaultIfEmpty(clock.accountingDate(clock.now()))
                .flatMap(day -> store.insert(new RechargeStore.NewRow(postingId, r.key(), kind, auth.id(), auth.code(),
                        operatorId, card.id(), r.amountFen(), bonus == null ? 0 : bonus.bonusFen(),
                        bonus == null ? null : bonus.postingId(), bonus == null ? null : bonus.promotionId(), day),
                        clock.now())));
    }

    private Mono<IsoMessage> approved(IsoMessage request, long postingId, long amountFen, long bonusFen, long cardId) {
        return cardReads.record(cardId).flatMap(card -> facts.wallets(card.personId()))
                .map(w -> {
                    IsoMessage reply = PurchaseReplies.of(request, new Answer(ResultCode.OK, postingId, amountFen,
                            w.cash().balance(), w.subsidy().balance()));
                    return bonusFen > 0 ? reply.toBuilder().set(48, bonusField(bonusFen)).build() : reply;
                });
    }

    /** {@code BN} + the length as 3 digits + the bonus in fen, as field 48's tags are written (§2.2.1). */
    static String bonusField(long bonusFen) {
        String value = Long.toString(bonusFen);
        return BONUS_TAG + Ascii.zeroPadded(value.length(), 3) + value;
    }

    /** A refusal before booking, kept under the key so a repeat gets it again. */
    private Mono<IsoMessage> refuse(IsoMessage request, PurchaseRequest r, ResultCode code) {
        return replies.keep(request, r, PurchaseReplies.of(request, Answer.refused(code)))
                .switchIfEmpty(Mono.defer(() -> replay(request, r)));
    }
}
