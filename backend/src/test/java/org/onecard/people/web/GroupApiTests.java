package org.onecard.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@TestPropertySource(properties = "onecard.people.max-rules-per-group=3")
class GroupApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;
    long group;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        group = id(admin.created("/api/groups", Map.of("name", "分组" + NEXT.incrementAndGet())));
    }

    @Test
    void aGroupIsCreatedReadRenamedAndListed() {
        long id = id(admin.created("/api/groups", Map.of("name", "  学生  ")));
        assertThat(admin.read("/api/groups/" + id)).isEqualTo(Map.of("id", (int) id, "name", "学生", "peopleCount", 0));

        body(admin.put("/api/groups/" + id, Map.of("name", "本科生")).expectStatus().isOk());

        assertThat(admin.read("/api/groups/" + id)).containsEntry("name", "本科生");
        Map<String, Object> page = admin.read("/api/groups?name=本科");
        assertThat(page).containsEntry("total", 1);
        assertThat(admin.read("/api/groups?size=1")).containsEntry("size", 1);
        assertThat(admin.read("/api/groups?size=201")).containsEntry("size", 200);
        problem(admin.get("/api/groups?page=-1"), 400, 1001);
    }

    @Test
    void groupNamesAreUniqueAndValidated() {
        admin.created("/api/groups", Map.of("name", "教工"));
        long other = id(admin.created("/api/groups", Map.of("name", "家属")));

        problem(admin.post("/api/groups", Map.of("name", "教工")), 409, 5003);
        problem(admin.put("/api/groups/" + other, Map.of("name", "教工")), 409, 5003);
        problem(admin.post("/api/groups", Map.of("name", " ")), 400, 1001);
        problem(admin.post("/api/groups", Map.of("name", "x".repeat(51))), 400, 1001);
        problem(admin.post("/api/groups", Map.of()), 400, 1001);
        assertThat(admin.read("/api/groups/" + other)).containsEntry("name", "家属");
        admin.created("/api/groups", Map.of("name", "x".repeat(50)));
    }

    @Test
    void aGroupWithAnyoneInItEvenResignedCannotBeDeleted() {
        long department = admin.department("分组测试部门");
        long person = id(admin.created("/api/people", Map.of("employeeNo", Integer.toString(880_000 + NEXT.get()),
                "name", "组员", "orgUnitId", department, "groupId", group)));
        admin.postEmpty("/api/people/" + person + "/resign").expectStatus().isOk();

        problem(admin.delete("/api/groups/" + group), 409, 4007);

        assertThat(admin.read("/api/groups/" + group)).containsEntry("peopleCount", 1);
    }

    @Test
    void anEmptyGroupIsDeletedWithItsRules() {
        admin.created("/api/groups/" + group + "/rules", rule("06:00", "09:00"));

        admin.delete("/api/groups/" + group).expectStatus().isNoContent();

        problem(admin.get("/api/groups/" + group), 404, 1002);
        problem(admin.get("/api/groups/" + group + "/rules"), 404, 1002);
        assertThat(db.sql("SELECT COUNT(*) AS n FROM group_rule WHERE group_id = :g").bind("g", group)
                .map(r -> ((Number) r.get("n")).longValue()).one().block()).isZero();
    }

    @Test
    void unknownGroupsAndRulesAre404() {
        problem(admin.get("/api/groups/999999"), 404, 1002);
        problem(admin.put("/api/groups/999999", Map.of("name", "x")), 404, 1002);
        problem(admin.delete("/api/groups/999999"), 404, 1002);
        problem(admin.post("/api/groups/999999/rules", rule("06:00", "07:00")), 404, 1002);
        problem(admin.put("/api/groups/" + group + "/rules/999999", rule("06:00", "07:00")), 404, 1002);
        problem(admin.delete("/api/groups/" + group + "/rules/999999"), 404, 1002);
    }

    @Test
    void rulesAreStoredPerWindowAndListedInTimeOrder() {
        Map<String, Object> lunch = admin.created("/api/groups/" + group + "/rules",
                rule("11:00", "13:00", 2, 1_500, 3_000, 80));
        admin.created("/api/groups/" + group + "/rules", rule("06:30", "09:00"));

        assertThat(lunch).containsEntry("groupId", (int) group).containsEntry("windowStart", "11:00:00")
                .containsEntry("windowEnd", "13:00:00").containsEntry("countLimit", 2)
                .containsEntry("perTransactionLimitFen", 1_500).containsEntry("dailyLimitFen", 3_000)
                .containsEntry("discountPercent", 80);
        List<Map<String, Object>> rules = rules();
        assertThat(rules).extracting(r -> r.get("windowStart")).containsExactly("06:30:00", "11:00:00");
    }

    @Test
    void overlappingWindowsAreRefusedEvenWhenTheyOnlyTouch() {
        admin.created("/api/groups/" + group + "/rules", rule("06:00", "09:00"));

        problem(admin.post("/api/groups/" + group + "/rules", rule("08:00", "10:00")), 409, 4008);
        problem(admin.post("/api/groups/" + group + "/rules", rule("09:00", "10:00")), 409, 4008);
        admin.created("/api/groups/" + group + "/rules", rule("09:01", "10:00"));
        assertThat(rules()).hasSize(2);
    }

    @Test
    void badRuleTermsAreRefusedByField() {
        Map<String, String> fields = new HashMap<>();
        fields.put("windowEnd", bad(rule("09:00", "08:00")));
        fields.put("discountPercent", bad(rule("06:00", "07:00", 0, 0, 0, 0)));
        fields.put("countLimit", bad(rule("06:00", "07:00", -1, 0, 0, 100)));
        fields.put("dailyLimitFen", bad(rule("06:00", "07:00", 0, 0, -1, 100)));
        fields.put("perTransactionLimitFen", bad(rule("06:00", "07:00", 0, 2_000, 1_000, 100)));
        fields.put("windowStart", bad(Map.of("windowStart", "25:00", "windowEnd", "07:00", "countLimit", 0,
                "perTransactionLimitFen", 0, "dailyLimitFen", 0, "discountPercent", 100)));
        fields.forEach((field, reported) -> assertThat(reported).as(field).isEqualTo(field));
        problem(admin.post("/api/groups/" + group + "/rules", Map.of("windowStart", "06:00")), 400, 1001);
        assertThat(rules()).isEmpty();
    }

    @Test
    void aRuleCanBeMovedWithinItsOwnWindowButNotOntoAnother() {
        long breakfast = id(admin.created("/api/groups/" + group + "/rules", rule("06:00", "09:00")));
        admin.created("/api/groups/" + group + "/rules", rule("11:00", "13:00"));

        Map<String, Object> moved = body(admin.put("/api/groups/" + group + "/rules/" + breakfast,
                rule("06:30", "09:30", 1, 0, 0, 100)).expectStatus().isOk());
        assertThat(moved).containsEntry("windowEnd", "09:30:00").containsEntry("countLimit", 1);
        admin.put("/api/groups/" + group + "/rules/" + breakfast, rule("06:30", "09:30", 1, 0, 0, 100))
                .expectStatus().isOk();

        problem(admin.put("/api/groups/" + group + "/rules/" + breakfast, rule("10:00", "11:00")), 409, 4008);
        long otherGroup = id(admin.created("/api/groups", Map.of("name", "另一组" + NEXT.incrementAndGet())));
        problem(admin.put("/api/groups/" + otherGroup + "/rules/" + breakfast, rule("06:00", "07:00")), 404, 1002);
        problem(admin.delete("/api/groups/" + otherGroup + "/rules/" + breakfast), 404, 1002);

        admin.delete("/api/groups/" + group + "/rules/" + breakfast).expectStatus().isNoContent();
        assertThat(rules()).extracting(r -> r.get("windowStart")).containsExactly("11:00:00");
    }

    @Test
    void aGroupHasAtMostTheConfiguredNumberOfRules() {
        admin.created("/api/groups/" + group + "/rules", rule("06:00", "07:00"));
        admin.created("/api/groups/" + group + "/rules", rule("08:00", "09:00"));
        admin.created("/api/groups/" + group + "/rules", rule("10:00", "11:00"));

        problem(admin.post("/api/groups/" + group + "/rules", rule("12:00", "13:00")), 400, 1008);

        assertThat(rules()).hasSize(3);
    }

    @Test
    void readersMayLookButNotChange() {
        ApiCalls cashier = ApiCalls.as(web, operators, Roles.CASHIER);
        cashier.get("/api/groups").expectStatus().isOk();
        cashier.get("/api/groups/" + group + "/rules").expectStatus().isOk();
        problem(cashier.post("/api/groups", Map.of("name", "x")), 403, 2010);
        problem(cashier.post("/api/groups/" + group + "/rules", rule("06:00", "07:00")), 403, 2010);
        problem(cashier.delete("/api/groups/" + group), 403, 2010);
    }

    private String bad(Map<String, Object> body) {
        Map<String, Object> problem = body(admin.post("/api/groups/" + group + "/rules", body).expectStatus()
                .isBadRequest());
        assertThat(problem).containsEntry("code", 1001);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        return (String) errors.get(0).get("field");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rules() {
        return web.get().uri("/api/groups/" + group + "/rules")
                .headers(h -> h.setBearerAuth(token())).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private String token() {
        return admin.token();
    }

    private static Map<String, Object> rule(String start, String end) {
        return rule(start, end, 0, 0, 0, 100);
    }

    private static Map<String, Object> rule(String start, String end, int count, long perTransaction, long daily,
                                            int discount) {
        return Map.of("windowStart", start, "windowEnd", end, "countLimit", count,
                "perTransactionLimitFen", perTransaction, "dailyLimitFen", daily, "discountPercent", discount);
    }
}
