package org.onecard.people.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import org.onecard.common.sql.SqlPaging;
import org.onecard.people.Person;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.domain.Gender;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.domain.PersonSearch;
import org.onecard.people.domain.PersonSearch.StatusFilter;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the person register: one person, or a filtered page limited to a department scope. */
@Repository
public class PersonQueries {

    private static final String FROM = " FROM person p JOIN org_unit o ON o.id = p.org_unit_id"
            + " LEFT JOIN person_group g ON g.id = p.group_id";
    private static final String SELECT = "SELECT p.id, p.employee_no, p.name, p.org_unit_id, o.code AS org_unit_code,"
            + " o.name AS org_unit_name, p.group_id, g.name AS group_name, p.card_type_id, p.phone, p.id_number,"
            + " p.gender, p.status, p.resigned_on" + FROM;

    private final DatabaseClient db;
    private final SqlPaging paging;

    public PersonQueries(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<PersonDetails> find(long id) {
        return db.sql(SELECT + " WHERE p.id = :id").bind("id", id).map(PersonQueries::toDetails).one();
    }

    /**
     * People matching the search inside the scope, by employee number.
     *
     * @param departmentCode the code of search.orgUnitId (resolved by the caller), or null
     */
    public Flux<PersonDetails> page(PersonSearch search, String departmentCode, DepartmentScope scope, long offset,
                                    int limit) {
        SqlWhere where = where(search, departmentCode, scope);
        return where.bindTo(db.sql(SELECT + where.sql() + " ORDER BY p.employee_no" + paging.clause()))
                .bind("offset", offset).bind("limit", limit)
                .map(PersonQueries::toDetails).all();
    }

    public Mono<Long> count(PersonSearch search, String departmentCode, DepartmentScope scope) {
        SqlWhere where = where(search, departmentCode, scope);
        return where.bindTo(db.sql("SELECT COUNT(*) AS n" + FROM + where.sql()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private static SqlWhere where(PersonSearch search, String departmentCode, DepartmentScope scope) {
        SqlWhere where = new SqlWhere().within(scope, "o.code");
        StatusFilter status = search.status() == null ? StatusFilter.ACTIVE : search.status();
        if (status != StatusFilter.ALL) {
            where.and("p.status = :status", "status", status == StatusFilter.ACTIVE ? Person.ACTIVE : Person.RESIGNED);
        }
        if (hasText(search.name())) {
            where.and("p.name LIKE :name ESCAPE '!'", "name", SqlWhere.contains(search.name().trim()));
        }
        if (hasText(search.employeeNo())) {
            where.and("p.employee_no LIKE :employeeNo ESCAPE '!'", "employeeNo",
                    SqlWhere.startsWith(search.employeeNo().trim()));
        }
        if (departmentCode != null) {
            where.and("o.code LIKE :department ESCAPE '!'", "department", SqlWhere.startsWith(departmentCode));
        }
        if (search.groupId() != null) {
            where.and("p.group_id = :groupId", "groupId", search.groupId());
        }
        return where;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static PersonDetails toDetails(Readable row) {
        String gender = row.get("gender", String.class);
        return new PersonDetails(row.get("id", Long.class), row.get("employee_no", String.class),
                row.get("name", String.class), row.get("org_unit_id", Long.class),
                row.get("org_unit_code", String.class), row.get("org_unit_name", String.class),
                row.get("group_id", Long.class), row.get("group_name", String.class),
                row.get("card_type_id", Long.class), row.get("phone", String.class),
                row.get("id_number", String.class), gender == null ? null : Gender.valueOf(gender),
                row.get("status", String.class), row.get("resigned_on", LocalDate.class));
    }
}
