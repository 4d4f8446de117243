package org.onecard.shift.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.shift.domain.HandOver;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for shift_handover, the record of who handed which dispenser over to whom and under which key. */
@Repository
public class HandOverStore {

    /** What is stored of a hand-over before its shifts. */
    public record New(String key, String fingerprint, long terminalId, Long outgoingCardId, Long incomingCardId,
                      String source, String recordedBy, Instant occurredAt, Instant recordedAt) {
    }

    /** A stored key and the content it stands for. */
    public record Keyed(long id, String fingerprint) {
    }

    private static final String SELECT = "SELECT h.id, h.terminal_id, t.machine_no, o.serial AS outgoing,"
            + " i.serial AS incoming, h.source, h.recorded_by, h.occurred_at, (SELECT COUNT(*) FROM nozzle_shift s"
            + " WHERE s.start_handover_id = h.id AND s.start_mismatch = :yes) AS mismatches FROM shift_handover h"
            + " JOIN terminal t ON t.id = h.terminal_id LEFT JOIN card o ON o.id = h.outgoing_card_id"
            + " LEFT JOIN card i ON i.id = h.incoming_card_id";

    private final DatabaseClient db;

    public HandOverStore(DatabaseClient db) {
        this.db = db;
    }

    /** A key used already fails with the unique key's DuplicateKeyException. */
    public Mono<Long> insert(New h) {
        GenericExecuteSpec spec = db.sql("INSERT INTO shift_handover (request_key, fingerprint, terminal_id,"
                        + " outgoing_card_id, incoming_card_id, source, recorded_by, occurred_at, recorded_at) VALUES"
                        + " (:key, :fingerprint, :terminal, :outgoing, :incoming, :source, :by, :at, :recorded)")
                .bind("key", h.key()).bind("fingerprint", h.fingerprint()).bind("terminal", h.terminalId())
                .bind("source", h.source()).bind("at", Utc.toDb(h.occurredAt()))
                .bind("recorded", Utc.toDb(h.recordedAt()));
        spec = h.outgoingCardId() == null ? spec.bindNull("outgoing", Long.class) : spec.bind("outgoing", h.outgoingCardId());
        spec = h.incomingCardId() == null ? spec.bindNull("incoming", Long.class) : spec.bind("incoming", h.incomingCardId());
        spec = h.recordedBy() == null ? spec.bindNull("by", String.class) : spec.bind("by", h.recordedBy());
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Keyed> byKey(String key) {
        return db.sql("SELECT id, fingerprint FROM shift_handover WHERE request_key = :key").bind("key", key)
                .map(row -> new Keyed(row.get("id", Long.class), row.get("fingerprint", String.class))).one();
    }

    public Mono<HandOver> find(long id) {
        return db.sql(SELECT + " WHERE h.id = :id").bind("id", id).bind("yes", true).map(HandOverStore::handOver).one();
    }

    /** The outlet's hand-overs in [from, to), newest first; at most {@code limit}. */
    public Flux<HandOver> ofOutlet(long outletId, Instant from, Instant to, int limit) {
        return db.sql(SELECT + " WHERE t.outlet_id = :outlet AND h.occurred_at >= :from AND h.occurred_at < :to"
                        + " ORDER BY h.occurred_at DESC, h.id DESC").bind("outlet", outletId).bind("yes", true)
                .bind("from", Utc.toDb(from)).bind("to", Utc.toDb(to)).map(HandOverStore::handOver).all().take(limit);
    }

    private static HandOver handOver(Readable row) {
        return new HandOver(row.get("id", Long.class), row.get("terminal_id", Long.class),
                row.get("machine_no", Integer.class), row.get("outgoing", String.class),
                row.get("incoming", String.class), row.get("source", String.class),
                row.get("recorded_by", String.class), Utc.fromDb(row.get("occurred_at", LocalDateTime.class)),
                ((Number) row.get("mismatches")).longValue() > 0);
    }
}
