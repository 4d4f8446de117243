package org.onecard.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An operator scoped to a department sees and changes only it and the departments under it. */
@MariaDbTest
class DepartmentScopeTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;
    ApiCalls scoped;
    long mine;
    long mineBelow;
    long theirs;
    long myPerson;
    long theirPerson;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        mine = admin.department("我的学院");
        mineBelow = id(admin.created("/api/org-units", Map.of("parentId", mine, "name", "我的系")));
        theirs = admin.department("别人的学院");
        myPerson = person(mineBelow, "我的人");
        theirPerson = person(theirs, "别人的人");
        scoped = ApiCalls.scoped(web, operators, Set.of(mine), Set.of(), Roles.ADMIN);
    }

    @Test
    void theTreeShowsOnlyTheScopedDepartmentAndWhatIsUnderIt() {
        List<Map<String, Object>> roots = list(scoped.read("/api/org-units").get("roots"));

        assertThat(roots).extracting(r -> id(r)).containsExactly(mine);
        assertThat(list(roots.get(0).get("children"))).extracting(c -> id(c)).containsExactly(mineBelow);
        scoped.get("/api/org-units/" + mineBelow).expectStatus().isOk();
        problem(scoped.get("/api/org-units/" + theirs), 403, 2010);
        problem(scoped.get("/api/org-units/" + admin.root()), 403, 2010);
    }

    @Test
    void searchFindsOnlyPeopleInScope() {
        assertThat(ids("/api/people?status=ALL&size=200")).contains(myPerson).doesNotContain(theirPerson);
        assertThat(ids("/api/people?orgUnitId=" + theirs)).isEmpty();
        scoped.get("/api/people/" + myPerson).expectStatus().isOk();
        problem(scoped.get("/api/people/" + theirPerson), 403, 2010);
    }

    @Test
    void aPersonCannotBeCreatedOrMovedOutsideTheScope() {
        long before = count("person");

        problem(scoped.post("/api/people", Map.of("employeeNo", "1" + System.nanoTime() % 100000, "name", "越界",
                "orgUnitId", theirs)), 403, 2010);
        problem(scoped.put("/api/people/" + myPerson, Map.of("name", "调走", "orgUnitId", theirs)), 403, 2010);
        problem(scoped.put("/api/people/" + theirPerson, Map.of("name", "调来", "orgUnitId", mine)), 403, 2010);
        problem(scoped.postEmpty("/api/people/" + theirPerson + "/resign"), 403, 2010);

        assertThat(count("person")).isEqualTo(before);
        assertThat(admin.read("/api/people/" + myPerson)).containsEntry("orgUnitId", (int) mineBelow);
        scoped.created("/api/people", Map.of("employeeNo", Long.toString(System.nanoTime() % 1_000_000_000L),
                "name", "本部门", "orgUnitId", mineBelow));
    }

    @Test
    void departmentsCanBeAddedRenamedAndDeletedOnlyInsideTheScope() {
        long before = count("org_unit");
        problem(scoped.post("/api/org-units", Map.of("parentId", theirs, "name", "越界")), 403, 2010);
        problem(scoped.post("/api/org-units", Map.of("name", "新根")), 403, 2010);
        problem(scoped.put("/api/org-units/" + theirs, Map.of("name", "改别人的")), 403, 2010);
        problem(scoped.delete("/api/org-units/" + theirs), 403, 2010);
        assertThat(count("org_unit")).isEqualTo(before);

        long added = id(scoped.created("/api/org-units", Map.of("parentId", mine, "name", "新系")));
        scoped.put("/api/org-units/" + added, Map.of("name", "改名")).expectStatus().isOk();
        scoped.delete("/api/org-units/" + added).expectStatus().isNoContent();
    }

    @Test
    void systemWideSettingsAndGroupsAreReadOnlyUnderADepartmentScope() {
        scoped.get("/api/people-settings").expectStatus().isOk();
        scoped.get("/api/groups").expectStatus().isOk();
        problem(scoped.put("/api/people-settings", Map.of("employeeNoLength", 0, "employeeNoAutoIncrement", false,
                "employeeNoLettersAllowed", true)), 403, 2010);
        problem(scoped.post("/api/groups", Map.of("name", "越权分组")), 403, 2010);
    }

    @Test
    void aScopeWhoseDepartmentsAreGoneCoversNothing() {
        ApiCalls orphan = ApiCalls.scoped(web, operators, Set.of(987_654L), Set.of(), Roles.ADMIN);

        assertThat(list(orphan.read("/api/org-units").get("roots"))).isEmpty();
        assertThat(orphan.read("/api/people?status=ALL")).containsEntry("total", 0);
        problem(orphan.get("/api/people/" + myPerson), 403, 2010);
    }

    private long person(long department, String name) {
        return id(admin.created("/api/people", Map.of("employeeNo", Long.toString(System.nanoTime() % 1_000_000_000L),
                "name", name, "orgUnitId", department)));
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String uri) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) scoped.read(uri).get("items");
        return items.stream().map(ApiCalls::id).toList();
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
