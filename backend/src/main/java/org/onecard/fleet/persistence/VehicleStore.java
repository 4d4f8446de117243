package org.onecard.fleet.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.onecard.common.sql.Likes;
import org.onecard.common.sql.SqlPaging;
import org.onecard.fleet.domain.Vehicle;
import org.onecard.fleet.domain.VehicleDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for vehicle; a search matches part of the plate, the driver's name or the owner's. */
@Repository
public class VehicleStore {

    private static final String SELECT = "SELECT v.id, v.plate, v.driver_name, v.driver_id_no, v.phone, v.owner_name,"
            + " v.vehicle_type, v.fleet_id, f.code AS fleet_code, f.name AS fleet_name, v.cylinder_due_on,"
            + " (SELECT COUNT(*) FROM card c WHERE c.vehicle_id = v.id) AS cards"
            + " FROM vehicle v LEFT JOIN fleet_company f ON f.id = v.fleet_id";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;

    public VehicleStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** A taken plate fails with the unique key's DuplicateKeyException. */
    public Mono<Long> insert(VehicleDraft d) {
        GenericExecuteSpec spec = db.sql("INSERT INTO vehicle (plate, driver_name, driver_id_no, phone, owner_name,"
                        + " vehicle_type, fleet_id, cylinder_due_on, created_at) VALUES (:plate, :driver, :idNo, :phone,"
                        + " :owner, :type, :fleet, :due, :at)")
                .bind("due", d.cylinderDueOn()).bind("at", LocalDateTime.now(clock));
        return bindDetails(spec, d).filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class))
                .one();
    }

    /** Everything but the cylinder inspection date, which has its own act. */
    public Mono<Void> update(long id, VehicleDraft d) {
        GenericExecuteSpec spec = db.sql("UPDATE vehicle SET plate = :plate, driver_name = :driver,"
                + " driver_id_no = :idNo, phone = :phone, owner_name = :owner, vehicle_type = :type, fleet_id = :fleet"
                + " WHERE id = :id").bind("id", id);
        return bindDetails(spec, d).then();
    }

    /** card.vehicle_id's foreign key refuses this while cards are bound to it. */
    public Mono<Void> delete(long id) {
        return db.sql("DELETE FROM vehicle WHERE id = :id").bind("id", id).then();
    }

    public Mono<Vehicle> find(long id) {
        return db.sql(SELECT + " WHERE v.id = :id").bind("id", id).map(VehicleStore::toVehicle).one();
    }

    public Flux<Vehicle> page(Search search, long offset, int limit) {
        return search.bind(db.sql(SELECT + search.where() + " ORDER BY v.plate, v.id" + paging.clause()))
                .bind("offset", offset).bind("limit", limit).map(VehicleStore::toVehicle).all();
    }

    public Mono<Long> count(Search search) {
        return search.bind(db.sql("SELECT COUNT(*) AS n FROM vehicle v" + search.where()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    /** Moves the date from the one the caller saw, so two operators at once cannot both change it. */
    public Mono<Boolean> changeCylinderDate(long id, LocalDate from, LocalDate to) {
        return db.sql("UPDATE vehicle SET cylinder_due_on = :to WHERE id = :id AND cylinder_due_on = :from")
                .bind("to", to).bind("from", from).bind("id", id).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Text (plate, driver or owner) and fleet company; both optional. */
    public record Search(String text, Long fleetId) {

        String where() {
            String byText = text == null ? null
                    : "(v.plate LIKE :q ESCAPE '!' OR v.driver_name LIKE :q ESCAPE '!' OR v.owner_name LIKE :q ESCAPE '!')";
            String byFleet = fleetId == null ? null : "v.fleet_id = :fleet";
            if (byText == null && byFleet == null) {
                return "";
            }
            return " WHERE " + (byText == null ? byFleet : byFleet == null ? byText : byText + " AND " + byFleet);
        }

        GenericExecuteSpec bind(GenericExecuteSpec spec) {
            GenericExecuteSpec s = text == null ? spec : spec.bind("q", Likes.contains(text));
            return fleetId == null ? s : s.bind("fleet", fleetId);
        }
    }

    private static GenericExecuteSpec bindDetails(GenericExecuteSpec spec, VehicleDraft d) {
        GenericExecuteSpec s = spec.bind("plate", d.plate());
        s = Binds.text(s, "driver", d.driverName());
        s = Binds.text(s, "idNo", d.driverIdNo());
        s = Binds.text(s, "phone", d.phone());
        s = Binds.text(s, "owner", d.ownerName());
        s = Binds.text(s, "type", d.vehicleType());
        return Binds.id(s, "fleet", d.fleetId());
    }

    private static Vehicle toVehicle(Readable row) {
        return new Vehicle(row.get("id", Long.class), row.get("plate", String.class),
                row.get("driver_name", String.class), row.get("driver_id_no", String.class),
                row.get("phone", String.class), row.get("owner_name", String.class),
                row.get("vehicle_type", String.class), row.get("fleet_id", Long.class),
                row.get("fleet_code", String.class), row.get("fleet_name", String.class),
                row.get("cylinder_due_on", LocalDate.class), ((Number) row.get("cards")).longValue());
    }
}
