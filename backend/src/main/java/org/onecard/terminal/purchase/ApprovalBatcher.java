package org.onecard.terminal.purchase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.onecard.common.concurrent.Drain;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Group commit for online approvals. Each approval waits in a queue; while fewer than
 * {@code maxInFlight} batches are being written, the approvals waiting (up to {@code maxBatch},
 * no wallet twice) are booked in one transaction by {@link PurchaseBooking#bookAll}: one durable
 * commit and a few statements for the whole batch instead of a commit and six statements each. No
 * timer: a batch forms from what arrived while the previous one committed, so a lone approval goes
 * at once. A batch that cannot be booked as decided (a key taken by a twin, a wallet short)
 * rolls back whole and its approvals are booked one by one on the ordinary path, which answers
 * each of them exactly as it would have without batching. Charges of 0 always take that path, and so do
 * purchases of a card whose type keeps a minimum balance ({@link MinimumBalanceGuard}).
 */
@Component
public class ApprovalBatcher {

    private static final Logger log = LoggerFactory.getLogger(ApprovalBatcher.class);

    private record Pending(Approval approval, Sinks.One<Answer> sink) {
    }

    private final PurchaseBooking booking;
    private final TerminalReplies replies;
    private final int maxBatch;
    private final int maxInFlight;
    private volatile boolean enabled;

    private final Deque<Pending> queue = new ArrayDeque<>();
    private int inFlight;
    private final Drain drain = new Drain(this::startWhileRoom);

    ApprovalBatcher(PurchaseBooking booking, TerminalReplies replies, GroupCommitProperties properties) {
        this.booking = booking;
        this.replies = replies;
        this.maxBatch = properties.maxBatch();
        this.maxInFlight = properties.maxInFlight();
        this.enabled = properties.enabled();
    }

    /** Books the approval; errors as {@link PurchaseBooking#book} does (a twin's kept refusal: KeyTaken). */
    Mono<Answer> book(Approval approval) {
        if (!enabled || !approval.movesMoney() || MinimumBalanceGuard.applies(approval)) {
            return single(approval);
        }
        return Mono.defer(() -> {
            Sinks.One<Answer> sink = Sinks.one();
            synchronized (this) {
                queue.add(new Pending(approval, sink));
            }
            drain.run();
            return sink.asMono();
        });
    }

    /** Turns batching on or off at run time (the benchmark measures both in one run). */
    public void enabled(boolean on) {
        enabled = on;
    }

    /**
     * Books these approvals as one batch (as the queue would, had they arrived together), each
     * with its own answer or error in order; the approvals must hold no wallet twice.
     */
    Flux<Answer> together(List<Approval> approvals) {
        List<Pending> batch = approvals.stream().map(a -> new Pending(a, Sinks.<Answer>one())).toList();
        return write(batch).thenMany(Flux.fromIterable(batch).concatMap(p -> p.sink().asMono()));
    }

    private Mono<Answer> single(Approval a) {
        return booking.book(a, replies.claimForApproval(a.message(), a.request()));
    }


    private void startWhileRoom() {
        for (;;) {
            List<Pending> batch;
            synchronized (this) {
                if (inFlight >= maxInFlight || queue.isEmpty()) {
                    return;
                }
                batch = take();
                inFlight++;
            }
            write(batch).doFinally(signal -> {
                synchronized (this) {
                    inFlight--;
                }
                drain.run();
            }).subscribe(null, e -> log.error("approval batch failed", e));
        }
    }

    /** The oldest approvals waiting, no wallet twice; the rest keep their place. Under the lock. */
    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        Set<Long> wallets = new HashSet<>();
        for (Iterator<Pending> it = queue.iterator(); it.hasNext() && batch.size() < maxBatch; ) {
            Pending p = it.next();
            if (Collections.disjoint(wallets, p.approval().wallets())) {
                wallets.addAll(p.approval().wallets());
                batch.add(p);
                it.remove();
            }
        }
        return batch;
    }

    /**
     * A batch of one takes the batch path too: it writes the same rows without the ordinary path's
     * second look for the key (the unique key is the guard; a repeat's twin makes it fail over).
     */
    private Mono<Void> write(List<Pending> batch) {
        return booking.bookAll(batch.stream().map(Pending::approval).toList())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("a batch booked without answers")))
                .doOnNext(answers -> {
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).sink().tryEmitValue(answers.get(i));
                    }
                })
                .then()
                .onErrorResume(e -> {
                    // expected now and then; anything else means batching is broken and every batch pays twice
                    if (e instanceof PurchaseBooking.NotBookedTogether || e instanceof TerminalReplies.KeyTaken) {
                        log.debug("a batch of {} approvals goes one by one: {}", batch.size(), e.toString());
                    } else {
                        log.warn("a batch of {} approvals goes one by one", batch.size(), e);
                    }
                    return Flux.fromIterable(batch).flatMap(this::alone, 8).then();
                });
    }

    /** The ordinary path, its answer or error handed to the waiting request. */
    private Mono<Void> alone(Pending p) {
        return single(p.approval())
                .doOnNext(answer -> p.sink().tryEmitValue(answer))
                .switchIfEmpty(Mono.fromRunnable(() -> p.sink().tryEmitEmpty()))
                .onErrorResume(e -> {
                    p.sink().tryEmitError(e);
                    return Mono.empty();
                })
                .then();
    }
}
