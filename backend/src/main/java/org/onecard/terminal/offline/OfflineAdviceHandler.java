package org.onecard.terminal.offline;

import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.live.application.TransactionMonitor;
import org.onecard.terminal.offline.OfflineRecord.Source;
import org.onecard.terminal.purchase.RechargeWriteFailures;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0220 (0221 repeat): one offline record, the purchase's fields with field 60 the terminal's
 * batch number. Taken once by {@link OfflineIntake}; 0230 says what became of it. See
 * openapi/terminal-protocol.md §2.3.
 */
@Component
class OfflineAdviceHandler implements MessageHandler {

    private final OfflineIntake intake;
    private final BusinessClock clock;
    private final TransactionMonitor monitor;
    private final RechargeWriteFailures writeFailures;

    OfflineAdviceHandler(OfflineIntake intake, BusinessClock clock, TransactionMonitor monitor,
                         RechargeWriteFailures writeFailures) {
        this.writeFailures = writeFailures;
        this.intake = intake;
        this.clock = clock;
        this.monitor = monitor;
    }

    @Override
    public boolean handles(String mti) {
        return "0220".equals(mti) || "0221".equals(mti);
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        return answer(request, session).doOnNext(reply -> monitor.observed(session, request, reply));
    }

    private Mono<IsoMessage> answer(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        if (RechargeWriteFailures.handles(request.text(3))) {
            return writeFailures.answer(request, auth);
        }
        if (!"000000".equals(request.text(3))) {
            return Mono.just(echo(request, ResponseCodes.INVALID_TRANSACTION).build());
        }
        Optional<OfflineRecord> record = OfflineRecord.of(auth.code(), request.text(11), batchNo(request),
                request.text(2), request.text(4), request.text(13), request.text(12),
                clock.accountingDate(clock.now()), clock.zone(), Source.ADVICE);
        if (record.isEmpty()) {
            return Mono.just(echo(request, ResponseCodes.FORMAT_ERROR).build());
        }
        if (!Outlets.named(request.text(42), auth)) {
            return Mono.just(echo(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        return intake.take(record.get(), auth).map(taken -> {
            IsoMessage.Builder reply = echo(request, taken.code().isoResponse());
            if (taken.code() != ResultCode.OK) {
                reply.set(44, Integer.toString(taken.code().code()));
            }
            if (taken.postingId() != null) {
                Replies.posting(reply, taken.postingId());
            }
            return reply.build();
        });
    }

    /** Field 60, the terminal's batch number (6 digits); "000000" when the terminal keeps no batches. */
    static String batchNo(IsoMessage request) {
        return request.has(60) ? request.text(60) : "000000";
    }

    private static IsoMessage.Builder echo(IsoMessage request, String responseCode) {
        IsoMessage.Builder reply = Replies.to(request, responseCode);
        for (int field : new int[] {2, 3, 4, 12, 13, 42, 60}) {
            if (request.has(field)) {
                reply.set(field, request.text(field));
            }
        }
        return reply;
    }
}
