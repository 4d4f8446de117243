package org.onecard.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.sites.domain.Exchange.DownReply;
import org.onecard.sites.domain.Exchange.DownRequest;
import org.onecard.sites.domain.Exchange.UpBatch;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.domain.Exchange.UpReply;
import org.onecard.sites.domain.Exchange.WalletLine;
import org.onecard.sites.persistence.LinkStore;
import org.onecard.sites.persistence.LinkStore.Link;
import org.onecard.sites.persistence.MirrorStore;
import org.onecard.sites.persistence.ReceivedStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The centre's side of the exchange. A batch from a site is taken whole or not at all: records
 * the centre has (same seq, same content) are skipped, the next numbers are applied in order,
 * and a record whose number or key the centre took with other content, or a skipped number,
 * refuses the batch and stays on the site's link as its last error until a good exchange.
 */
@Service
public class CentreExchange {

    /** Feed rows numbered per ask: a bound on one transaction, more than a site takes at once. */
    private static final int NUMBERED_PER_ASK = 2_000;

    private final LinkStore links;
    private final ReceivedStore received;
    private final MirrorStore mirror;
    private final TransactionalOperator tx;
    private final BusinessClock clock;
    private final ObjectMapper json;

    CentreExchange(LinkStore links, ReceivedStore received, MirrorStore mirror, ReactiveTransactionManager transactions,
                   BusinessClock clock, ObjectMapper json) {
        this.links = links;
        this.received = received;
        this.mirror = mirror;
        this.tx = TransactionalOperator.create(transactions);
        this.clock = clock;
        this.json = json;
    }

    public Mono<UpReply> up(String site, UpBatch batch) {
        List<UpRecord> records = batch.records().stream().sorted(Comparator.comparingLong(UpRecord::seq)).toList();
        return tx.transactional(locked(site).flatMap(link -> apply(site, link, records)))
                .onErrorResume(ApiException.class, e -> links.failed(site, e.resultCode().code() + " " + e.getMessage(),
                        clock.now()).then(Mono.error(e)));
    }

    private Mono<Link> locked(String site) {
        return links.lock(site).switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.SITE_UNKNOWN,
                "Site " + site + " has no link at the centre")));
    }

    private Mono<UpReply> apply(String site, Link link, List<UpRecord> records) {
        List<Long> seen = records.stream().map(UpRecord::seq).filter(s -> s <= link.upSeq()).toList();
        Mono<Map<Long, String>> hashes = seen.isEmpty() ? Mono.just(Map.of()) : received.hashes(site, seen);
        return hashes.flatMap(had -> {
            long[] next = {link.upSeq()};
            int[] counts = new int[2];
            return Flux.fromIterable(records).concatMap(r -> {
                String hash = hash(r);
                if (r.seq() <= link.upSeq()) {
                    if (!hash.equals(had.get(r.seq()))) {
                        return Mono.error(conflict(r, "its number " + r.seq()));
                    }
                    counts[1]++;
                    return Mono.empty();
                }
                if (r.seq() != next[0] + 1) {
                    return Mono.error(new ApiException(ResultCode.SITE_RECORD_GAP, "Record " + r.seq()
                            + " came before record " + (next[0] + 1)));
                }
                next[0] = r.seq();
                counts[0]++;
                return take(site, r, hash);
            }).then(Mono.defer(() -> links.setUpSeq(site, next[0])
                    .then(links.contact(site, next[0], link.downCursor(), clock.now()))
                    .thenReturn(new UpReply(next[0], counts[0], counts[1]))));
        });
    }

    private Mono<Void> take(String site, UpRecord r, String hash) {
        return received.keyTaken(site, r.key()).flatMap(taken -> taken
                ? Mono.error(conflict(r, "its key " + r.key()))
                : received.insert(site, r.seq(), r.key(), hash, clock.now())
                        .thenMany(Flux.fromIterable(r.lines()).concatMap(line -> mirrorLine(site, r, line)))
                        .then());
    }

    private Mono<Void> mirrorLine(String site, UpRecord r, WalletLine line) {
        return mirror.mirror(site, line.cardNo(), line.wallet(), line.balanceFen(), r.seq(), clock.now())
                .then(mirror.feed(site, line.cardNo(), line.wallet(), line.balanceFen(), clock.now()));
    }

    private static ApiException conflict(UpRecord r, String what) {
        return new ApiException(ResultCode.SITE_RECORD_CONFLICT, "Record " + r.seq() + " (key " + r.key()
                + ") differs from the one the centre took under " + what);
    }

    /** The feed after the site's cursor, numbering what committed since; the cursor acknowledges what came before. */
    public Mono<DownReply> down(String site, DownRequest request) {
        return tx.transactional(locked(site).flatMap(link -> mirror.sequenceFeed(NUMBERED_PER_ASK)
                .flatMap(last -> mirror.feedAfter(site, request.after(), request.limit()).collectList()
                        .flatMap(entries -> links.contact(site, link.upSeq(), request.after(), clock.now())
                                .thenReturn(new DownReply(entries, last))))));
    }

    /** SHA-256 over the record as the centre reads it, so the same content always gives the same hash. */
    String hash(UpRecord record) {
        try {
            byte[] canonical = json.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a record always serialises", e);
        }
    }
}
