package org.onecard.ledger.domain;

/**
 * What an account counts: money in fen, loyalty points, or fuel volume in hundredths of the
 * station's unit (0.01 m³ / 0.01 L) — never mixed in one transfer.
 */
public enum Unit {
    FEN,
    POINT,
    VOLUME
}
