package org.onecard.terminal.purchase;

import java.util.Map;
import org.onecard.common.error.ResultCode;
import org.onecard.ledger.DeclinedInTransaction;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.authz.Balances;
import reactor.core.publisher.Mono;

/**
 * The card type's minimum balance, held under concurrency. The authoriser decides from balances
 * read before the booking, so two purchases of one card racing each other could both pass and
 * together take the card below its minimum (the ledger's conditional debit only stops at zero).
 * After the debits, inside the booking's transaction, each wallet the purchase moved must still
 * hold its share of the minimum: the minimum less what the other wallet was left with by the
 * decision. Because a deduction order only reaches a later wallet once the earlier one is empty,
 * two purchases of one card always share a wallet they debit, so the second to commit sees the
 * first one's debit here. A purchase that fails the check rolls back and is declined (5094, "51").
 */
final class MinimumBalanceGuard {

    private MinimumBalanceGuard() {
    }

    /** Errors with {@link DeclinedInTransaction} when a wallet the posting moved holds less than its share. */
    static Mono<Void> check(Approval a, Posted posted) {
        long minimumFen = a.gathered().request().card().type().minBalanceFen();
        if (minimumFen == 0) {
            return Mono.empty();
        }
        Balances read = a.gathered().request().balances();
        WalletSplit split = a.decision().split();
        long cashLeftFen = read.cashFen() - split.fromCashFen();
        long subsidyLeftFen = read.subsidyFen() - split.fromSubsidyFen();
        Map<Long, Long> after = posted.walletBalancesAfter();
        boolean held = holds(after, a.gathered().cashWallet(), split.fromCashFen(), minimumFen - subsidyLeftFen)
                && holds(after, a.gathered().subsidyWallet(), split.fromSubsidyFen(), minimumFen - cashLeftFen);
        return held ? Mono.empty() : Mono.error(new DeclinedInTransaction(ResultCode.BELOW_MINIMUM_BALANCE,
                "Another purchase of the card came first: this one would take it below the card type's minimum of "
                        + minimumFen + " fen"));
    }

    /** Approvals that must be checked take the ordinary path, never a group-commit batch. */
    static boolean applies(Approval a) {
        return a.gathered().request().card().type().minBalanceFen() > 0;
    }

    private static boolean holds(Map<Long, Long> after, long wallet, long debitedFen, long shareFen) {
        return debitedFen == 0 || after.getOrDefault(wallet, Long.MAX_VALUE) >= shareFen;
    }
}
