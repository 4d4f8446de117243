package org.onecard.ledger.domain;

/** One movement asked for: {@code amount} (fen or points) from the debit to the credit account. */
public record TransferLeg(long debitAccountId, long creditAccountId, long amount, TransferCode code) {
}
