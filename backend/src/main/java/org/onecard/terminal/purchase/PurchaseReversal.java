package org.onecard.terminal.purchase;

import java.util.List;
import java.util.function.Function;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.payments.PaymentRefunds;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Books the reversal of an approved terminal purchase: one REVERSAL posting that sends every
 * transfer of the original back (revenue to the wallets it came from), and the consumption marked
 * corrected to 0 by it, in one transaction. Its key is {@code rev:} + the original's key, so a
 * reversal sent again replays that posting and moves nothing more. A consumption an operator has
 * corrected already is not reversed (5021). A void at the terminal (§2.8) sends a sale back the
 * same way under the void's own key ({@link #sendBack}). The points a sale earned go back with it (the
 * sale's POINTS_EARNED leg is one of its transfers); when they were spent meanwhile the wallet is
 * short and the void is refused 8022 ("51"), booking nothing.
 * <p>
 * A sale paid with a WeChat / Alipay payment code (a MICROPAY consumption) sends the outlet's revenue
 * back to the gateway's clearing account the same way, and records the refund of the whole order in
 * that transaction; after it, the gateway is asked to refund ({@link PaymentRefunds}). A gateway that
 * does not answer gets "96": the terminal sends the reversal again, which books nothing more and
 * asks the gateway again under the same refund number.
 */
@Component
class PurchaseReversal {

    /** The consumption was corrected (or reversed under another key) meanwhile: the reversal rolls back. */
    private static final class AlreadyCorrected extends RuntimeException {
        AlreadyCorrected() {
            super("already corrected", null, false, false);
        }
    }

    private final Ledger ledger;
    private final ConsumptionStore consumptions;
    private final PurchaseFacts facts;
    private final BusinessClock clock;
    private final PaymentRefunds refunds;

    PurchaseReversal(Ledger ledger, ConsumptionStore consumptions, PurchaseFacts facts, BusinessClock clock,
                     PaymentRefunds refunds) {
        this.refunds = refunds;
        this.ledger = ledger;
        this.consumptions = consumptions;
        this.facts = facts;
        this.clock = clock;
    }

    /** Reverses the approved original booked under {@code request.original().key()}; empty when none was. */
    Mono<Answer> reverse(ReversalRequest request, TerminalAuth auth) {
        return ledger.firstAnswer(request.original().key()).flatMap(first -> first instanceof Posted original
                ? consumptions.find(original.postingId()).flatMap(listed -> listed.consumption().kind()
                        == ConsumptionKind.MICROPAY ? refundAtGateway(request, auth, original, listed.consumption())
                        : sendBack(request.key(), "reversal of " + original.postingId(), auth, original,
                                listed.consumption(), Mono.empty()))
                : Mono.just(Answer.refused(ResultCode.OK)));
    }

    private Mono<Answer> refundAtGateway(ReversalRequest request, TerminalAuth auth, Posted original, ConsumptionRecord c) {
        String saleKey = request.original().key();
        return sendBack(request.key(), "reversal of " + original.postingId(), auth, original, c, Mono.empty(),
                posted -> refunds.recordSaleRefund(saleKey, request.key(), posted.postingId()))
                .flatMap(answer -> answer.code() != ResultCode.OK ? Mono.just(answer)
                        : refunds.askForSale(saleKey, request.key()).thenReturn(answer)
                                .onErrorResume(ApiException.class,
                                        e -> Mono.just(Answer.refused(ResultCode.MICROPAY_GATEWAY_FAILED))));
    }

    /**
     * Sends the approved {@code original} (whose consumption is {@code c}) back under {@code key};
     * {@code claimKey} runs first in the posting's transaction.
     */
    Mono<Answer> sendBack(String key, String note, TerminalAuth auth, Posted original, ConsumptionRecord c,
                          Mono<Void> claimKey) {
        return sendBack(key, note, auth, original, c, claimKey, posted -> Mono.empty());
    }

    /** {@link #sendBack} with {@code alsoBook} last in the posting's transaction (a first posting only, never a replay). */
    private Mono<Answer> sendBack(String key, String note, TerminalAuth auth, Posted original, ConsumptionRecord c,
                                  Mono<Void> claimKey, Function<Posted, Mono<?>> alsoBook) {
        List<TransferLeg> legs = original.transfers().stream().map(PostingOutcome.PostedTransfer::reversal).toList();
        PostingRequest posting = new PostingRequest(key, legs, null, auth.code(), null, null, false, note);
        Function<Posted, Mono<?>> voided = posted -> claimKey.then(consumptions.markCorrected(original.postingId(), 0,
                posted.postingId(), clock.now(), null)).flatMap(done -> done ? alsoBook.apply(posted)
                : Mono.error(new AlreadyCorrected()));
        // an original that moved no money (count-only) is reversed by a record that moves none either
        return (legs.isEmpty() ? ledger.record(posting, voided) : ledger.post(posting, voided))
                .flatMap(outcome -> answer(outcome, c))
                .onErrorResume(AlreadyCorrected.class,
                        e -> Mono.just(Answer.refused(ResultCode.CONSUMPTION_ALREADY_CORRECTED)));
    }

    /** The answer a send-back under its own key gave, replayed from the ledger (a repeat of it). */
    Mono<Answer> answer(PostingOutcome outcome, ConsumptionRecord c) {
        if (outcome instanceof Declined d) {
            // a send-back debits no wallet but the points wallet (a sale's earned points): those were spent meanwhile
            return Mono.just(Answer.refused(d.reason() == ResultCode.INSUFFICIENT_FUNDS ? ResultCode.POINTS_INSUFFICIENT
                    : d.reason()));
        }
        Posted posted = (Posted) outcome;
        if (c.personId() == null) {
            // a payment-code sale moved no wallet: no balances to report
            return Mono.just(new Answer(ResultCode.OK, posted.postingId(), c.amountFen(), null, null));
        }
        return facts.wallets(c.personId()).map(w -> new Answer(ResultCode.OK, posted.postingId(), c.amountFen(),
                PurchaseBooking.after(posted, w.cash().id(), w.cash().balance()),
                PurchaseBooking.after(posted, w.subsidy().id(), w.subsidy().balance())));
    }
}
