package org.onecard.people.persistence;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.onecard.people.Card;
import org.onecard.people.Person;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Organisation units, people and cards. */
@Repository
public class PeopleStore {

    private static final String SELECT_PERSON = "SELECT p.id, p.employee_no, p.name, p.org_unit_id, p.status,"
            + " o.name AS department_name FROM person p JOIN org_unit o ON o.id = p.org_unit_id";

    private final DatabaseClient db;
    private final Clock clock;

    public PeopleStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Long> insertOrgUnit(String code, String name, Long parentId) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO org_unit (code, name, parent_id, created_at)"
                        + " VALUES (:code, :name, :parentId, :createdAt)")
                .bind("code", code).bind("name", name).bind("createdAt", LocalDateTime.now(clock));
        spec = parentId == null ? spec.bindNull("parentId", Long.class) : spec.bind("parentId", parentId);
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Long> insertPerson(String employeeNo, String name, long orgUnitId) {
        return db.sql("INSERT INTO person (employee_no, name, org_unit_id, status, created_at)"
                        + " VALUES (:employeeNo, :name, :orgUnitId, :status, :createdAt)")
                .bind("employeeNo", employeeNo).bind("name", name).bind("orgUnitId", orgUnitId)
                .bind("status", Person.ACTIVE).bind("createdAt", LocalDateTime.now(clock))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Long> insertCard(String cardNo, String serial, long personId, LocalDate issuedOn, LocalDate expiresOn,
                                 long depositFen, long costFen) {
        return db.sql("INSERT INTO card (card_no, serial, person_id, kind, status, issued_on, expires_on, deposit_fen,"
                        + " cost_fen, created_at) VALUES (:cardNo, :serial, :personId, :kind, :status, :issuedOn,"
                        + " :expiresOn, :depositFen, :costFen, :createdAt)")
                .bind("cardNo", cardNo).bind("serial", serial).bind("personId", personId)
                .bind("kind", Card.KIND_USER).bind("status", Card.NORMAL)
                .bind("issuedOn", issuedOn).bind("expiresOn", expiresOn)
                .bind("depositFen", depositFen).bind("costFen", costFen)
                .bind("createdAt", LocalDateTime.now(clock))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Person> findPerson(long id) {
        return db.sql(SELECT_PERSON + " WHERE p.id = :id").bind("id", id).map(PeopleStore::toPerson).one();
    }

    public Mono<Boolean> anyPerson() {
        return db.sql("SELECT COUNT(*) AS n FROM person").map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Flux<Card> cardsOf(long personId) {
        return db.sql("SELECT id, card_no, serial, person_id, kind, status, issued_on, expires_on, deposit_fen, cost_fen"
                        + " FROM card WHERE person_id = :personId ORDER BY id")
                .bind("personId", personId)
                .map(row -> new Card(row.get("id", Long.class), row.get("card_no", String.class),
                        row.get("serial", String.class), row.get("person_id", Long.class),
                        row.get("kind", String.class), row.get("status", String.class),
                        row.get("issued_on", LocalDate.class), row.get("expires_on", LocalDate.class),
                        row.get("deposit_fen", Long.class), row.get("cost_fen", Long.class)))
                .all();
    }

    private static Person toPerson(Readable row) {
        return new Person(row.get("id", Long.class), row.get("employee_no", String.class), row.get("name", String.class),
                row.get("org_unit_id", Long.class), row.get("department_name", String.class),
                row.get("status", String.class));
    }
}
