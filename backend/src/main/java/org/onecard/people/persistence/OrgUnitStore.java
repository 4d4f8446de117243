package org.onecard.people.persistence;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.domain.OrgUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for org_unit, the organisation tree. */
@Repository
public class OrgUnitStore {

    private static final String COLUMNS = "id, code, name, parent_id";

    private final DatabaseClient db;
    private final Clock clock;

    public OrgUnitStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Long> insert(String code, String name, Long parentId) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO org_unit (code, name, parent_id, created_at)"
                        + " VALUES (:code, :name, :parentId, :createdAt)")
                .bind("code", code).bind("name", name).bind("createdAt", LocalDateTime.now(clock));
        spec = parentId == null ? spec.bindNull("parentId", Long.class) : spec.bind("parentId", parentId);
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<OrgUnit> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM org_unit WHERE id = :id").bind("id", id)
                .map(OrgUnitStore::toUnit).one();
    }

    public Flux<String> childCodes(long parentId) {
        return db.sql("SELECT code FROM org_unit WHERE parent_id = :id").bind("id", parentId)
                .map(row -> row.get("code", String.class)).all();
    }

    /** The codes of these units; ids that no longer exist are skipped. */
    public Flux<String> codesOf(Collection<Long> ids) {
        return db.sql("SELECT code FROM org_unit WHERE id IN (:ids)").bind("ids", ids)
                .map(row -> row.get("code", String.class)).all();
    }

    /** The units the scope covers in code order (a parent before its children), at most {@code limit}. */
    public Flux<OrgUnit> covered(DepartmentScope scope, int limit) {
        SqlWhere where = new SqlWhere().within(scope, "code");
        return where.bindTo(db.sql("SELECT " + COLUMNS + " FROM org_unit" + where.sql() + " ORDER BY code"))
                .map(OrgUnitStore::toUnit).all().take(limit);
    }

    public Mono<Long> countChildren(long id) {
        return count("SELECT COUNT(*) AS n FROM org_unit WHERE parent_id = :id", id);
    }

    /** Everyone in the unit itself, active or resigned. */
    public Mono<Long> countPeople(long id) {
        return count("SELECT COUNT(*) AS n FROM person WHERE org_unit_id = :id", id);
    }

    public Mono<Boolean> rename(long id, String name) {
        return db.sql("UPDATE org_unit SET name = :name WHERE id = :id").bind("name", name).bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /**
     * Deletes the unit. The foreign keys from its children and its people refuse it while any
     * remain (DataIntegrityViolationException), even one added after the caller checked.
     */
    public Mono<Boolean> delete(long id) {
        return db.sql("DELETE FROM org_unit WHERE id = :id").bind("id", id).fetch().rowsUpdated().map(n -> n > 0);
    }

    private Mono<Long> count(String sql, long id) {
        return db.sql(sql).bind("id", id).map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private static OrgUnit toUnit(Readable row) {
        return new OrgUnit(row.get("id", Long.class), row.get("code", String.class), row.get("name", String.class),
                row.get("parent_id", Long.class));
    }
}
