package org.onecard.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.onecard.ledger.Ledger.Times;
import org.onecard.ledger.LedgerBatches.Booked;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.RequestFingerprint;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.ledger.domain.WalletDeltas;
import org.onecard.ledger.persistence.BulkLedgerStore;
import org.onecard.ledger.persistence.BulkLedgerStore.TransferRow;
import org.onecard.ledger.persistence.DebitsShortException;
import org.onecard.ledger.persistence.InsufficientFundsException;
import org.onecard.ledger.persistence.LedgerStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Books many postings with batched statements, inside the caller's transaction: the posting
 * rows, then the wallets (debits and credits a few hundred per statement), then the transfers with
 * the balances after them. Two kinds of batch suit it: postings that may not overdraw, each wallet
 * in one of them only (a debit is conditional, a wallet that cannot cover it fails the batch); and
 * postings that all may overdraw (offline records), where a wallet may occur in several and takes
 * their sum unconditionally. Each posting's balances after it are the wallet's final balance less
 * what later postings of the batch moved; a posting that leaves one of its wallets below zero is
 * flagged overdrawn, as {@link PostingBooker} flags one.
 */
@Component
class BulkBooking {

    private final BulkLedgerStore bulk;
    private final LedgerStore store;
    private final PostingBooker booker;

    BulkBooking(BulkLedgerStore bulk, LedgerStore store, PostingBooker booker) {
        this.bulk = bulk;
        this.store = store;
        this.booker = booker;
    }

    static boolean suits(List<PostingRequest> requests, Map<Long, AccountKind> kinds) {
        boolean overdrawing = requests.get(0).overdraftAllowed();
        Set<Long> seen = new HashSet<>();
        for (PostingRequest request : requests) {
            if (request.overdraftAllowed() != overdrawing) {
                return false;
            }
            for (Long wallet : WalletDeltas.net(request.legs(), kinds).keySet()) {
                if (!seen.add(wallet) && !overdrawing) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code oneDebitEach}: each wallet's debit a statement of its own, so a wallet that cannot
     * cover it is named ({@link InsufficientFundsException}); otherwise all debits in one statement,
     * which can only say that one fell short ({@link DebitsShortException}).
     */
    Mono<Booked> book(List<PostingRequest> requests, Map<Long, AccountKind> kinds, Times times, boolean oneDebitEach) {
        List<Map<Long, Long>> deltas = requests.stream().map(r -> WalletDeltas.net(r.legs(), kinds)).toList();
        List<String> hashes = requests.stream().map(RequestFingerprint::of).toList();
        List<String> keys = requests.stream().map(PostingRequest::idempotencyKey).toList();
        return bulk.insertPostings(requests, hashes, times.occurredAt(), times.receivedAt(), times.accountingDate())
                .then(requests.get(0).overdraftAllowed() ? bulk.add(summed(deltas)) : moveChecked(deltas, oneDebitEach))
                .then(Mono.zip(bulk.postingIds(keys), bulk.balances(new ArrayList<>(summed(deltas).keySet()))))
                .flatMap(t -> {
                    List<Long> ids = keys.stream().map(t.getT1()::get).toList();
                    List<Map<Long, Long>> after = balancesAfterEach(deltas, t.getT2());
                    Set<Long> overdrawn = new HashSet<>();
                    for (int i = 0; i < ids.size(); i++) {
                        if (after.get(i).values().stream().anyMatch(b -> b < 0)) {
                            overdrawn.add(ids.get(i));
                        }
                    }
                    return bulk.insertTransfers(transfers(requests, deltas, ids, after, times.accountingDate()))
                            .then(bulk.markOverdrawn(overdrawn))
                            .then(booker.journal(ids))
                            .thenReturn(new Booked(ids, t.getT2(), times.accountingDate(), overdrawn));
                });
    }

    /** Debits only where the balance covers them; credits as they come. Each wallet is in one posting. */
    private Mono<Void> moveChecked(List<Map<Long, Long>> deltas, boolean oneDebitEach) {
        Map<Long, Long> debits = new TreeMap<>();
        Map<Long, Long> credits = new TreeMap<>();
        deltas.forEach(d -> d.forEach((wallet, delta) -> {
            if (delta < 0) {
                debits.put(wallet, delta);
            } else if (delta > 0) {
                credits.put(wallet, delta);
            }
        }));
        return (oneDebitEach || debits.size() < 2 ? Flux.fromIterable(debits.entrySet())
                        .concatMap(e -> store.applyDelta(e.getKey(), e.getValue(), false)).then()
                        : bulk.debit(negated(debits)))
                .then(bulk.add(credits));
    }

    /** Each wallet's net change over the whole batch, in ascending id. */
    private static Map<Long, Long> summed(List<Map<Long, Long>> deltas) {
        Map<Long, Long> sums = new TreeMap<>();
        deltas.forEach(d -> d.forEach((wallet, delta) -> sums.merge(wallet, delta, Math::addExact)));
        return sums;
    }

    /** Each posting's wallets as it left them: walk the batch backwards from the final balances. */
    static List<Map<Long, Long>> balancesAfterEach(List<Map<Long, Long>> deltas, Map<Long, Long> finals) {
        Map<Long, Long> running = new HashMap<>(finals);
        List<Map<Long, Long>> after = new ArrayList<>(Collections.nCopies(deltas.size(), Map.of()));
        for (int i = deltas.size() - 1; i >= 0; i--) {
            Map<Long, Long> own = new TreeMap<>();
            deltas.get(i).forEach((wallet, delta) -> {
                own.put(wallet, running.get(wallet));
                running.put(wallet, Math.subtractExact(running.get(wallet), delta));
            });
            after.set(i, own);
        }
        return after;
    }

    private static Map<Long, Long> negated(Map<Long, Long> deltas) {
        Map<Long, Long> amounts = new TreeMap<>();
        deltas.forEach((wallet, delta) -> amounts.put(wallet, -delta));
        return amounts;
    }

    /** {@code accountingDate}: the batch's, for the postings that do not name their own. */
    private static List<TransferRow> transfers(List<PostingRequest> requests, List<Map<Long, Long>> deltas,
                                               List<Long> postingIds, List<Map<Long, Long>> balancesAfter,
                                               LocalDate accountingDate) {
        List<TransferRow> rows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<TransferLeg> legs = requests.get(i).legs();
            LocalDate date = requests.get(i).accountingDate() != null ? requests.get(i).accountingDate() : accountingDate;
            List<Long[]> after = WalletDeltas.balancesAfterEachLeg(legs, balancesAfter.get(i), deltas.get(i));
            for (int leg = 0; leg < legs.size(); leg++) {
                rows.add(new TransferRow(postingIds.get(i), date, leg + 1, legs.get(leg), after.get(leg)[0], after.get(leg)[1]));
            }
        }
        return rows;
    }
}
