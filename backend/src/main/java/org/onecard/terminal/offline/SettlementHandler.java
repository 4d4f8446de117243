package org.onecard.terminal.offline;

import org.onecard.common.text.Ascii;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0500 (0501 repeat): the terminal's totals of one batch of offline records — field 60 the batch
 * number, 76 the count, 88 the amount in fen — against what the server holds of it. 0510: "00"
 * when both agree, "95" (reconcile error) otherwise, with the server's count and amount in 76 and
 * 88, so the terminal uploads the batch again (records already held are not taken twice) and
 * settles again. Moves nothing. See openapi/terminal-protocol.md §2.5.
 */
@Component
class SettlementHandler implements MessageHandler {

    static final String RECONCILE_ERROR = "95";
    private static final int COUNT = 76;
    private static final int AMOUNT = 88;

    private final OfflineStore store;

    SettlementHandler(OfflineStore store) {
        this.store = store;
    }

    @Override
    public boolean handles(String mti) {
        return "0500".equals(mti) || "0501".equals(mti);
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        String batch = request.text(60);
        if (batch == null || !batch.matches("\\d{6}") || request.text(COUNT) == null || request.text(AMOUNT) == null) {
            return Mono.just(Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        if (!Outlets.named(request.text(42), auth)) {
            return Mono.just(Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        long count = Long.parseLong(request.text(COUNT));
        long amount = Long.parseLong(request.text(AMOUNT));
        return store.totals(auth.code(), batch).map(held -> Replies.to(request,
                        held.count() == count && held.amountFen() == amount ? ResponseCodes.APPROVED : RECONCILE_ERROR)
                .set(42, request.text(42)).set(60, batch)
                .set(COUNT, Ascii.zeroPadded(held.count(), 10))
                .set(AMOUNT, Ascii.zeroPadded(held.amountFen(), 16)).build());
    }
}
