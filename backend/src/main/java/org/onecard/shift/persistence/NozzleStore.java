package org.onecard.shift.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.onecard.common.sql.Utc;
import org.onecard.shift.domain.Nozzle;
import org.onecard.shift.domain.NozzleDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for nozzle; the last readings are those of the nozzle's latest shift (its end, or its start while open). */
@Repository
public class NozzleStore {

    private static final String SELECT = "SELECT n.id, n.terminal_id, n.nozzle_no, n.product_name, n.enabled,"
            + " n.open_shift_id, COALESCE(s.end_volume, s.start_volume) AS last_volume,"
            + " COALESCE(s.end_amount_fen, s.start_amount_fen) AS last_amount_fen FROM nozzle n"
            + " LEFT JOIN nozzle_shift s ON s.id = (SELECT MAX(l.id) FROM nozzle_shift l WHERE l.nozzle_id = n.id)";

    private final DatabaseClient db;

    public NozzleStore(DatabaseClient db) {
        this.db = db;
    }

    /** A number the dispenser has already fails with the unique key's DuplicateKeyException. */
    public Mono<Long> insert(long terminalId, NozzleDraft d, Instant now) {
        return db.sql("INSERT INTO nozzle (terminal_id, nozzle_no, product_name, enabled, created_at)"
                        + " VALUES (:terminal, :no, :product, :enabled, :at)")
                .bind("terminal", terminalId).bind("no", d.nozzleNo()).bind("product", d.productName())
                .bind("enabled", true).bind("at", Utc.toDb(now))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Flux<Nozzle> ofTerminal(long terminalId) {
        return db.sql(SELECT + " WHERE n.terminal_id = :terminal ORDER BY n.nozzle_no").bind("terminal", terminalId)
                .map(NozzleStore::nozzle).all();
    }

    public Mono<Nozzle> find(long terminalId, int nozzleNo) {
        return db.sql(SELECT + " WHERE n.terminal_id = :terminal AND n.nozzle_no = :no").bind("terminal", terminalId)
                .bind("no", nozzleNo).map(NozzleStore::nozzle).one();
    }

    /** Enabling always works; disabling only while nobody is on shift there (false otherwise). */
    public Mono<Boolean> setEnabled(long id, boolean enabled) {
        return db.sql("UPDATE nozzle SET enabled = :enabled WHERE id = :id"
                        + (enabled ? "" : " AND open_shift_id IS NULL"))
                .bind("enabled", enabled).bind("id", id).fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Moves the nozzle's open shift from {@code expected} to {@code next} (either null); false when it moved meanwhile. */
    public Mono<Boolean> moveOpenShift(long nozzleId, Long expected, Long next) {
        GenericExecuteSpec spec = db.sql("UPDATE nozzle SET open_shift_id = :next WHERE id = :id AND open_shift_id"
                + (expected == null ? " IS NULL" : " = :expected")).bind("id", nozzleId);
        spec = next == null ? spec.bindNull("next", Long.class) : spec.bind("next", next);
        spec = expected == null ? spec : spec.bind("expected", expected);
        return spec.fetch().rowsUpdated().map(n -> n == 1);
    }

    private static Nozzle nozzle(Readable row) {
        return new Nozzle(row.get("id", Long.class), row.get("terminal_id", Long.class),
                row.get("nozzle_no", Integer.class), row.get("product_name", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)), row.get("open_shift_id", Long.class),
                row.get("last_volume", Long.class), row.get("last_amount_fen", Long.class));
    }
}
