package org.onecard.ledger.domain;

/** What an account counts: money in fen, or loyalty points (never mixed in one transfer). */
public enum Unit {
    FEN,
    POINT
}
