package org.onecard.reports.statement;

import org.onecard.ledger.domain.TransferCode;

/**
 * What the ledger moved into ({@code credited}) or out of the wallets of one key (a person, an account,
 * or 0 for all) under one transfer code (null when not grouped by code), summed by accounting date:
 * before the month, during it and after it.
 */
public record Movement(long key, TransferCode code, boolean credited, long beforeFen, long duringFen, long afterFen) {

    /** This movement's effect on the balance: credits add, debits subtract. */
    long signed(long fen) {
        return credited ? fen : -fen;
    }
}
