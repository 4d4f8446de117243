package org.onecard.terminal.purchase;

import java.util.Optional;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.live.application.TransactionMonitor;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0400: reversal of a purchase, once however often it is sent. The reversal repeats the original's
 * fields 2, 3, 4, 12, 13 and 42 and names it in field 90. By what the original's key holds:
 * an approval is reversed ({@link PurchaseReversal}); a refusal or a decline needs nothing ("00");
 * nothing at all leaves a tombstone, so the original arriving late is declined
 * ({@link ResultCode#TRANSACTION_REVERSED}), and answers "00"; a key holding other content "94".
 * A recharge or cash-out (field 3 210000 / 010000, §2.9) is reversed the same way by {@link RechargeReversal}.
 * A fuel sale (610000, §2.11) is reversed as a purchase: its posting sends back every leg, volume included.
 * See openapi/terminal-protocol.md §2.4.
 */
@Component
class ReversalHandler implements MessageHandler {

    private final TerminalReplies replies;
    private final PurchaseReversal reversal;
    private final BusinessClock clock;
    private final TransactionMonitor monitor;
    private final RechargeReversal recharges;

    ReversalHandler(TerminalReplies replies, PurchaseReversal reversal, BusinessClock clock,
                    TransactionMonitor monitor, RechargeReversal recharges) {
        this.recharges = recharges;
        this.replies = replies;
        this.reversal = reversal;
        this.clock = clock;
        this.monitor = monitor;
    }

    @Override
    public boolean handles(String mti) {
        return "0400".equals(mti) || "0401".equals(mti);
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        return answer(request, session).doOnNext(reply -> monitor.observed(session, request, reply));
    }

    private Mono<IsoMessage> answer(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        boolean recharge = TerminalRecharges.handles(request.text(3));
        boolean fuel = FuelAtDispenser.SALE.equals(request.text(3));
        if (!recharge && !fuel && !PurchaseHandler.PURCHASE.equals(request.text(3))) {
            return reply(request, Replies.to(request, ResponseCodes.INVALID_TRANSACTION).build());
        }
        // a fuel sale's field 48 is its nozzle and volume, not a work mode's entry
        Optional<ReversalRequest> parsed = ReversalRequest.parse(fuel ? request.toBuilder().remove(48).build() : request,
                auth.code(),
                clock.accountingDate(clock.now()), clock.zone());
        if (parsed.isEmpty()) {
            return reply(request, Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        if (!parsed.get().original().outletIs(auth.outletId())) {
            return reply(request, Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        Function<ReversalRequest, Mono<Answer>> approval = recharge ? r -> recharges.reverse(r, auth)
                : r -> reversal.reverse(r, auth);
        return reverse(request, parsed.get(), approval, true)
                .flatMap(answer -> reply(request, PurchaseReplies.of(request, answer)));
    }

    private Mono<Answer> reverse(IsoMessage request, ReversalRequest r, Function<ReversalRequest, Mono<Answer>> approval,
                                 boolean mayRetry) {
        return replies.held(request, r.original()).flatMap(held -> switch (held) {
            case OTHER_CONTENT -> Mono.just(Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
            case REFUSAL -> Mono.just(Answer.refused(ResultCode.OK));
            case APPROVAL -> approval.apply(r);
        }).switchIfEmpty(Mono.defer(() -> approval.apply(r)))
                // never seen (or declined at booking, which keeps no reply): a tombstone, unless the original just took the key
                .switchIfEmpty(Mono.defer(() -> replies.tombstone(request, r.original()).flatMap(left -> left
                        ? Mono.just(Answer.refused(ResultCode.OK))
                        : mayRetry ? reverse(request, r, approval, false) : Mono.empty())));
    }

    /** The 0410, with field 90 echoed. */
    private static Mono<IsoMessage> reply(IsoMessage request, IsoMessage reply) {
        IsoMessage.Builder b = reply.toBuilder();
        if (request.has(ReversalRequest.ORIGINAL_DATA)) {
            b.set(ReversalRequest.ORIGINAL_DATA, request.text(ReversalRequest.ORIGINAL_DATA));
        }
        return Mono.just(b.build());
    }
}
