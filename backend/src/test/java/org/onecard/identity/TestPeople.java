package org.onecard.identity;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.r2dbc.core.DatabaseClient;

/** Inserts people straight into the test database (the people package has its own tests). */
public final class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPeople() {
    }

    /** A new person in a new department; returns the person id. The employee number is unique. */
    public static long person(DatabaseClient db, String employeeNo, String name, String status) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Long unit = db.sql("INSERT INTO org_unit (code, name, parent_id, created_at) VALUES (:code, :name, NULL, :at)")
                .bind("code", "T" + NEXT.incrementAndGet()).bind("name", "测试部门").bind("at", now)
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one().block();
        return db.sql("INSERT INTO person (employee_no, name, org_unit_id, phone, status, created_at)"
                        + " VALUES (:no, :name, :unit, NULL, :status, :at)")
                .bind("no", employeeNo).bind("name", name).bind("unit", unit).bind("status", status).bind("at", now)
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one().block();
    }
}
