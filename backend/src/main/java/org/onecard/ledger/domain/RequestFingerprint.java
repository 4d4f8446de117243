package org.onecard.ledger.domain;

import org.onecard.common.Sha256;

/**
 * A hash of everything the sender said in a posting request. The same idempotency key with a
 * different fingerprint is a different request and is refused.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(PostingRequest request) {
        StringBuilder canonical = new StringBuilder(256);
        for (TransferLeg leg : request.legs()) {
            canonical.append(leg.debitAccountId()).append('>').append(leg.creditAccountId())
                    .append(':').append(leg.amount()).append(':').append(leg.code()).append(';');
        }
        canonical.append("op=").append(request.operatorId())
                .append("|term=").append(request.terminalId())
                .append("|at=").append(request.occurredAt())
                .append("|date=").append(request.accountingDate())
                .append("|overdraft=").append(request.overdraftAllowed())
                .append("|note=").append(request.note());
        return sha256(canonical.toString());
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        return Sha256.hex(text);
    }
}
