package org.onecard.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to move money: legs that succeed or fail together, under the sender's idempotency
 * key. {@code occurredAt} is the sender's time (a terminal's clock) or null for "now";
 * {@code accountingDate} null means the server's business date at receipt.
 * {@code overdraftAllowed} is only for offline records that were already spent at a terminal.
 */
public record PostingRequest(
        String idempotencyKey,
        List<TransferLeg> legs,
        Long operatorId,
        String terminalId,
        Instant occurredAt,
        LocalDate accountingDate,
        boolean overdraftAllowed,
        String note) {

    public static final int MAX_LEGS = 16;
    public static final int MAX_KEY_LENGTH = 128;

    public PostingRequest {
        legs = List.copyOf(legs);
    }

    public static PostingRequest of(String idempotencyKey, Long operatorId, TransferLeg... legs) {
        return new PostingRequest(idempotencyKey, List.of(legs), operatorId, null, null, null, false, null);
    }
}
