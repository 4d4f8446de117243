package org.onecard.people.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import org.onecard.people.domain.EmployeeNoRules;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The single people_setting row (seeded by V3__master_data.sql). */
@Repository
public class PeopleSettingStore {

    private final DatabaseClient db;
    private final Clock clock;

    public PeopleSettingStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<EmployeeNoRules> employeeNoRules() {
        return db.sql("SELECT employee_no_length, employee_no_auto, employee_no_letters FROM people_setting WHERE id = 1")
                .map(row -> new EmployeeNoRules(((Number) row.get("employee_no_length")).intValue(),
                        Boolean.TRUE.equals(row.get("employee_no_auto", Boolean.class)),
                        Boolean.TRUE.equals(row.get("employee_no_letters", Boolean.class))))
                .one()
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("people_setting row 1 is missing")));
    }

    public Mono<Void> save(EmployeeNoRules rules) {
        return db.sql("UPDATE people_setting SET employee_no_length = :length, employee_no_auto = :auto,"
                        + " employee_no_letters = :letters, updated_at = :at WHERE id = 1")
                .bind("length", rules.length()).bind("auto", rules.autoIncrement())
                .bind("letters", rules.lettersAllowed()).bind("at", LocalDateTime.now(clock))
                .then();
    }
}
