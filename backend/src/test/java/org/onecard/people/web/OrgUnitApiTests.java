package org.onecard.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class OrgUnitApiTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;
    long root;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        root = rootId();
    }

    @Test
    void theRootHasCodeZeroAndThereIsOnlyOne() {
        Map<String, Object> top = admin.read("/api/org-units/" + root);
        assertThat(top).containsEntry("code", "0").doesNotContainKey("parentId");
        long before = count();

        problem(admin.post("/api/org-units", Map.of("name", "第二个根")), 409, 4001);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theFirstChildGets01ThenTheLowestFreeSuffix() {
        long parent = child(root, "学院");
        String code = code(parent);

        assertThat(code(child(parent, "一系"))).isEqualTo(code + "01");
        assertThat(code(child(parent, "二系"))).isEqualTo(code + "02");
        assertThat(code(childWithSuffix(parent, "05", "五系"))).isEqualTo(code + "05");
        assertThat(code(child(parent, "三系"))).isEqualTo(code + "03");
    }

    @Test
    void childrenOfTheRootAre001To099AndNestedCodesAppendTwoDigits() {
        long dept = childWithSuffix(root, "93", "后勤处");
        assertThat(code(dept)).isEqualTo("093");

        long section = child(dept, "餐饮科");
        assertThat(code(section)).isEqualTo("09301");
        assertThat(admin.read("/api/org-units/" + section)).containsEntry("parentId", (int) dept);
        assertThat(code(child(section, "第一食堂"))).isEqualTo("0930101");
    }

    @Test
    void aSuffixAlreadyInUseIs409AndChangesNothing() {
        long parent = child(root, "学院");
        childWithSuffix(parent, "07", "七系");
        long before = count();

        problem(admin.post("/api/org-units", Map.of("parentId", parent, "suffix", "07", "name", "又一个七系")), 409, 4001);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSuffixMustBeTwoDigitsFrom01To99() {
        long parent = child(root, "学院");
        for (String bad : List.of("00", "1", "100", "ab", "1a", " 01")) {
            problem(admin.post("/api/org-units", Map.of("parentId", parent, "suffix", bad, "name", "x")), 400, 1001)
                    .jsonPath("$.errors[0].field").isEqualTo("suffix");
        }
        problem(admin.post("/api/org-units", Map.of("suffix", "01", "name", "根下")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("suffix");
    }

    @Test
    void aHundredthChildIsRefused() {
        long parent = child(root, "大单位");
        for (int i = 1; i <= 99; i++) {
            child(parent, "科室" + i);
        }
        long before = count();

        problem(admin.post("/api/org-units", Map.of("parentId", parent, "name", "第一百个")), 409, 4002);
        problem(admin.post("/api/org-units", Map.of("parentId", parent, "suffix", "50", "name", "x")), 409, 4001);

        assertThat(count()).isEqualTo(before);
        assertThat(admin.read("/api/org-units/" + parent)).containsEntry("childCount", 99);
    }

    @Test
    void anUnknownParentOrDepartmentIs404() {
        problem(admin.post("/api/org-units", Map.of("parentId", 999_999, "name", "x")), 404, 1002);
        problem(admin.get("/api/org-units/999999"), 404, 1002);
        problem(admin.put("/api/org-units/999999", Map.of("name", "x")), 404, 1002);
        problem(admin.delete("/api/org-units/999999"), 404, 1002);
    }

    @Test
    void blankOverlongOrControlCharacterNamesAreRefusedAndChangeNothing() {
        long before = count();
        for (String bad : List.of("", "   ", "x".repeat(101), "a\u0000b")) {
            problem(admin.post("/api/org-units", Map.of("parentId", root, "name", bad)), 400, 1001)
                    .jsonPath("$.errors[0].field").isEqualTo("name");
        }
        Map<String, Object> noName = new HashMap<>();
        noName.put("parentId", root);
        problem(admin.post("/api/org-units", noName), 400, 1001);
        problem(admin.post("/api/org-units", Map.of("parentId", "abc", "name", "x")), 400, 1001);
        problem(admin.post("/api/org-units", Map.of("parentId", -1, "name", "x")), 400, 1001);
        assertThat(count()).isEqualTo(before);

        assertThat(code(child(root, "x".repeat(100)))).as("100 characters is the limit").hasSize(3);
    }

    @Test
    void renameKeepsTheCodeAndADepartmentCannotMove() {
        long a = child(root, "旧名");
        long b = child(root, "别处");
        String code = code(a);

        Map<String, Object> renamed = ApiCalls.body(admin.put("/api/org-units/" + a, Map.of("name", "  新名 "))
                .expectStatus().isOk());
        assertThat(renamed).containsEntry("name", "新名").containsEntry("code", code);

        problem(admin.put("/api/org-units/" + a, Map.of("name", "新名", "parentId", b)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("parentId");
        problem(admin.put("/api/org-units/" + a, Map.of("name", " ")), 400, 1001);
        assertThat(admin.read("/api/org-units/" + a)).containsEntry("name", "新名").containsEntry("parentId", (int) root);
    }

    @Test
    void aDepartmentWithChildrenOrAnyoneInItEvenResignedCannotBeDeleted() {
        long parent = child(root, "有下级");
        long leaf = child(parent, "叶子");
        problem(admin.delete("/api/org-units/" + parent), 409, 4003);

        long person = id(admin.created("/api/people", Map.of("employeeNo", "77001", "name", "离职者", "orgUnitId", leaf)));
        admin.postEmpty("/api/people/" + person + "/resign").expectStatus().isOk();
        problem(admin.delete("/api/org-units/" + leaf), 409, 4003)
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 people"));
        assertThat(admin.read("/api/org-units/" + leaf)).containsEntry("peopleCount", 1);
    }

    @Test
    void anEmptyDepartmentIsDeletedAndItsCodeCanBeGivenAgain() {
        long parent = child(root, "临时");
        long leaf = child(parent, "空的");
        String code = code(leaf);

        admin.delete("/api/org-units/" + leaf).expectStatus().isNoContent();

        problem(admin.get("/api/org-units/" + leaf), 404, 1002);
        assertThat(code(child(parent, "新的"))).isEqualTo(code);
    }

    @Test
    void theTreeNestsChildrenUnderTheirParentsInCodeOrder() {
        long parent = child(root, "树");
        long first = child(parent, "甲");
        long second = child(parent, "乙");
        child(first, "甲一");

        Map<String, Object> tree = admin.read("/api/org-units");

        assertThat(tree).containsEntry("truncated", false);
        List<Map<String, Object>> roots = list(tree.get("roots"));
        Map<String, Object> top = roots.stream().filter(r -> "0".equals(r.get("code"))).findFirst().orElseThrow();
        Map<String, Object> node = find(list(top.get("children")), parent);
        List<Map<String, Object>> children = list(node.get("children"));
        assertThat(children).extracting(c -> ((Number) c.get("id")).longValue()).containsExactly(first, second);
        assertThat(list(children.get(0).get("children"))).extracting(c -> c.get("name")).containsExactly("甲一");
    }

    @Test
    void readersMayLookButNotChange() {
        ApiCalls cashier = ApiCalls.as(web, operators, Roles.CASHIER);
        cashier.get("/api/org-units").expectStatus().isOk();
        cashier.get("/api/org-units/" + root).expectStatus().isOk();
        problem(cashier.post("/api/org-units", Map.of("parentId", root, "name", "x")), 403, 2010);
        problem(cashier.put("/api/org-units/" + root, Map.of("name", "x")), 403, 2010);
        problem(cashier.delete("/api/org-units/" + root), 403, 2010);
        problem(web.get().uri("/api/org-units").exchange(), 401, 2001);
    }

    private long rootId() {
        Long existing = db.sql("SELECT id FROM org_unit WHERE code = '0'").map(r -> r.get("id", Long.class)).one()
                .block();
        if (existing != null) {
            return existing;
        }
        Map<String, Object> created = admin.created("/api/org-units", Map.of("name", "OneCard 大学"));
        assertThat(created).containsEntry("code", "0").containsEntry("childCount", 0).containsEntry("peopleCount", 0);
        return id(created);
    }

    private long child(long parent, String name) {
        return id(admin.created("/api/org-units", Map.of("parentId", parent, "name", name)));
    }

    private long childWithSuffix(long parent, String suffix, String name) {
        return id(admin.created("/api/org-units", Map.of("parentId", parent, "suffix", suffix, "name", name)));
    }

    private String code(long id) {
        return (String) admin.read("/api/org-units/" + id).get("code");
    }

    private long count() {
        return db.sql("SELECT COUNT(*) AS n FROM org_unit").map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> find(List<Map<String, Object>> nodes, long id) {
        return nodes.stream().filter(n -> ((Number) n.get("id")).longValue() == id).findFirst().orElseThrow();
    }

}
