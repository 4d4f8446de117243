package org.onecard.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.ledger.Ledger.Times;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingOutcome.PostedTransfer;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.ledger.domain.WalletDeltas;
import org.onecard.ledger.persistence.LedgerStore;
import org.onecard.ledger.persistence.PostingRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The steps of one booking, all inside the caller's transaction. */
@Component
class PostingBooker {

    private final LedgerStore store;
    private final ObjectProvider<PostingJournal> journal;
    /** The journal bean or none, looked up once (the first posting), not on every posting. */
    private volatile Optional<PostingJournal> listener;

    PostingBooker(LedgerStore store, ObjectProvider<PostingJournal> journal) {
        this.store = store;
        this.journal = journal;
    }

    /** Tells the journal (if any) of booked postings, inside the booking's transaction. */
    Mono<Void> journal(List<Long> postingIds) {
        Optional<PostingJournal> found = listener;
        if (found == null) {
            found = Optional.ofNullable(journal.getIfAvailable());
            listener = found;
        }
        return found.isEmpty() || postingIds.isEmpty() ? Mono.empty() : found.get().booked(postingIds);
    }

    Mono<Posted> book(PostingRequest request, String fingerprint, Map<Long, AccountKind> kinds, Times times) {
        Map<Long, Long> deltas = WalletDeltas.net(request.legs(), kinds);
        // Only Ledger.record lets a request without legs through: it moves nothing and is RECORDED.
        String status = request.legs().isEmpty() ? PostingRow.RECORDED : PostingRow.POSTED;
        // The key is claimed first, so a concurrent duplicate waits here and then replays.
        return store.insertPosting(request, fingerprint, status, ResultCode.OK.code(),
                        times.occurredAt(), times.receivedAt(), times.accountingDate())
                .flatMap(postingId -> Flux.fromIterable(deltas.entrySet())
                        .concatMap(e -> store.applyDelta(e.getKey(), e.getValue(), request.overdraftAllowed()))
                        .then(deltas.isEmpty() ? Mono.just(Map.<Long, Long>of()) : store.balances(deltas.keySet()))
                        .flatMap(balances -> insertTransfers(postingId, times.accountingDate(), request, balances, deltas)
                                .flatMap(transfers -> flagOverdraft(postingId, balances)
                                        .map(overdrawn -> new Posted(postingId, request.idempotencyKey(), transfers,
                                                overdrawn, times.receivedAt(), times.accountingDate(), false))))
                        .flatMap(posted -> journal(List.of(postingId)).thenReturn(posted)));
    }

    private Mono<List<PostedTransfer>> insertTransfers(long postingId, LocalDate accountingDate, PostingRequest request,
                                                       Map<Long, Long> balances, Map<Long, Long> deltas) {
        List<TransferLeg> legs = request.legs();
        List<Long[]> after = WalletDeltas.balancesAfterEachLeg(legs, balances, deltas);
        List<Mono<PostedTransfer>> inserts = new ArrayList<>(legs.size());
        for (int i = 0; i < legs.size(); i++) {
            inserts.add(store.insertTransfer(postingId, accountingDate, i + 1, legs.get(i), after.get(i)[0], after.get(i)[1]));
        }
        return Flux.concat(inserts).collectList();
    }

    /** An offline record may leave a wallet below zero; the posting is then flagged for follow-up. */
    private Mono<Boolean> flagOverdraft(long postingId, Map<Long, Long> balances) {
        boolean overdrawn = balances.values().stream().anyMatch(b -> b < 0);
        return overdrawn ? store.markOverdrawn(postingId).thenReturn(true) : Mono.just(false);
    }
}
