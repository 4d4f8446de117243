package org.onecard.terminal.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.offline.OfflineRecord.Source;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0320 (0321 repeat): batch upload of offline records, several per message in field 48, each
 * taken once in the order sent, the new ones booked together ({@link OfflineBatchIntake}); 0330
 * field 48 gives each record's trace and field 39. A field 48 that does not read as whole records is refused whole ("30"). See
 * openapi/terminal-protocol.md §2.5.
 */
@Component
class BatchUploadHandler implements MessageHandler {

    static final int RECORDS = 48;
    /** trace 6, date MMDD 4, time hhmmss 6, amount 12, credential length 2. */
    private static final int FIXED = 30;

    private final OfflineBatchIntake intake;
    private final BusinessClock clock;

    BatchUploadHandler(OfflineBatchIntake intake, BusinessClock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public boolean handles(String mti) {
        return "0320".equals(mti) || "0321".equals(mti);
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        String batch = OfflineAdviceHandler.batchNo(request);
        Optional<List<OfflineRecord>> records = parse(request.text(RECORDS), auth.code(), batch);
        if (records.isEmpty()) {
            return Mono.just(echo(request, ResponseCodes.FORMAT_ERROR).build());
        }
        if (!Outlets.named(request.text(42), auth)) {
            return Mono.just(echo(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        List<OfflineRecord> taken = records.get();
        return intake.takeAll(taken, auth).map(outcomes -> {
            StringBuilder results = new StringBuilder();
            for (int i = 0; i < taken.size(); i++) {
                results.append(taken.get(i).trace()).append(outcomes.get(i).code().isoResponse());
            }
            return echo(request, ResponseCodes.APPROVED).set(RECORDS, results.toString()).build();
        });
    }

    /** The records of field 48, or empty when it is missing, empty or any record is unreadable. */
    Optional<List<OfflineRecord>> parse(String text, String terminalCode, String batch) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<OfflineRecord> records = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (text.length() - at < FIXED || !asciiDigit(text.charAt(at + 28))
                    || !asciiDigit(text.charAt(at + 29))) {
                return Optional.empty();
            }
            int end = at + FIXED + Integer.parseInt(text.substring(at + 28, at + 30));
            if (end > text.length()) {
                return Optional.empty();
            }
            Optional<OfflineRecord> record = OfflineRecord.of(terminalCode, text.substring(at, at + 6), batch,
                    text.substring(at + FIXED, end), text.substring(at + 16, at + 28), text.substring(at + 6, at + 10),
                    text.substring(at + 10, at + 16), clock.accountingDate(clock.now()), clock.zone(), Source.BATCH);
            if (record.isEmpty()) {
                return Optional.empty();
            }
            records.add(record.get());
            at = end;
        }
        return Optional.of(records);
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IsoMessage.Builder echo(IsoMessage request, String responseCode) {
        IsoMessage.Builder reply = Replies.to(request, responseCode);
        for (int field : new int[] {42, 60}) {
            if (request.has(field)) {
                reply.set(field, request.text(field));
            }
        }
        return reply;
    }
}
