package org.onecard.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.common.sql.CoalescedReads;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.PostingRules;
import org.onecard.ledger.domain.RequestFingerprint;
import org.onecard.ledger.persistence.InsufficientFundsException;
import org.onecard.ledger.persistence.KeyTakenException;
import org.onecard.ledger.persistence.LedgerStore;
import org.onecard.ledger.persistence.PostingRow;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The one path by which money moves. A posting's transfers are booked together or not at all;
 * the sender's idempotency key makes a retry return the first answer, and the same key with
 * different content is refused.
 */
@Service
public class Ledger {

    private static final int DEADLOCK_RETRIES = 5;
    /** Keys in one coalesced look-up: far below SQL Server's 2,100 parameters. */
    private static final int COALESCED_KEYS = 200;

    private final LedgerStore store;
    private final PostingBooker booker;
    private final TransactionalOperator tx;
    private final BusinessClock clock;
    private final CoalescedReads<String, PostingRow> postingsByKey;
    private final ClosedMonths closedMonths;

    public Ledger(LedgerStore store, PostingBooker booker, LedgerTransactions transactions, BusinessClock clock,
                  ClosedMonths closedMonths) {
        this.store = store;
        this.closedMonths = closedMonths;
        this.booker = booker;
        this.tx = transactions.readCommitted();
        this.clock = clock;
        this.postingsByKey = new CoalescedReads<>(COALESCED_KEYS, 2, store::findPostings);
    }

    /** Whether a request with this key was answered before: a retry then skips straight to the replay. */
    public Mono<Boolean> knows(String idempotencyKey) {
        return store.findPosting(idempotencyKey).hasElement();
    }

    /**
     * The first answer to a key, for use cases whose transfers derive from balances that the
     * first request itself changed (a cancel refunds "the balance"): their retry cannot be
     * rebuilt, so it is answered from the record. Empty when the key is new.
     */
    public Mono<PostingOutcome> firstAnswer(String idempotencyKey) {
        return store.findPosting(idempotencyKey).flatMap(first -> replay(first, first.requestHash()));
    }

    /**
     * {@link #firstAnswer}, for callers outside any transaction on a busy path (a terminal's
     * purchase asks whether its key is new): look-ups that arrive together go as one statement.
     */
    public Mono<PostingOutcome> firstAnswerOutsideTransaction(String idempotencyKey) {
        return postingsByKey.read(idempotencyKey).flatMap(first -> replay(first, first.requestHash()));
    }

    public Mono<PostingOutcome> post(PostingRequest request) {
        return post(request, posted -> Mono.empty());
    }

    /**
     * Posts, and runs {@code inSameTransaction} with the booked posting before the commit: the
     * use case's own rows (a new card, a lifecycle event) land with the money or not at all. A
     * replay does not run it again; an error from it rolls the booking back and is passed on.
     */
    public Mono<PostingOutcome> post(PostingRequest request, Function<Posted, Mono<?>> inSameTransaction) {
        return submit(request, PostingRules.checkShape(request), inSameTransaction);
    }

    /**
     * Journals a request that moves no money (a count-only meal, a charge discounted to 0): a
     * posting with status {@code RECORDED} and no transfers, so the use has its place in the
     * journal, its use-case rows ({@code inSameTransaction}, as for {@link #post}) a posting to
     * hang on, and a retry the same replay as any posting. The request must have no legs.
     */
    public Mono<PostingOutcome> record(PostingRequest request, Function<Posted, Mono<?>> inSameTransaction) {
        return submit(request, PostingRules.checkRecordShape(request), inSameTransaction);
    }

    private Mono<PostingOutcome> submit(PostingRequest request, Optional<Declined> badShape,
                                        Function<Posted, Mono<?>> inSameTransaction) {
        if (badShape.isPresent()) {
            return Mono.just(badShape.get());
        }
        String fingerprint = RequestFingerprint.of(request);
        Mono<Map<Long, AccountKind>> kinds = request.legs().isEmpty() ? Mono.just(Map.of())
                : store.accountKinds(LedgerStore.accountIds(request.legs()));
        return store.findPosting(request.idempotencyKey())
                .flatMap(first -> replay(first, fingerprint))
                .switchIfEmpty(Mono.defer(() -> kinds
                        .flatMap(found -> checkAndBook(request, fingerprint, found, inSameTransaction))));
    }

