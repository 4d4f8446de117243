package org.onecard.subsidy;

import java.util.List;
import java.util.function.Function;
import org.onecard.common.error.ApiException;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.ledger.persistence.AccountStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Books a subsidy's money through the ledger with its status change in the same transaction.
 * When the status change finds the subsidy already moved on (another instance, a retry), the
 * whole booking rolls back and the answer is "nothing done".
 */
@Component
class SubsidyBooking {

    /** The subsidy was no longer in the status this step expected. */
    static final class AlreadyMoved extends RuntimeException {
        AlreadyMoved(long subsidyId) {
            super("Subsidy " + subsidyId + " already moved on", null, false, false);
        }
    }

    /** The wallet changed between reading its balance and booking: try again with the new balance. */
    static final class Raced extends RuntimeException {
        Raced(long walletId) {
            super("Wallet " + walletId + " changed while booking", null, false, false);
        }
    }

    record Accounts(long fund, long wallet) {
    }

    /** A booking that was computed from the wallet's balance: it must leave the wallet at {@code balanceAfter}. */
    record Expect(long walletId, long balanceAfter) {
    }

    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final AccountStore accountStore;
    private final BusinessClock clock;

    SubsidyBooking(Ledger ledger, StandardAccounts accounts, AccountStore accountStore, BusinessClock clock) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.accountStore = accountStore;
        this.clock = clock;
    }

    BusinessClock clock() {
        return clock;
    }

    Mono<Accounts> accountsOf(long personId) {
        return Mono.zip(accounts.subsidyFund(), accounts.subsidyWallet(personId))
                .map(t -> new Accounts(t.getT1(), t.getT2()));
    }

    Mono<Long> walletBalance(long walletId) {
        return accountStore.find(walletId).map(account -> account.balance());
    }

    /**
     * Posts the legs and runs {@code statusChange} (true when the subsidy moved) with the posting
     * id in the same transaction. Empty when the subsidy had already moved on.
     */
    Mono<PostingOutcome> book(String key, Long operatorId, String note, List<TransferLeg> legs,
                              Function<Long, Mono<Boolean>> statusChange, long subsidyId) {
        return book(key, operatorId, note, legs, statusChange, subsidyId, null);
    }

    /**
     * As above; with {@code expect}, the wallet's balance is checked inside the transaction (where
     * the booking holds the wallet's row) and a difference rolls everything back with {@link Raced}.
     */
    Mono<PostingOutcome> book(String key, Long operatorId, String note, List<TransferLeg> legs,
                              Function<Long, Mono<Boolean>> statusChange, long subsidyId, Expect expect) {
        PostingRequest request = new PostingRequest(key, legs, operatorId, null, null, null, false, note);
        return ledger.post(request, posted -> check(expect)
                        .then(statusChange.apply(posted.postingId()))
                        .flatMap(moved -> moved ? Mono.empty() : Mono.error(new AlreadyMoved(subsidyId))))
                .onErrorResume(AlreadyMoved.class, e -> Mono.empty());
    }

    private Mono<Void> check(Expect expect) {
        if (expect == null) {
            return Mono.empty();
        }
        return walletBalance(expect.walletId()).flatMap(balance -> balance == expect.balanceAfter()
                ? Mono.<Void>empty() : Mono.error(new Raced(expect.walletId())));
    }

    /** A declined booking as the caller's problem+json. */
    static Mono<Void> refuseIfDeclined(PostingOutcome outcome) {
        return outcome instanceof Declined d ? Mono.error(new ApiException(d.reason(), d.detail())) : Mono.empty();
    }
}
