package org.onecard.terminal.purchase;

import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.recharge.RechargeStore;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0220 (0221 repeat) with field 3 210000 or 010000: the terminal's advice that writing the card
 * failed after the server booked the recharge (§2.9). It repeats the original 0200's fields 2, 3,
 * 4, 12, 13, 42 and names it in field 90, as a reversal does. The booking STANDS (the cash was
 * taken; the server's balance is the truth): the row is marked write-failed, once, for the card
 * centre to list and mark repaired. Answers "00" with the original's 37/38; "94" when the key holds
 * other content; "25" (5145) when it holds no booked recharge.
 */
@Component
public class RechargeWriteFailures {

    private final TerminalReplies replies;
    private final Ledger ledger;
    private final RechargeStore store;
    private final BusinessClock clock;

    RechargeWriteFailures(TerminalReplies replies, Ledger ledger, RechargeStore store, BusinessClock clock) {
        this.replies = replies;
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
    }

    public static boolean handles(String processing) {
        return TerminalRecharges.handles(processing);
    }

    public Mono<IsoMessage> answer(IsoMessage request, TerminalAuth auth) {
        Optional<ReversalRequest> parsed = ReversalRequest.parse(request, auth.code(),
                clock.accountingDate(clock.now()), clock.zone());
        if (parsed.isEmpty()) {
            return Mono.just(Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        PurchaseRequest original = parsed.get().original();
        if (!original.outletIs(auth.outletId())) {
            return Mono.just(Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        return replies.held(request, original).flatMap(held -> switch (held) {
                    case OTHER_CONTENT -> Mono.just(Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
                    case REFUSAL -> Mono.<Answer>empty();
                    case APPROVAL -> ledger.firstAnswer(original.key()).cast(Posted.class)
                            .flatMap(posted -> store.byPosting(posted.postingId()))
                            .flatMap(row -> store.markWriteFailed(row.id(), clock.now())
                                    .thenReturn(new Answer(ResultCode.OK, row.postingId(), row.amountFen(), null, null)));
                })
                .defaultIfEmpty(Answer.refused(ResultCode.RECHARGE_NOT_FOUND))
                .map(answer -> PurchaseReplies.of(request, answer).toBuilder()
                        .set(ReversalRequest.ORIGINAL_DATA, request.text(ReversalRequest.ORIGINAL_DATA)).build());
    }
}
