package org.onecard.terminal.lists.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.onecard.common.sql.Utc;
import org.onecard.terminal.lists.domain.ListKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** terminal_list_version: the version of each list a terminal last said it holds. */
@Repository
public class HeldVersionStore {

    /** What a terminal reported for one list. */
    public record Held(long terminalId, ListKind kind, long version, Instant reportedAt) {
    }

    private final DatabaseClient db;

    public HeldVersionStore(DatabaseClient db) {
        this.db = db;
    }

    /** Records the version (also a lower one: a terminal that emptied its list holds 0 again). */
    public Mono<Void> report(long terminalId, ListKind kind, long version, Instant at) {
        return update(terminalId, kind, version, at).flatMap(updated -> updated ? Mono.<Void>empty()
                : db.sql("INSERT INTO terminal_list_version (terminal_id, list_kind, held_version, reported_at)"
                                + " VALUES (:terminal, :kind, :version, :at)")
                        .bind("terminal", terminalId).bind("kind", kind.name()).bind("version", version)
                        .bind("at", Utc.toDb(at)).then()
                        // a concurrent first report inserted it: this one is as good, write it over
                        .onErrorResume(DuplicateKeyException.class, e -> update(terminalId, kind, version, at).then()));
    }

    public Mono<List<Held>> of(Collection<Long> terminalIds) {
        if (terminalIds.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("SELECT terminal_id, list_kind, held_version, reported_at FROM terminal_list_version"
                        + " WHERE terminal_id IN (:ids)")
                .bind("ids", terminalIds)
                .map(row -> ListKind.named(row.get("list_kind", String.class).trim())
                        .map(kind -> new Held(row.get("terminal_id", Long.class), kind,
                                row.get("held_version", Long.class),
                                Utc.fromDb(row.get("reported_at", LocalDateTime.class)))))
                .all()
                .flatMap(Mono::justOrEmpty)
                .collectList();
    }

    private Mono<Boolean> update(long terminalId, ListKind kind, long version, Instant at) {
        return db.sql("UPDATE terminal_list_version SET held_version = :version, reported_at = :at"
                        + " WHERE terminal_id = :terminal AND list_kind = :kind")
                .bind("version", version).bind("at", Utc.toDb(at)).bind("terminal", terminalId)
                .bind("kind", kind.name())
                .fetch().rowsUpdated().map(n -> n > 0);
    }
}
