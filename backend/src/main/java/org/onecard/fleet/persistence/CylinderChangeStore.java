package org.onecard.fleet.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.fleet.domain.CylinderChange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The history of vehicles' cylinder inspection dates: rows are added, never changed. */
@Repository
public class CylinderChangeStore {

    /** A vehicle's history shows at most this many changes, newest first. */
    public static final int MAX_ROWS = 100;

    private final DatabaseClient db;

    public CylinderChangeStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(long vehicleId, LocalDate from, LocalDate to, String note, long operatorId,
                             String operatorName, Instant at) {
        return db.sql("INSERT INTO vehicle_cylinder_change (vehicle_id, old_due_on, new_due_on, note, operator_id,"
                        + " operator_name, changed_at) VALUES (:vehicle, :from, :to, :note, :operator, :name, :at)")
                .bind("vehicle", vehicleId).bind("from", from).bind("to", to).bind("note", note)
                .bind("operator", operatorId).bind("name", operatorName).bind("at", Utc.toDb(at)).then();
    }

    public Flux<CylinderChange> ofVehicle(long vehicleId) {
        return db.sql("SELECT id, vehicle_id, old_due_on, new_due_on, note, operator_id, operator_name, changed_at"
                        + " FROM vehicle_cylinder_change WHERE vehicle_id = :vehicle ORDER BY id DESC")
                .bind("vehicle", vehicleId).map(CylinderChangeStore::toChange).all().take(MAX_ROWS);
    }

    private static CylinderChange toChange(Readable row) {
        return new CylinderChange(row.get("id", Long.class), row.get("vehicle_id", Long.class),
                row.get("old_due_on", LocalDate.class), row.get("new_due_on", LocalDate.class),
                row.get("note", String.class), row.get("operator_id", Long.class),
                row.get("operator_name", String.class), Utc.fromDb(row.get("changed_at", LocalDateTime.class)));
    }
}
