package org.onecard.audit.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.audit.ActorKind;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditOutcome;
import org.onecard.audit.AuditRecord;
import org.onecard.common.sql.SqlPaging;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for audit_log. Inserts and reads only: there is deliberately no update or delete. */
@Repository
public class AuditStore {

    private static final String COLUMNS = "id, occurred_at, actor_kind, actor_id, actor_name, action, target,"
            + " remote_addr, outcome, detail";

    private final DatabaseClient db;
    private final SqlPaging paging;

    public AuditStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Void> insert(Instant at, AuditEntry e) {
        GenericExecuteSpec spec = db.sql("INSERT INTO audit_log (occurred_at, actor_kind, actor_id, actor_name, action,"
                        + " target, remote_addr, outcome, detail) VALUES (:at, :kind, :actorId, :actorName, :action,"
                        + " :target, :remoteAddr, :outcome, :detail)")
                .bind("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("kind", e.actor().kind().name())
                .bind("action", clip(e.action(), 100))
                .bind("outcome", e.outcome().name());
        spec = nullable(spec, "actorId", e.actor().id(), Long.class);
        spec = nullable(spec, "actorName", clip(e.actor().name(), 100), String.class);
        spec = nullable(spec, "target", clip(e.target(), 255), String.class);
        spec = nullable(spec, "remoteAddr", clip(e.remoteAddr(), 64), String.class);
        spec = nullable(spec, "detail", clip(e.detail(), 500), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Flux<AuditRecord> newestFirst(long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM audit_log ORDER BY id DESC" + paging.clause())
                .bind("offset", offset)
                .bind("limit", limit)
                .map(AuditStore::toRecord)
                .all();
    }

    public Mono<Long> count() {
        return db.sql("SELECT COUNT(*) AS n FROM audit_log")
                .map(row -> ((Number) row.get("n")).longValue())
                .one();
    }

    private static AuditRecord toRecord(Readable row) {
        return new AuditRecord(
                row.get("id", Long.class),
                row.get("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                ActorKind.valueOf(row.get("actor_kind", String.class)),
                row.get("actor_id", Long.class),
                row.get("actor_name", String.class),
                row.get("action", String.class),
                row.get("target", String.class),
                row.get("remote_addr", String.class),
                AuditOutcome.valueOf(row.get("outcome", String.class)),
                row.get("detail", String.class));
    }

    /** Cuts to the column's length without splitting a surrogate pair. */
    static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