    private Mono<PostingOutcome> checkAndBook(PostingRequest request, String fingerprint, Map<Long, AccountKind> kinds,
                                              Function<Posted, Mono<?>> inSameTransaction) {
        Optional<Declined> badAccounts = PostingRules.checkAccounts(request, kinds);
        if (badAccounts.isPresent()) {
            return Mono.just(badAccounts.get());
        }
        return Mono.defer(() -> book(request, fingerprint, kinds, inSameTransaction))
                .retryWhen(Retry.backoff(DEADLOCK_RETRIES, Duration.ofMillis(5))
                        .filter(TransientDataAccessException.class::isInstance));
    }

    private Mono<PostingOutcome> book(PostingRequest request, String fingerprint, Map<Long, AccountKind> kinds,
                                      Function<Posted, Mono<?>> inSameTransaction) {
        Instant receivedAt = clock.now();
        Instant occurredAt = request.occurredAt() != null ? request.occurredAt() : receivedAt;
        LocalDate accountingDate = request.accountingDate() != null
                ? request.accountingDate() : clock.accountingDate(receivedAt);
        Times times = new Times(occurredAt, receivedAt, accountingDate);
        // Not remembered as a decline: once the month is reopened, the same request may go through.
        return closedMonths.isClosed(accountingDate).flatMap(closed -> closed
                ? Mono.just(periodClosed(accountingDate))
                : booked(request, fingerprint, kinds, inSameTransaction, times));
    }

    /** The decline of a posting dated in a closed month. */
    static Declined periodClosed(LocalDate accountingDate) {
        return new Declined(ResultCode.PERIOD_CLOSED, "The accounting month of " + accountingDate
                + " is closed; book the movement in the open month", false);
    }

    private Mono<PostingOutcome> booked(PostingRequest request, String fingerprint, Map<Long, AccountKind> kinds,
                                        Function<Posted, Mono<?>> inSameTransaction, Times times) {
        return tx.transactional(booker.book(request, fingerprint, kinds, times)
                        .flatMap(posted -> inSameTransaction.apply(posted).then(Mono.just(posted))))
                .<PostingOutcome>map(posted -> posted)
                .onErrorResume(InsufficientFundsException.class,
                        e -> recordDecline(request, fingerprint, times, ResultCode.INSUFFICIENT_FUNDS, e.getMessage()))
                .onErrorResume(DeclinedInTransaction.class,
                        e -> recordDecline(request, fingerprint, times, e.reason(), e.getMessage()))
                .onErrorResume(KeyTakenException.class, e -> replayExisting(request, fingerprint));
    }

    /** A decline is remembered too, so a retry of the same request gets the same answer. */
    private Mono<PostingOutcome> recordDecline(PostingRequest request, String fingerprint, Times times,
                                               ResultCode reason, String detail) {
        return store.insertPosting(request, fingerprint, PostingRow.DECLINED, reason.code(),
                        times.occurredAt(), times.receivedAt(), times.accountingDate())
                .<PostingOutcome>thenReturn(new Declined(reason, detail, false))
                .onErrorResume(KeyTakenException.class, e -> replayExisting(request, fingerprint));
    }

    private Mono<PostingOutcome> replayExisting(PostingRequest request, String fingerprint) {
        return store.findPosting(request.idempotencyKey()).flatMap(first -> replay(first, fingerprint));
    }

    private Mono<PostingOutcome> replay(PostingRow first, String fingerprint) {
        if (!first.requestHash().equals(fingerprint)) {
            return Mono.just(new Declined(ResultCode.IDEMPOTENCY_CONFLICT,
                    "Key " + first.idempotencyKey() + " was already used for a different request", false));
        }
        if (PostingRow.DECLINED.equals(first.status())) {
            ResultCode reason = ResultCode.fromCode(first.resultCode());
            return Mono.just(new Declined(reason, "Declined the first time: " + reason.titleEn(), true));
        }
        return store.transfersOf(first.id()).collectList()
                .map(transfers -> new Posted(first.id(), first.idempotencyKey(), transfers, first.overdrawn(),
                        first.receivedAt(), first.accountingDate(), true));
    }

    /** The three times every posting keeps apart. */
    record Times(Instant occurredAt, Instant receivedAt, LocalDate accountingDate) {
    }
}
