package org.onecard.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.error.ResultCode;

/** What became of a posting request: expected outcomes are values, not exceptions. */
public sealed interface PostingOutcome {

    /** True when this answer repeats the first answer to the same idempotency key. */
    boolean replayed();

    record Posted(
            long postingId,
            String idempotencyKey,
            List<PostedTransfer> transfers,
            boolean overdrawn,
            Instant receivedAt,
            LocalDate accountingDate,
            boolean replayed) implements PostingOutcome {

        public Posted {
            transfers = List.copyOf(transfers);
        }

        /** Each wallet the posting moved, with its balance after the posting's last leg on it. */
        public Map<Long, Long> walletBalancesAfter() {
            Map<Long, Long> after = new HashMap<>();
            for (PostedTransfer t : transfers) {
                if (t.debitBalanceAfter() != null) {
                    after.put(t.debitAccountId(), t.debitBalanceAfter());
                }
                if (t.creditBalanceAfter() != null) {
                    after.put(t.creditAccountId(), t.creditBalanceAfter());
                }
            }
            return after;
        }

        public Posted asReplay() {
            return new Posted(postingId, idempotencyKey, transfers, overdrawn, receivedAt, accountingDate, true);
        }
    }

    record Declined(ResultCode reason, String detail, boolean replayed) implements PostingOutcome {
    }

    /**
     * One booked transfer. The balances after are filled for wallets (null for
     * counter-accounts, which keep no stored balance).
     */
    record PostedTransfer(
            long id,
            long debitAccountId,
            long creditAccountId,
            long amount,
            TransferCode code,
            Long debitBalanceAfter,
            Long creditBalanceAfter) {

        /** The leg that sends this transfer back whole (a correction is a new transfer, never an edit). */
        public TransferLeg reversal() {
            return new TransferLeg(creditAccountId, debitAccountId, amount, TransferCode.REVERSAL);
        }
    }
}
