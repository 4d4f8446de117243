package org.onecard.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.ledger.Adjustments;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.people.ApiCalls;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class PersonApiTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;
    @Autowired
    BusinessClock clock;
    @Autowired
    AccountStore accounts;
    @Autowired
    Adjustments adjustments;

    ApiCalls admin;
    long department;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        settings(0, false, false);
        department = admin.department("部门");
    }

    @Test
    void aPersonIsRegisteredWithEveryFieldAndReadBack() {
        long group = id(admin.created("/api/groups", Map.of("name", "教工 " + System.nanoTime())));
        long cardType = seededCardType();
        Map<String, Object> request = new HashMap<>(Map.of("employeeNo", " 10001 ", "name", " 张三 ",
                "orgUnitId", department, "groupId", group, "cardTypeId", cardType, "phone", "138 0013 8000",
                "idNumber", "11010519491231002x", "gender", "MALE"));

        Map<String, Object> created = admin.created("/api/people", request);

        assertThat(created).containsEntry("employeeNo", "10001").containsEntry("name", "张三")
                .containsEntry("orgUnitId", (int) department).containsEntry("groupId", (int) group)
                .containsEntry("cardTypeId", (int) cardType).containsEntry("phone", "138 0013 8000")
                .containsEntry("idNumber", "11010519491231002X").containsEntry("gender", "MALE")
                .containsEntry("status", "ACTIVE").doesNotContainKey("resignedOn");
        assertThat(created.get("orgUnitName")).asString().startsWith("部门");
        assertThat(admin.read("/api/people/" + id(created))).isEqualTo(created);
    }

    @Test
    void anEmployeeNumberCanBelongToOnlyOnePerson() {
        person("20001", "甲");
        long before = count();

        problem(admin.post("/api/people", Map.of("employeeNo", "20001", "name", "乙", "orgUnitId", department)),
                409, 4004);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFixedLengthRefusesOtherLengths() {
        settings(6, false, false);

        problem(admin.post("/api/people", Map.of("employeeNo", "30001", "name", "短", "orgUnitId", department)),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("employeeNo")
                .jsonPath("$.errors[0].message").isEqualTo("must be exactly 6 characters");
        problem(admin.post("/api/people", Map.of("employeeNo", "3000001", "name", "长", "orgUnitId", department)),
                400, 1001);
        assertThat(person("300001", "正好")).containsEntry("employeeNo", "300001");
    }

    @Test
    void autoIncrementGivesTheHighestNumberPlusOneZeroPadded() {
        settings(0, false, false);
        person("0000400", "已有");
        settings(12, true, false);
        long highest = highestNumeric();

        Map<String, Object> first = admin.created("/api/people", Map.of("name", "自动一", "orgUnitId", department));
        Map<String, Object> second = admin.created("/api/people", Map.of("name", "自动二", "orgUnitId", department));

        assertThat(first).containsEntry("employeeNo", padded(highest + 1, 12));
        assertThat(second).containsEntry("employeeNo", padded(highest + 2, 12));
    }

    @Test
    void autoIncrementWithFreeLengthDoesNotPadAndAGivenNumberStillWins() {
        settings(0, true, false);
        long highest = highestNumeric();

        assertThat(admin.created("/api/people", Map.of("name", "自动", "orgUnitId", department)))
                .containsEntry("employeeNo", Long.toString(highest + 1));
        assertThat(person("A", "手工", false)).isNull();
        assertThat(person(Long.toString(highest + 100), "手工")).containsEntry("employeeNo", Long.toString(highest + 100));
    }

    @Test
    void autoIncrementRefusesWhenNumbersOfTheFixedLengthRunOut() {
        settings(0, false, false);
        if (highestNumeric() < 99) {
            person("99", "最后一个");
        }
        settings(2, true, false);
        long before = count();

        problem(admin.post("/api/people", Map.of("name", "没号了", "orgUnitId", department)), 409, 4005);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void withoutAutoIncrementANumberIsRequired() {
        problem(admin.post("/api/people", Map.of("name", "无号", "orgUnitId", department)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("employeeNo");
        problem(admin.post("/api/people", Map.of("employeeNo", "  ", "name", "无号", "orgUnitId", department)),
                400, 1001);
    }

    @Test
    void lettersAreRefusedUnlessAllowedAndCaseDoesNotMakeANewNumber() {
        problem(admin.post("/api/people", Map.of("employeeNo", "T100", "name", "字母", "orgUnitId", department)),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("employeeNo");

        settings(0, false, true);
        assertThat(person("t100", "字母")).containsEntry("employeeNo", "T100");
        problem(admin.post("/api/people", Map.of("employeeNo", "T100", "name", "又一个", "orgUnitId", department)),
                409, 4004);
        problem(admin.post("/api/people", Map.of("employeeNo", "T-100", "name", "横线", "orgUnitId", department)),
                400, 1001);
    }

    @Test
    void resigningAndRehiringKeepTheNumberAndNobodyElseCanTakeIt() {
        long id = id(person("40001", "离职再回"));

        Map<String, Object> resigned = body(admin.postEmpty("/api/people/" + id + "/resign").expectStatus().isOk());
        assertThat(resigned).containsEntry("status", "RESIGNED")
                .containsEntry("resignedOn", clock.accountingDate(clock.now()).toString());
        problem(admin.post("/api/people", Map.of("employeeNo", "40001", "name", "冒名", "orgUnitId", department)),
                409, 4004);
        problem(admin.postEmpty("/api/people/" + id + "/resign"), 409, 5015);
        problem(admin.put("/api/people/" + id, Map.of("name", "改名", "orgUnitId", department)), 409, 5015);

        Map<String, Object> back = body(admin.postEmpty("/api/people/" + id + "/rehire").expectStatus().isOk());
        assertThat(back).containsEntry("status", "ACTIVE").containsEntry("employeeNo", "40001")
                .doesNotContainKey("resignedOn");
        problem(admin.postEmpty("/api/people/" + id + "/rehire"), 409, 4006);
    }

    @Test
    void resigningAndRehiringLeaveThePersonsLedgerAccountsAlone() {
        long id = id(person("41001", "有余额"));
        long wallet = accounts.open(AccountKind.CASH_WALLET, OwnerType.PERSON, id, "有余额 现金").block();
        assertThat(adjustments.adjust("resign-" + id, wallet, true, 1_234, "test", 1).block())
                .isInstanceOf(PostingOutcome.Posted.class);

        admin.postEmpty("/api/people/" + id + "/resign").expectStatus().isOk();
        assertThat(accounts.find(wallet).block().balance()).isEqualTo(1_234);
        admin.postEmpty("/api/people/" + id + "/rehire").expectStatus().isOk();

        assertThat(accounts.findByOwner(OwnerType.PERSON, id).collectList().block())
                .singleElement().satisfies(a -> {
                    assertThat(a.id()).isEqualTo(wallet);
                    assertThat(a.balance()).isEqualTo(1_234);
                });
    }

    @Test
    void resignedPeopleLeaveTheDefaultListButAreFoundInTheResignedLibrary() {
        long stays = id(person("50001", "在职"));
        long leaves = id(person("50002", "离职"));
        admin.postEmpty("/api/people/" + leaves + "/resign").expectStatus().isOk();

        assertThat(ids("/api/people?orgUnitId=" + department)).containsExactly(stays);
        assertThat(ids("/api/people?orgUnitId=" + department + "&status=RESIGNED")).containsExactly(leaves);
        assertThat(ids("/api/people?orgUnitId=" + department + "&status=ALL")).containsExactly(stays, leaves);
        problem(admin.get("/api/people?status=GONE"), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void searchFiltersByNameNumberAndDepartmentWithEverythingUnderIt() {
        long sub = id(admin.created("/api/org-units", Map.of("parentId", department, "name", "下级")));
        long other = admin.department("别的部门");
        long top = id(person("60001", "王小明"));
        long below = id(admin.created("/api/people", Map.of("employeeNo", "60002", "name", "王大明", "orgUnitId", sub)));
        admin.created("/api/people", Map.of("employeeNo", "60003", "name", "王小明", "orgUnitId", other));

        assertThat(ids("/api/people?orgUnitId=" + department)).containsExactly(top, below);
        assertThat(ids("/api/people?orgUnitId=" + sub)).containsExactly(below);
        assertThat(ids("/api/people?orgUnitId=" + department + "&name=小明")).containsExactly(top);
        assertThat(ids("/api/people?employeeNo=6000&orgUnitId=" + department)).containsExactly(top, below);
        assertThat(ids("/api/people?employeeNo=60002")).containsExactly(below);
        assertThat(ids("/api/people?name=%25")).as("a % in the name is literal").isEmpty();
        assertThat(ids("/api/people?name=_")).as("so is an underscore").isEmpty();
        problem(admin.get("/api/people?orgUnitId=999999"), 404, 1002);
    }

    @Test
    void listsArePagedAndCappedAt200() {
        for (int i = 1; i <= 3; i++) {
            person("7000" + i, "分页" + i);
        }
        Map<String, Object> page = admin.read("/api/people?orgUnitId=" + department + "&size=2&page=1");
        assertThat(page).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat((List<?>) page.get("items")).hasSize(1);

        assertThat(admin.read("/api/people?size=5000")).containsEntry("size", 200);
        problem(admin.get("/api/people?page=-1"), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("page");
        problem(admin.get("/api/people?size=0"), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("size");
        problem(admin.get("/api/people?size=abc"), 400, 1001);
    }

    @Test
    void listItemsLeaveTheIdNumberOut() {
        admin.created("/api/people", Map.of("employeeNo", "75001", "name", "隐私", "orgUnitId", department,
                "idNumber", "110105194912310021"));
        Map<String, Object> page = admin.read("/api/people?employeeNo=75001");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) page.get("items")).get(0);
        assertThat(item).containsEntry("name", "隐私").doesNotContainKey("idNumber");
    }

    @Test
    void badInputIsRefusedByFieldAndCreatesNobody() {
        long before = count();
        List<Map<String, Object>> bad = List.of(
                Map.of("employeeNo", "80001", "name", " ", "orgUnitId", department),
                Map.of("employeeNo", "80001", "name", "x".repeat(101), "orgUnitId", department),
                Map.of("employeeNo", "80001", "name", "名"),
                Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department, "idNumber", "123456"),
                Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department, "phone", "call me"),
                Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department, "gender", "X"),
                Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department, "cardTypeId", 0),
                Map.of("employeeNo", "1".repeat(33), "name", "名", "orgUnitId", department),
                Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department, "status", "RESIGNED"));
        for (Map<String, Object> body : bad) {
            admin.post("/api/people", body).expectStatus()
                    .value(status -> assertThat(status).as(body.toString()).isEqualTo(400))
                    .expectBody().jsonPath("$.code").isEqualTo(1001);
        }
        problem(admin.post("/api/people", Map.of("employeeNo", "80001", "name", "名", "orgUnitId", 999_999)), 404, 1002);
        problem(admin.post("/api/people", Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department,
                "groupId", 999_999)), 404, 1002);
        problem(admin.post("/api/people", Map.of("employeeNo", "80001", "name", "名", "orgUnitId", department,
                "cardTypeId", 999_999)), 404, 1002).jsonPath("$.detail").isEqualTo("Card type 999999 not found");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUpdateReplacesTheDetailsButNeverTheEmployeeNumber() {
        long id = id(admin.created("/api/people", Map.of("employeeNo", "90001", "name", "原名", "orgUnitId", department,
                "phone", "1")));
        long moved = id(admin.created("/api/org-units", Map.of("parentId", department, "name", "调往")));
        Map<String, Object> change = Map.of("name", "新名", "orgUnitId", moved, "gender", "FEMALE");

        Map<String, Object> updated = body(admin.put("/api/people/" + id, change).expectStatus().isOk());
        body(admin.put("/api/people/" + id, change).expectStatus().isOk());

        assertThat(updated).containsEntry("name", "新名").containsEntry("orgUnitId", (int) moved)
                .containsEntry("gender", "FEMALE").containsEntry("employeeNo", "90001").doesNotContainKey("phone");
        problem(admin.put("/api/people/" + id, Map.of("employeeNo", "90002", "name", "新名", "orgUnitId", moved)),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("employeeNo");
        problem(admin.put("/api/people/" + id, Map.of("name", "新名", "orgUnitId", 999_999)), 404, 1002);
        problem(admin.put("/api/people/999999", change), 404, 1002);
        assertThat(admin.read("/api/people/" + id)).containsEntry("orgUnitId", (int) moved);
    }

    @Test
    void unknownPeopleAre404() {
        problem(admin.get("/api/people/999999"), 404, 1002);
        problem(admin.postEmpty("/api/people/999999/resign"), 404, 1002);
        problem(admin.postEmpty("/api/people/999999/rehire"), 404, 1002);
    }

    @Test
    void settingsAreReadAndValidated() {
        settings(8, true, true);
        assertThat(admin.read("/api/people-settings")).isEqualTo(Map.of("employeeNoLength", 8,
                "employeeNoAutoIncrement", true, "employeeNoLettersAllowed", true));

        problem(admin.put("/api/people-settings", Map.of("employeeNoLength", 33, "employeeNoAutoIncrement", false,
                "employeeNoLettersAllowed", false)), 400, 1001);
        problem(admin.put("/api/people-settings", Map.of("employeeNoLength", -1, "employeeNoAutoIncrement", false,
                "employeeNoLettersAllowed", false)), 400, 1001);
        problem(admin.put("/api/people-settings", Map.of("employeeNoLength", 6)), 400, 1001);
        problem(admin.put("/api/people-settings", Map.of("employeeNoLength", 6, "employeeNoAutoIncrement", "yes",
                "employeeNoLettersAllowed", false)), 400, 1001);
        assertThat(admin.read("/api/people-settings")).containsEntry("employeeNoLength", 8);
    }

    @Test
    void readersMayLookButNotChange() {
        long id = id(person("95001", "只读"));
        ApiCalls finance = ApiCalls.as(web, operators, Roles.FINANCE);

        finance.get("/api/people/" + id).expectStatus().isOk();
        finance.get("/api/people").expectStatus().isOk();
        finance.get("/api/people-settings").expectStatus().isOk();
        problem(finance.post("/api/people", Map.of("employeeNo", "95002", "name", "x", "orgUnitId", department)),
                403, 2010);
        problem(finance.postEmpty("/api/people/" + id + "/resign"), 403, 2010);
        problem(finance.put("/api/people-settings", Map.of("employeeNoLength", 0, "employeeNoAutoIncrement", false,
                "employeeNoLettersAllowed", false)), 403, 2010);
    }

    private Map<String, Object> person(String employeeNo, String name) {
        return admin.created("/api/people", Map.of("employeeNo", employeeNo, "name", name, "orgUnitId", department));
    }

    /** Expects a refusal when {@code accepted} is false. */
    private Map<String, Object> person(String employeeNo, String name, boolean accepted) {
        if (accepted) {
            return person(employeeNo, name);
        }
        problem(admin.post("/api/people", Map.of("employeeNo", employeeNo, "name", name, "orgUnitId", department)),
                400, 1001);
        return null;
    }

    private void settings(int length, boolean auto, boolean letters) {
        admin.put("/api/people-settings", Map.of("employeeNoLength", length, "employeeNoAutoIncrement", auto,
                "employeeNoLettersAllowed", letters)).expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String uri) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) admin.read(uri).get("items");
        return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    private long highestNumeric() {
        return db.sql("SELECT COALESCE(MAX(employee_no_num), 0) AS n FROM person")
                .map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private long seededCardType() {
        return db.sql("SELECT MIN(id) AS id FROM card_type").map(r -> ((Number) r.get("id")).longValue()).one().block();
    }

    private long count() {
        return db.sql("SELECT COUNT(*) AS n FROM person").map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private static String padded(long n, int width) {
        String digits = Long.toString(n);
        return "0".repeat(width - digits.length()) + digits;
    }
}
