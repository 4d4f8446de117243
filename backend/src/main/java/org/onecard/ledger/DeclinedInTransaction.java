package org.onecard.ledger;

import org.onecard.common.error.ResultCode;

/**
 * Raised by a posting's same-transaction work ({@code inSameTransaction} of {@link Ledger#post})
 * when a rule that needs the balances after the debits refuses: the transaction rolls back and
 * the ledger remembers the decline under the key, as it does for a wallet that runs short.
 */
public class DeclinedInTransaction extends RuntimeException {

    private final ResultCode reason;

    public DeclinedInTransaction(ResultCode reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public ResultCode reason() {
        return reason;
    }
}
