package org.onecard.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger.Times;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.PostingRules;
import org.onecard.ledger.domain.RequestFingerprint;
import org.onecard.ledger.persistence.InsufficientFundsException;
import org.onecard.ledger.persistence.DebitsShortException;
import org.onecard.ledger.persistence.KeyTakenException;
import org.onecard.ledger.persistence.LedgerStore;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Many postings booked in one database transaction: all of them or none (an Excel import of a
 * whole file). Each posting keeps its own idempotency key, legs and history line, as
 * {@link Ledger#post} books it; only the transaction is shared. When every wallet occurs in one
 * posting only and none may overdraw (an import: one row per person), or when all may overdraw
 * (offline records), the statements are batched ({@link BulkBooking}); otherwise the postings are
 * booked one after the other. Unlike a single post, a key that
 * was used before is not replayed: the batch is refused as a whole ({@link ResultCode#IDEMPOTENCY_CONFLICT}),
 * since a batch that is partly old and partly new cannot be answered as either.
 */
@Service
public class LedgerBatches {

    /** Put a limit on everything: one transaction holds at most this many postings. */
    public static final int MAX_POSTINGS = 50_000;

    private static final int DEADLOCK_RETRIES = 3;
    private static final int LOOKUP_CHUNK = 1_000;

    /**
     * Every posting booked: their ids, in request order, and the balance of every wallet they
     * moved as the batch left it (inside the transaction, before the commit); the accounting date
     * of every posting that did not ask for its own; the ids of the postings that left a wallet
     * below zero (only offline records may).
     */
    public record Booked(List<Long> postingIds, Map<Long, Long> walletBalances, LocalDate accountingDate,
                         Set<Long> overdrawn) {
        public Booked {
            postingIds = List.copyOf(postingIds);
            walletBalances = Map.copyOf(walletBalances);
            overdrawn = Set.copyOf(overdrawn);
        }
    }

    /** Nothing was booked, because of the request at {@code index} (0-based). */
    public record Refused(int index, Declined declined) {
    }

    /** Either every posting or none: {@code Booked} or {@code Refused}. */
    public sealed interface BatchOutcome permits BatchOutcome.Done, BatchOutcome.NotDone {
        record Done(Booked booked) implements BatchOutcome {
        }

        record NotDone(Refused refused) implements BatchOutcome {
        }
    }

    private final LedgerStore store;
    private final PostingBooker booker;
    private final BulkBooking bulk;
    private final TransactionalOperator tx;
    private final BusinessClock clock;
    private final ClosedMonths closedMonths;

    public LedgerBatches(LedgerStore store, PostingBooker booker, BulkBooking bulk, LedgerTransactions transactions,
                         BusinessClock clock, ClosedMonths closedMonths) {
        this.closedMonths = closedMonths;
        this.store = store;
        this.booker = booker;
        this.bulk = bulk;
        this.tx = transactions.readCommitted();
        this.clock = clock;
    }

    /**
     * Books every request in one transaction and runs {@code inSameTransaction} before the
     * commit; an error from it rolls everything back and is passed on. {@code eachBooked} runs
     * after each posting is written (not yet committed), for progress reports.
     */
    public Mono<BatchOutcome> postAll(List<PostingRequest> requests, Runnable eachBooked,
                                      Function<Booked, Mono<?>> inSameTransaction) {
        if (requests.isEmpty() || requests.size() > MAX_POSTINGS) {
            return notDone(0, ResultCode.TOO_MANY_ITEMS, "A batch has 1 to " + MAX_POSTINGS + " postings");
        }
        for (int i = 0; i < requests.size(); i++) {
            Optional<Declined> bad = PostingRules.checkShape(requests.get(i));
            if (bad.isPresent()) {
                return Mono.just(new BatchOutcome.NotDone(new Refused(i, bad.get())));
            }
        }
        return kinds(requests).flatMap(kinds -> {
            for (int i = 0; i < requests.size(); i++) {
                Optional<Declined> bad = PostingRules.checkAccounts(requests.get(i), kinds);
                if (bad.isPresent()) {
                    return Mono.just(new BatchOutcome.NotDone(new Refused(i, bad.get())));
                }
            }
            return Mono.defer(() -> book(requests, kinds, eachBooked, inSameTransaction, false))
                    .retryWhen(Retry.backoff(DEADLOCK_RETRIES, Duration.ofMillis(20))
                            .filter(TransientDataAccessException.class::isInstance));
        });
    }

    /** {@code oneDebitEach}: see {@link BulkBooking#book}; taken when the batch's one debit statement fell short. */
    private Mono<BatchOutcome> book(List<PostingRequest> requests, Map<Long, AccountKind> kinds, Runnable eachBooked,
                                    Function<Booked, Mono<?>> inSameTransaction, boolean oneDebitEach) {
        Instant receivedAt = clock.now();
        Times times = new Times(receivedAt, receivedAt, clock.accountingDate(receivedAt));
        return firstInClosedMonth(requests, times).<BatchOutcome>map(BatchOutcome.NotDone::new)
                .switchIfEmpty(Mono.defer(() -> book(requests, kinds, eachBooked, inSameTransaction, oneDebitEach, times)));
    }

    /** The refusal of the first request whose accounting date falls in a closed month; empty when there is none. */
    private Mono<Refused> firstInClosedMonth(List<PostingRequest> requests, Times times) {
        List<LocalDate> dates = requests.stream().map(r -> times(r, times).accountingDate()).toList();
        return Flux.fromIterable(dates).distinct().filterWhen(closedMonths::isClosed).next()
                .map(date -> new Refused(dates.indexOf(date), Ledger.periodClosed(date)));
    }

    private Mono<BatchOutcome> book(List<PostingRequest> requests, Map<Long, AccountKind> kinds, Runnable eachBooked,
                                    Function<Booked, Mono<?>> inSameTransaction, boolean oneDebitEach, Times times) {
        int[] at = {0};
        boolean bulkPath = BulkBooking.suits(requests, kinds);
        Mono<Booked> booked = bulkPath
                ? bulk.book(requests, kinds, times, oneDebitEach).doOnNext(b -> b.postingIds().forEach(id -> eachBooked.run()))
                : Flux.fromIterable(requests)
                        .concatMap(request -> booker.book(request, RequestFingerprint.of(request), kinds,
                                        times(request, times))
                                .doOnNext(posted -> {
                                    at[0]++;
                                    eachBooked.run();
                                }))
                        .collectList()
                        .map(posted -> booked(posted, times.accountingDate()));
        Mono<Booked> all = booked.flatMap(b -> inSameTransaction.apply(b).then(Mono.just(b)));
        return tx.transactional(all)
                .<BatchOutcome>map(BatchOutcome.Done::new)
                .onErrorResume(InsufficientFundsException.class, e -> notDone(bulkPath ? debiting(requests, e.accountId(), at[0]) : at[0],
                        ResultCode.INSUFFICIENT_FUNDS, e.getMessage()))
                .onErrorResume(KeyTakenException.class, e -> notDone(at[0], ResultCode.IDEMPOTENCY_CONFLICT,
                        "A key of this batch was used before; nothing was booked"))
                .onErrorResume(DebitsShortException.class, e -> book(requests, kinds, eachBooked, inSameTransaction, true));
    }

    /** Ids in order; each wallet's balance after the last posting that moved it. */
    private static Booked booked(List<Posted> posted, LocalDate accountingDate) {
        Map<Long, Long> balances = new HashMap<>();
        posted.forEach(p -> balances.putAll(p.walletBalancesAfter()));
        Set<Long> overdrawn = posted.stream().filter(Posted::overdrawn).map(Posted::postingId).collect(Collectors.toSet());
        return new Booked(posted.stream().map(Posted::postingId).toList(), balances, accountingDate, overdrawn);
    }

    /** The request that debits the account that ran short; on the bulk path each wallet is in one request. */
    static int debiting(List<PostingRequest> requests, long accountId, int fallback) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).legs().stream().anyMatch(leg -> leg.debitAccountId() == accountId)) {
                return i;
            }
        }
        return fallback;
    }

    static Times times(PostingRequest request, Times batch) {
        return new Times(request.occurredAt() != null ? request.occurredAt() : batch.occurredAt(), batch.receivedAt(),
                request.accountingDate() != null ? request.accountingDate() : batch.accountingDate());
    }

    private Mono<Map<Long, AccountKind>> kinds(List<PostingRequest> requests) {
        List<Long> ids = requests.stream().flatMap(r -> LedgerStore.accountIds(r.legs()).stream()).distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += LOOKUP_CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + LOOKUP_CHUNK)));
        }
        return Flux.fromIterable(chunks).concatMap(store::accountKinds)
                .reduce(new HashMap<>(), (all, some) -> {
                    all.putAll(some);
                    return all;
                });
    }

    private static Mono<BatchOutcome> notDone(int index, ResultCode code, String detail) {
        return Mono.just(new BatchOutcome.NotDone(new Refused(index, new Declined(code, detail, false))));
    }
}
