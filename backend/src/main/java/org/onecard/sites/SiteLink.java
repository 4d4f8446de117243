package org.onecard.sites;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.onecard.common.time.BusinessClock;
import org.onecard.sites.domain.Exchange.DownReply;
import org.onecard.sites.domain.Exchange.FeedEntry;
import org.onecard.sites.persistence.LinkStore;
import org.onecard.sites.persistence.LinkStore.Link;
import org.onecard.sites.persistence.MirrorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A site's link to the centre: every {@code every} it numbers its outbox, pushes what the centre
 * has not acknowledged and pulls the feed after its cursor. While the centre cannot be reached
 * it waits twice as long each time, up to {@code max-backoff}; the site's own serving never waits
 * on any of this.
 */
@Service
@ConditionalOnProperty(name = "onecard.sites.role", havingValue = "SITE")
public class SiteLink {

    private static final Logger LOG = LoggerFactory.getLogger(SiteLink.class);
    /** Batches each way per round, so one round is bounded too. */
    private static final int BATCHES_PER_ROUND = 20;

    private final SitesProperties properties;
    private final SiteOutbox outbox;
    private final CentreClient centre;
    private final LinkStore links;
    private final MirrorStore mirror;
    private final TransactionalOperator tx;
    private final BusinessClock clock;
    private final Scheduler scheduler = Schedulers.single();
    private final AtomicLong feedEnd = new AtomicLong(-1);
    private volatile Disposable next;
    private volatile boolean stopped;

    SiteLink(SitesProperties properties, SiteOutbox outbox, CentreClient centre, LinkStore links, MirrorStore mirror,
             ReactiveTransactionManager transactions, BusinessClock clock) {
        this.properties = properties;
        this.outbox = outbox;
        this.centre = centre;
        this.links = links;
        this.mirror = mirror;
        this.tx = TransactionalOperator.create(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        links.ensure(properties.code()).subscribe(ok -> { }, e -> LOG.warn("site link row: {}", e.toString()),
                () -> schedule(Duration.ZERO, properties.every()));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopped = true;
        Disposable pending = next;
        if (pending != null) {
            pending.dispose();
        }
    }

    private void schedule(Duration in, Duration wait) {
        if (stopped) {
            return;
        }
        next = scheduler.schedule(() -> round().subscribe(
                ok -> { },
                e -> {
                    Duration longer = wait.multipliedBy(2).compareTo(properties.maxBackoff()) > 0
                            ? properties.maxBackoff() : wait.multipliedBy(2);
                    links.failed(properties.code(), e.getMessage(), clock.now())
                            .onErrorResume(f -> Mono.empty())
                            .subscribe(x -> { }, f -> { }, () -> schedule(wait, longer));
                },
                () -> schedule(properties.every(), properties.every())), in.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One exchange: number, push, pull. An error leaves everything as it was for the next round. */
    public Mono<Void> round() {
        return push(0).then(pull(0));
    }

    private Mono<Void> push(int batches) {
        if (batches >= BATCHES_PER_ROUND) {
            return Mono.empty();
        }
        return outbox.sequence(properties.code(), properties.batch())
                .then(links.find(properties.code()))
                .flatMap(link -> outbox.next(link.upAcked(), properties.batch())
                        .flatMap(records -> records.isEmpty() ? Mono.empty()
                                : centre.up(records)
                                        .flatMap(reply -> links.contact(properties.code(), reply.ackedSeq(),
                                                link.downCursor(), clock.now()))
                                        .then(push(batches + 1))));
    }

    private Mono<Void> pull(int batches) {
        if (batches >= BATCHES_PER_ROUND) {
            return Mono.empty();
        }
        return links.find(properties.code())
                .flatMap(link -> centre.down(link.downCursor(), properties.batch())
                        .flatMap(reply -> apply(link, reply)
                                .then(reply.entries().size() < properties.batch() ? Mono.empty() : pull(batches + 1))));
    }

    /** Applies the entries and moves the cursor in one transaction: a cut in between repeats the page. */
    private Mono<Void> apply(Link link, DownReply reply) {
        List<FeedEntry> entries = reply.entries();
        feedEnd.set(reply.lastSeq());
        long cursor = entries.size() < properties.batch()
                ? Math.max(link.downCursor(), reply.lastSeq()) : entries.get(entries.size() - 1).seq();
        return tx.transactional(reactor.core.publisher.Flux.fromIterable(entries)
                .concatMap(e -> mirror.mirror(e.originSite(), e.cardNo(), e.wallet(), e.balanceFen(), e.seq(), clock.now()))
                .then(links.contact(properties.code(), link.upAcked(), cursor, clock.now())));
    }

    /** The feed's end the centre last named; -1 before the first answer. */
    long feedEnd() {
        return feedEnd.get();
    }
}
