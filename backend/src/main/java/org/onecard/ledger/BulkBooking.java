package org.onecard.ledger;

import java.util.ArrayList;
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
 * rows, then the wallets (conditional debits and credits a few hundred per statement; a wallet that
 * cannot cover its debit fails the batch), then the transfers with the
 * balances after them. Only for batches in which no wallet occurs twice, so each wallet's
 * balance after the batch is its balance after its one posting, and none may overdraw.
 */
@Component
class BulkBooking {

    private final BulkLedgerStore bulk;
    private final LedgerStore store;

    BulkBooking(BulkLedgerStore bulk, LedgerStore store) {
        this.bulk = bulk;
        this.store = store;
    }

    static boolean suits(List<PostingRequest> requests, Map<Long, AccountKind> kinds) {
        Set<Long> seen = new HashSet<>();
        for (PostingRequest request : requests) {
            if (request.overdraftAllowed()) {
                return false;
            }
            for (Long wallet : WalletDeltas.net(request.legs(), kinds).keySet()) {
                if (!seen.add(wallet)) {
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
        Map<Long, Long> debits = new TreeMap<>();
        Map<Long, Long> credits = new TreeMap<>();
        deltas.forEach(d -> d.forEach((wallet, delta) -> {
            if (delta < 0) {
                debits.put(wallet, delta);
            } else if (delta > 0) {
                credits.put(wallet, delta);
            }
        }));
        List<String> hashes = requests.stream().map(RequestFingerprint::of).toList();
        List<String> keys = requests.stream().map(PostingRequest::idempotencyKey).toList();
        return bulk.insertPostings(requests, hashes, times.occurredAt(), times.receivedAt(), times.accountingDate())
                .then(oneDebitEach || debits.size() < 2 ? Flux.fromIterable(debits.entrySet())
                        .concatMap(e -> store.applyDelta(e.getKey(), e.getValue(), false)).then()
                        : bulk.debit(negated(debits)))
                .then(bulk.credit(credits))
                .then(Mono.zip(bulk.postingIds(keys), bulk.balances(new ArrayList<>(walletsOf(deltas)))))
                .flatMap(t -> {
                    List<Long> ids = keys.stream().map(t.getT1()::get).toList();
                    return bulk.insertTransfers(transfers(requests, deltas, ids, t.getT2()))
                            .thenReturn(new Booked(ids, t.getT2(), times.accountingDate()));
                });
    }

    private static Map<Long, Long> negated(Map<Long, Long> deltas) {
        Map<Long, Long> amounts = new TreeMap<>();
        deltas.forEach((wallet, delta) -> amounts.put(wallet, -delta));
        return amounts;
    }

    private static Set<Long> walletsOf(List<Map<Long, Long>> deltas) {
        Set<Long> wallets = new HashSet<>();
        deltas.forEach(d -> wallets.addAll(d.keySet()));
        return wallets;
    }

    private static List<TransferRow> transfers(List<PostingRequest> requests, List<Map<Long, Long>> deltas,
                                               List<Long> postingIds, Map<Long, Long> balances) {
        List<TransferRow> rows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<TransferLeg> legs = requests.get(i).legs();
            Map<Long, Long> own = new TreeMap<>();
            deltas.get(i).keySet().forEach(wallet -> own.put(wallet, balances.get(wallet)));
            List<Long[]> after = WalletDeltas.balancesAfterEachLeg(legs, own, deltas.get(i));
            for (int leg = 0; leg < legs.size(); leg++) {
                rows.add(new TransferRow(postingIds.get(i), leg + 1, legs.get(leg), after.get(leg)[0], after.get(leg)[1]));
            }
        }
        return rows;
    }
}
