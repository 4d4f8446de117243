package org.onecard.terminal.lists.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.terminal.lists.domain.ListEntry;
import org.onecard.terminal.lists.domain.ListEntry.Change;
import org.onecard.terminal.lists.domain.ListKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads list_change (written by the cards and faces code) as terminals download it. The table is
 * append-only, so a list as it stood at a version never changes: pages of a whole list need no lock.
 */
@Repository
public class ListChangeStore {

    private final DatabaseClient db;
    private final SqlPaging paging;

    public ListChangeStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** The highest version any list has (0 when none). */
    public Mono<Long> top() {
        return db.sql("SELECT COALESCE(MAX(id), 0) AS v FROM list_change").map(ListChangeStore::version).one();
    }

    /** The highest version above {@code floor} recorded before {@code cutoff}; {@code floor} when none. */
    public Mono<Long> settledSince(long floor, Instant cutoff) {
        return db.sql("SELECT COALESCE(MAX(id), 0) AS v FROM list_change WHERE id > :floor AND changed_at < :cutoff")
                .bind("floor", floor).bind("cutoff", Utc.toDb(cutoff))
                .map(ListChangeStore::version).one().map(v -> Math.max(v, floor));
    }

    /** The list's latest version up to {@code horizon} (0 when none). */
    public Mono<Long> latest(ListKind kind, long horizon) {
        return db.sql("SELECT COALESCE(MAX(id), 0) AS v FROM list_change WHERE list_kind = :kind AND id <= :h")
                .bind("kind", kind.name()).bind("h", horizon).map(ListChangeStore::version).one();
    }

    /** Each list's latest version up to {@code horizon}; a list without changes is absent. */
    public Mono<Map<ListKind, Long>> latest(long horizon) {
        return db.sql("SELECT list_kind, MAX(id) AS v FROM list_change WHERE id <= :h GROUP BY list_kind")
                .bind("h", horizon)
                .map(row -> Map.entry(row.get("list_kind", String.class).trim(), version(row)))
                .all()
                .filter(e -> ListKind.named(e.getKey()).isPresent())
                .collectMap(e -> ListKind.valueOf(e.getKey()), Map.Entry::getValue, () -> new EnumMap<>(ListKind.class));
    }

    /** The list's changes in (after, upTo], oldest first, at most {@code limit}. */
    public Mono<List<ListEntry>> changes(ListKind kind, long after, long upTo, int limit) {
        return db.sql("SELECT id, serial, action FROM list_change WHERE list_kind = :kind AND id > :after"
                        + " AND id <= :upTo ORDER BY id" + paging.clause())
                .bind("kind", kind.name()).bind("after", after).bind("upTo", upTo)
                .bind("offset", 0).bind("limit", limit)
                .map(row -> new ListEntry(row.get("id", Long.class), Change.ofAction(row.get("action", String.class)),
                        row.get("serial", String.class)))
                .all().collectList();
    }

    /**
     * The entries on the list as it stood at {@code base} whose last change up to then lies after
     * {@code cursor}, ordered by that change, at most {@code limit}: the pages of a whole list.
     */
    public Mono<List<ListEntry>> present(ListKind kind, long base, long cursor, int limit) {
        return db.sql("SELECT c.id, c.serial FROM list_change c WHERE c.list_kind = :kind AND c.id > :cursor"
                        + " AND c.id <= :base AND c.action <> 'REMOVE' AND NOT EXISTS (SELECT 1 FROM list_change n"
                        + " WHERE n.list_kind = :kind AND n.serial = c.serial AND n.id > c.id AND n.id <= :base)"
                        + " ORDER BY c.id" + paging.clause())
                .bind("kind", kind.name()).bind("cursor", cursor).bind("base", base)
                .bind("offset", 0).bind("limit", limit)
                .map(row -> new ListEntry(row.get("id", Long.class), Change.ADD, row.get("serial", String.class)))
                .all().collectList();
    }

    private static long version(Readable row) {
        return ((Number) row.get("v")).longValue();
    }
}
