package org.onecard.terminal.purchase;

import java.time.Instant;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.payments.Micropay;
import org.onecard.payments.Micropay.Charged;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.Authoriser;
import org.onecard.terminal.authz.Authoriser.TerminalCharge;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.TerminalSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A 0200 purchase paid with a payer's WeChat / Alipay payment code in field 62 (micropay, see
 * openapi/terminal-protocol.md §2.2.2): no card and no cardholder. The terminal's own rules
 * ({@link Authoriser#decideAtTerminal}), then the gateway charges the code ({@link Micropay}), then
 * one posting from the gateway's clearing account to the outlet's revenue with a MICROPAY
 * consumption row, in the transaction that claims the terminal key, so a repeat replays it like a
 * card purchase. A paid order that cannot be booked is cancelled at the gateway.
 */
@Component
class MicropayPurchases {

    private static final Logger LOG = LoggerFactory.getLogger(MicropayPurchases.class);

    /** What the handler does with the answer: a refusal is kept under the key; {@code null} answer: ask the key. */
    record Result(Answer answer, boolean keep) {
    }

    private final PurchaseFacts facts;
    private final Micropay micropay;
    private final PurchaseBooking booking;
    private final TerminalReplies replies;
    private final ConsumptionStore consumptions;
    private final BusinessClock clock;

    MicropayPurchases(PurchaseFacts facts, Micropay micropay, PurchaseBooking booking, TerminalReplies replies,
                      ConsumptionStore consumptions, BusinessClock clock) {
        this.facts = facts;
        this.micropay = micropay;
        this.booking = booking;
        this.replies = replies;
        this.consumptions = consumptions;
        this.clock = clock;
    }

    Mono<Result> answer(IsoMessage request, PurchaseRequest purchase, PaymentChannel channel, TerminalSession session,
                        Instant now) {
        TerminalAuth auth = session.terminal().orElseThrow();
        return facts.atTerminal(auth, purchase).flatMap(at -> {
            Outcome<TerminalCharge> decided = Authoriser.decideAtTerminal(at.terminal(), now, clock.zone(),
                    purchase.entry(), at.meals());
            if (decided instanceof Outcome.Refused<TerminalCharge> no) {
                return Mono.just(refused(no.code()));
            }
            TerminalCharge charge = ((Outcome.Done<TerminalCharge>) decided).value();
            Micropay.Sale sale = new Micropay.Sale(purchase.key(), ReplyText.hash(request, purchase), channel,
                    purchase.credential(), charge.amountFen(), "一卡通消费 终端 " + auth.code());
            return micropay.charge(sale).flatMap(charged -> {
                if (charged instanceof Charged.Paid paid) {
                    return book(request, purchase, session, charge, paid);
                }
                if (charged instanceof Charged.Declined declined) {
                    return Mono.just(refused(declined.reason()));
                }
                // another request under the key opened the order and is still at it: its answer is the answer
                return Mono.just(new Result(null, false));
            });
        });
    }

    private Mono<Result> book(IsoMessage request, PurchaseRequest purchase, TerminalSession session,
                              TerminalCharge charge, Charged.Paid paid) {
        TerminalAuth auth = session.terminal().orElseThrow();
        String note = PurchaseBooking.note(purchase);
        return booking.revenue(auth.outletId())
                .flatMap(revenue -> micropay.book(paid, revenue, auth.code(), purchase.occurredAt(), note,
                        posted -> replies.claimForApproval(request, purchase).then(consumptions.insert(
                                new ConsumptionRecord(posted.postingId(), null, null, auth.outletId(), auth.code(),
                                        // no wallet moves: the column wants an order, and cash (the payer's) is the truth
                                        ConsumptionKind.MICROPAY, charge.amountFen(), 0, 0, DeductionOrder.CASH_ONLY,
                                        purchase.occurredAt(), posted.accountingDate(), charge.mealPeriodId(), null,
                                        note, null, null, null, session.operatorId())))))
                .flatMap(outcome -> outcome instanceof Posted p
                        ? Mono.just(new Result(new Answer(ResultCode.OK, p.postingId(), charge.amountFen(), null, null),
                                false))
                        : notBooked(paid, ((PostingOutcome.Declined) outcome).reason().toString()))
                .onErrorResume(TerminalReplies.KeyTaken.class, e -> notBooked(paid, "the key holds a reply"));
    }

    /** Paid at the gateway but not booked here: the payer gets it back; the key's own answer stands. */
    private Mono<Result> notBooked(Charged.Paid paid, String why) {
        LOG.warn("Payment-code order {} was paid but not booked ({}); cancelling it at the gateway",
                paid.order().orderNo(), why);
        return micropay.undo(paid).thenReturn(new Result(null, false));
    }

    private static Result refused(ResultCode code) {
        return new Result(Answer.refused(code), true);
    }
}
