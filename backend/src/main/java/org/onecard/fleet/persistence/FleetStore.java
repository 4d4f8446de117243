package org.onecard.fleet.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.onecard.common.sql.Likes;
import org.onecard.common.sql.SqlPaging;
import org.onecard.fleet.domain.Fleet;
import org.onecard.fleet.domain.FleetDraft;
import org.onecard.fleet.domain.FleetState;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for fleet_company; a search matches part of the code or the name. */
@Repository
public class FleetStore {

    private static final String SELECT = "SELECT f.id, f.code, f.name, f.contact_name, f.phone, f.address, f.state,"
            + " (SELECT COUNT(*) FROM vehicle v WHERE v.fleet_id = f.id) AS vehicles FROM fleet_company f";
    private static final String SEARCH = " WHERE f.code LIKE :q ESCAPE '!' OR f.name LIKE :q ESCAPE '!'";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;

    public FleetStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** A taken code fails with the unique key's DuplicateKeyException. */
    public Mono<Long> insert(FleetDraft d) {
        GenericExecuteSpec spec = db.sql("INSERT INTO fleet_company (code, name, contact_name, phone, address, state,"
                        + " created_at) VALUES (:code, :name, :contact, :phone, :address, :state, :at)")
                .bind("code", d.code()).bind("at", LocalDateTime.now(clock));
        return bindDetails(spec, d).filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class))
                .one();
    }

    /** Everything but the code, which never changes. */
    public Mono<Void> update(long id, FleetDraft d) {
        GenericExecuteSpec spec = db.sql("UPDATE fleet_company SET name = :name, contact_name = :contact,"
                + " phone = :phone, address = :address, state = :state WHERE id = :id").bind("id", id);
        return bindDetails(spec, d).then();
    }

    /** vehicle.fleet_id's foreign key refuses this while the fleet has vehicles. */
    public Mono<Void> delete(long id) {
        return db.sql("DELETE FROM fleet_company WHERE id = :id").bind("id", id).then();
    }

    public Mono<Fleet> find(long id) {
        return db.sql(SELECT + " WHERE f.id = :id").bind("id", id).map(FleetStore::toFleet).one();
    }

    public Flux<Fleet> page(String search, long offset, int limit) {
        return bindSearch(db.sql(SELECT + where(search) + " ORDER BY f.code, f.id" + paging.clause()), search)
                .bind("offset", offset).bind("limit", limit).map(FleetStore::toFleet).all();
    }

    public Mono<Long> count(String search) {
        return bindSearch(db.sql("SELECT COUNT(*) AS n FROM fleet_company f" + where(search)), search)
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private static String where(String search) {
        return search == null ? "" : SEARCH;
    }

    private static GenericExecuteSpec bindSearch(GenericExecuteSpec spec, String search) {
        return search == null ? spec : spec.bind("q", Likes.contains(search));
    }

    private static GenericExecuteSpec bindDetails(GenericExecuteSpec spec, FleetDraft d) {
        GenericExecuteSpec s = spec.bind("name", d.name()).bind("state", d.state().name());
        s = Binds.text(s, "contact", d.contactName());
        s = Binds.text(s, "phone", d.phone());
        return Binds.text(s, "address", d.address());
    }

    private static Fleet toFleet(Readable row) {
        return new Fleet(row.get("id", Long.class), row.get("code", String.class), row.get("name", String.class),
                row.get("contact_name", String.class), row.get("phone", String.class),
                row.get("address", String.class), FleetState.valueOf(row.get("state", String.class)),
                ((Number) row.get("vehicles")).longValue());
    }
}
