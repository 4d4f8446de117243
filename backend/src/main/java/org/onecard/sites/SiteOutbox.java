package org.onecard.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.persistence.LinkStore;
import org.onecard.sites.persistence.OutboxStore;
import org.onecard.sites.persistence.OutboxStore.Sequenced;
import org.onecard.sites.persistence.PostingRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A site's outbox. Rows are numbered in one transaction holding the site's link row, so only one
 * numbering runs at a time, and only rows already committed are numbered: a posting that commits
 * late gets the next free number instead of one below what the centre already acknowledged.
 */
@Service
public class SiteOutbox {

    private final OutboxStore outbox;
    private final PostingRecords postings;
    private final LinkStore links;
    private final TransactionalOperator tx;
    private final ObjectMapper json;

    SiteOutbox(OutboxStore outbox, PostingRecords postings, LinkStore links, ReactiveTransactionManager transactions,
               ObjectMapper json) {
        this.outbox = outbox;
        this.postings = postings;
        this.links = links;
        this.tx = TransactionalOperator.create(transactions);
        this.json = json;
    }

    /** Numbers up to {@code limit} rows; answers how many. */
    public Mono<Integer> sequence(String site, int limit) {
        return tx.transactional(links.lock(site).flatMap(link -> outbox.unsequenced(limit).collectList()
                .flatMap(rows -> Flux.range(0, rows.size())
                        .concatMap(i -> number(rows.get(i), link.upSeq() + i + 1))
                        .then(links.setUpSeq(site, link.upSeq() + rows.size()))
                        .thenReturn(rows.size()))));
    }

    private Mono<Void> number(Long[] row, long seq) {
        return postings.read(row[1], seq).flatMap(record -> outbox.sequence(row[0], seq, write(record)));
    }

    /** Numbered records after what the centre acknowledged, in order. */
    public Mono<List<UpRecord>> next(long acked, int limit) {
        return outbox.after(acked, limit).map(this::read).collectList();
    }

    private String write(UpRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record always serialises", e);
        }
    }

    private UpRecord read(Sequenced row) {
        try {
            return json.readValue(row.payload(), UpRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + row.seq() + " holds no record", e);
        }
    }
}
