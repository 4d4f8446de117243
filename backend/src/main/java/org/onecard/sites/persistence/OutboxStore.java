package org.onecard.sites.persistence;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Instant;
import java.util.List;
import org.onecard.common.sql.SqlPaging;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** site_outbox at a site: a row per booked posting, given its sequence number later, shipped in seq order. */
@Repository
public class OutboxStore {

    /** A row with its sequence number and the record it carries. */
    public record Sequenced(long seq, String payload) {
    }

    private static final int ROWS_PER_INSERT = 500;

    private final DatabaseClient db;
    private final SqlPaging paging;

    public OutboxStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** In the posting's transaction: one row per posting, no sequence yet. */
    public Mono<Void> add(List<Long> postingIds, Instant at) {
        return Flux.fromIterable(chunks(postingIds)).concatMap(chunk -> {
            StringBuilder sql = new StringBuilder("INSERT INTO site_outbox (posting_id, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:p").append(i).append(", :at)");
            }
            DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString()).bind("at", LinkStore.utc(at));
            for (int i = 0; i < chunk.size(); i++) {
                spec = spec.bind("p" + i, chunk.get(i));
            }
            return spec.then();
        }).then();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        int n = (ids.size() + ROWS_PER_INSERT - 1) / ROWS_PER_INSERT;
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(c -> ids.subList(c * ROWS_PER_INSERT, Math.min(ids.size(), (c + 1) * ROWS_PER_INSERT))).toList();
    }

    /** The oldest rows without a sequence number (committed ones: later commits come in a later round). */
    public Flux<Long[]> unsequenced(int limit) {
        return db.sql("SELECT id, posting_id FROM site_outbox WHERE seq IS NULL ORDER BY id" + paging.clause())
                .bind("offset", 0).bind("limit", limit)
                .map(row -> new Long[] {row.get("id", Long.class), row.get("posting_id", Long.class)}).all();
    }

    public Mono<Void> sequence(long id, long seq, String payload) {
        return db.sql("UPDATE site_outbox SET seq = :seq, payload = :payload WHERE id = :id AND seq IS NULL")
                .bind("seq", seq).bind("payload", payload).bind("id", id).then();
    }

    /** Sequenced rows after {@code after}, in order. */
    public Flux<Sequenced> after(long after, int limit) {
        return db.sql("SELECT seq, payload FROM site_outbox WHERE seq > :after ORDER BY seq" + paging.clause())
                .bind("after", after).bind("offset", 0).bind("limit", limit)
                .map(row -> new Sequenced(row.get("seq", Long.class), row.get("payload", String.class))).all();
    }

    /** Rows the centre does not have yet: sequenced after its acknowledgement, or not sequenced. */
    public Mono<Long> pending(long acked) {
        return db.sql("SELECT COUNT(*) AS n FROM site_outbox WHERE seq IS NULL OR seq > :acked").bind("acked", acked)
                .map(row -> row.get("n", Long.class)).one();
    }

    /** When the oldest row the centre does not have was written; empty when none. */
    public Mono<Instant> oldestPending(long acked) {
        return db.sql("SELECT MIN(created_at) AS t FROM site_outbox WHERE seq IS NULL OR seq > :acked")
                .bind("acked", acked)
                .map(row -> java.util.Optional.ofNullable(LinkStore.instant(row.get("t", java.time.LocalDateTime.class))))
                .one().flatMap(Mono::justOrEmpty);
    }
}
