package org.onecard.people.persistence;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import org.onecard.people.Person;
import org.onecard.people.domain.EmployeeNoRules;
import org.onecard.people.domain.PersonDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Writes people and cards; {@link PersonQueries} reads the register. */
@Repository
public class PeopleStore {

    private static final String SELECT_PERSON = "SELECT p.id, p.employee_no, p.name, p.org_unit_id, p.status,"
            + " o.name AS department_name FROM person p JOIN org_unit o ON o.id = p.org_unit_id";

    private final DatabaseClient db;
    private final Clock clock;
    private final OrgUnitStore orgUnits;

    public PeopleStore(DatabaseClient db, Clock clock, OrgUnitStore orgUnits) {
        this.db = db;
        this.clock = clock;
        this.orgUnits = orgUnits;
    }

    /** Kept for the demo loader and tests; the organisation API goes through {@link OrgUnitStore}. */
    public Mono<Long> insertOrgUnit(String code, String name, Long parentId) {
        return orgUnits.insert(code, name, parentId);
    }

    /** An active person with only the required fields, as the demo loader and tests create them. */
    public Mono<Long> insertPerson(String employeeNo, String name, long orgUnitId) {
        return insertPerson(employeeNo, new PersonDraft(name, orgUnitId, null, null, null, null, null));
    }

    /** An active person; the draft must already be checked. */
    public Mono<Long> insertPerson(String employeeNo, PersonDraft draft) {
        GenericExecuteSpec spec = db.sql("INSERT INTO person (employee_no, employee_no_num, name, org_unit_id, group_id,"
                        + " card_type_id, phone, id_number, gender, status, created_at) VALUES (:employeeNo, :num,"
                        + " :name, :orgUnitId, :groupId, :cardTypeId, :phone, :idNumber, :gender, :status, :createdAt)")
                .bind("employeeNo", employeeNo)
                .bind("status", Person.ACTIVE)
                .bind("createdAt", LocalDateTime.now(clock));
        spec = nullable(spec, "num", EmployeeNoRules.numericValue(employeeNo).orElse(null), Long.class);
        return bindDraft(spec, draft)
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Boolean> updatePerson(long id, PersonDraft draft) {
        GenericExecuteSpec spec = db.sql("UPDATE person SET name = :name, org_unit_id = :orgUnitId, group_id = :groupId,"
                        + " card_type_id = :cardTypeId, phone = :phone, id_number = :idNumber, gender = :gender"
                        + " WHERE id = :id AND status = :status")
                .bind("id", id).bind("status", Person.ACTIVE);
        return bindDraft(spec, draft).fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Moves an active person to the resigned library; false when they were not active. */
    public Mono<Boolean> resign(long id, LocalDate on) {
        return db.sql("UPDATE person SET status = :resigned, resigned_on = :on WHERE id = :id AND status = :active")
                .bind("resigned", Person.RESIGNED).bind("on", on).bind("id", id).bind("active", Person.ACTIVE)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Brings a resigned person back under the same employee number; false when they were not resigned. */
    public Mono<Boolean> rehire(long id) {
        return db.sql("UPDATE person SET status = :active, resigned_on = NULL WHERE id = :id AND status = :resigned")
                .bind("active", Person.ACTIVE).bind("id", id).bind("resigned", Person.RESIGNED)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** The highest all-digit employee number in use, active or resigned; 0 when there is none. */
    public Mono<Long> highestEmployeeNumber() {
        return db.sql("SELECT MAX(employee_no_num) AS n FROM person")
                .map(row -> row.get("n") == null ? 0L : ((Number) row.get("n")).longValue()).one()
                .defaultIfEmpty(0L);
    }

    public Mono<Person> findPerson(long id) {
        return db.sql(SELECT_PERSON + " WHERE p.id = :id").bind("id", id).map(PeopleStore::toPerson).one();
    }

    /** These people (a page's worth: the caller keeps the list short), in no order. */
    public Flux<Person> findPeople(Collection<Long> ids) {
        return ids.isEmpty() ? Flux.empty()
                : db.sql(SELECT_PERSON + " WHERE p.id IN (:ids)").bind("ids", ids).map(PeopleStore::toPerson).all();
    }

    /** The person with this employee number (as stored: upper case), active or resigned. */
    public Mono<Long> findIdByEmployeeNo(String employeeNo) {
        return db.sql("SELECT id FROM person WHERE employee_no = :no").bind("no", employeeNo)
                .map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Boolean> anyPerson() {
        return db.sql("SELECT COUNT(*) AS n FROM person").map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    private static GenericExecuteSpec bindDraft(GenericExecuteSpec spec, PersonDraft d) {
        GenericExecuteSpec s = spec.bind("name", d.name()).bind("orgUnitId", d.orgUnitId());
        s = nullable(s, "groupId", d.groupId(), Long.class);
        s = nullable(s, "cardTypeId", d.cardTypeId(), Long.class);
        s = nullable(s, "phone", d.phone(), String.class);
        s = nullable(s, "idNumber", d.idNumber(), String.class);
        return nullable(s, "gender", d.gender() == null ? null : d.gender().name(), String.class);
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static Person toPerson(Readable row) {
        return new Person(row.get("id", Long.class), row.get("employee_no", String.class), row.get("name", String.class),
                row.get("org_unit_id", Long.class), row.get("department_name", String.class),
                row.get("status", String.class));
    }
}
