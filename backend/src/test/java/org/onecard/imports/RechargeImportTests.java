package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.imports.ImportClient.problem;
import static org.onecard.imports.ImportClient.rows;
import static org.onecard.imports.Sheets.cash;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.excel.TestWorkbook;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@TestPropertySource(properties = {"onecard.excel.max-file-size=64KB", "onecard.excel.max-rows=40"})
class RechargeImportTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore peopleStore;
    @Autowired
    DatabaseClient db;

    Fixtures fx;
    ImportClient imports;
    long unit;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(web, operators, peopleStore, db);
        imports = new ImportClient(web, db);
        unit = fx.department("0" + Fixtures.next() % 90, "充值部" + Fixtures.next());
        fx.setParameter("singleRechargeLimitFen", 60_000);
        fx.setParameter("maxCardBalanceFen", 100_000);
    }

    @Test
    void takesGoodRowsAndRefusesEveryKindOfBadRowWithItsReason() {
        long a = withCard("甲", 0);
        long b = withCard("乙", 0);
        long resigned = withCard("丙", 0);
        fx.resign(resigned);
        long named = withCard("丁", 0);
        long carded = withCard("戊", 0);
        long cardless = fx.person(no(), "己", unit);
        long full = withCard("庚", 50_000);
        long big = withCard("辛", 0);
        long negative = withCard("壬", 0);
        long zero = withCard("癸", 0);
        long subsidy = withCard("子", 0);
        long elsewhere = withCard("丑", 0);
        long frozen = withCard("寅", 0);
        fx.cardAction(cardOf(frozen), "freeze");
        String deptName = db.sql("SELECT name FROM org_unit WHERE id = :id").bind("id", unit)
                .map(r -> r.get("name", String.class)).one().block();

        byte[] file = Sheets.money(
                new Object[] {deptName, noOf(a), "甲", cardNoOf(a), 10.005, null, null, null, 1},
                new Object[] {null, noOf(b), null, null, "10.004", null, null, null, 3},
                cash("9999901", 1, 0, 1),
                cash(noOf(resigned), 1, 0, 1),
                new Object[] {null, noOf(named), "错名", null, 1, null, null, null, 1},
                new Object[] {null, noOf(carded), null, "9999999999", 1, null, null, null, 1},
                cash(noOf(cardless), 1, 0, 1),
                cash(noOf(full), 500.01, 0, 1),
                cash(noOf(big), 600.01, 0, 1),
                cash(noOf(negative), -5, 0, 1),
                cash(noOf(zero), 0, 0, 1),
                cash(noOf(subsidy), 1, 2, 1),
                cash(noOf(a), 1, 0, 2),
                new Object[] {"别的部门", noOf(elsewhere), null, null, 1, null, null, null, 1},
                cash(noOf(frozen), 1, 0, 1));
        Map<String, Object> job = imports.run(fx.admin, "recharges", "r-1", file);

        assertThat(job).containsEntry("state", "DONE").containsEntry("processedRows", 3).containsEntry("totalRows", 15);
        assertThat(rows(job)).containsExactly(
                "2 ACCEPTED",
                "3 ACCEPTED",
                "4 REFUSED import.person-unknown",
                "5 REFUSED import.person-resigned",
                "6 REFUSED import.name-mismatch",
                "7 REFUSED import.card-mismatch",
                "8 REFUSED import.no-usable-card",
                "9 REFUSED import.above-max-balance",
                "10 REFUSED import.above-single-limit",
                "11 REFUSED excel.negative",
                "12 REFUSED money.both-zero",
                "13 ACCEPTED",
                "14 REFUSED excel.duplicate-key",
                "15 REFUSED import.department-mismatch",
                "16 REFUSED import.no-usable-card");
        assertThat(ImportClient.totals(job)).containsEntry("rows", 15).containsEntry("accepted", 3)
                .containsEntry("applied", 3);
        assertThat(imports.balance(a, "CASH_WALLET")).as("10.005 yuan is 1001 fen, half up").isEqualTo(1_001);
        assertThat(imports.balance(b, "CASH_WALLET")).as("10.004 yuan is 1000 fen").isEqualTo(1_000);
        assertThat(imports.cashBalances(List.of(resigned, named, carded, cardless, big, negative, zero,
                elsewhere, frozen)).values()).containsOnly(0L);
        assertThat(imports.balance(subsidy, "CASH_WALLET")).isEqualTo(100);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).alias("the subsidy reaches the wallet")
                .until(() -> imports.balance(subsidy, "SUBSIDY_WALLET") == 200);
        assertThat(imports.balance(full, "CASH_WALLET")).isEqualTo(50_000);
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_transfer t JOIN ledger_posting p ON p.id = t.posting_id"
                + " WHERE t.code = 'RECHARGE_BATCH' AND p.idem_key IN ('import:recharge:" + a + ":1', 'import:recharge:"
                + b + ":3')")).as("one posting per row, keyed by kind, person and version").isEqualTo(2);
        Map<String, Object> reason = reasonOf(job, 9);
        assertThat(reason).containsEntry("field", "cash").containsEntry("title", "现金")
                .containsEntry("messageZh", "充值后余额 1000.01 元将超过最大卡余额 1000.00 元")
                .containsEntry("messageEn", "would bring the balance to 1000.01 yuan, above the maximum of 1000.00 yuan");
        imports.assertBooksClean(fx.admin);
    }

    @Test
    void subsidyColumnsBecomeSubsidiesOnceAndAPastExpiryIsRefused() {
        long a = withCard("甲", 0);
        long b = withCard("乙", 0);
        byte[] file = Sheets.money(
                new Object[] {null, noOf(a), null, null, null, 30, "清零", null, 1},
                new Object[] {null, noOf(b), null, null, null, 5, 1, "2020-01-01", 1});

        Map<String, Object> job = imports.run(fx.admin, "recharges", "sub-1", file);
        imports.run(fx.admin, "recharges", "sub-1", file);

        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 REFUSED import.subsidy-expired");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> imports.balance(a, "SUBSIDY_WALLET") == 3_000);
        assertThat(count("SELECT COUNT(*) AS n FROM subsidy WHERE person_id = " + a + " AND grant_mode = 'RESET'"
                + " AND status = 'CLAIMED'")).as("one subsidy although the file was sent twice").isEqualTo(1);
        assertThat(imports.balance(b, "SUBSIDY_WALLET")).isZero();
        imports.assertBooksClean(fx.admin);
    }

    @Test
    void aRepeatedUploadRefusesEveryRowAndMovesNoMoneyAndTheSameKeyGivesTheSameJob() {
        long a = withCard("甲", 0);
        long b = withCard("乙", 0);
        byte[] file = Sheets.money(cash(noOf(a), 12.5, 0, 7), cash(noOf(b), 3, 0, 7));
        Map<String, Object> first = imports.run(fx.admin, "recharges", "same-1", file);
        assertThat(rows(first)).containsExactly("2 ACCEPTED", "3 ACCEPTED");

        Map<String, Object> again = imports.upload(fx.admin, "recharges", "same-1", file, null).expectStatus()
                .isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("id")).as("same key, same file: the first job").isEqualTo(first.get("id"));
        problem(imports.upload(fx.admin, "recharges", "same-1", Sheets.money(cash(noOf(a), 1, 0, 8)), null), 409, 1007);

        Map<String, Object> retry = imports.run(fx.admin, "recharges", "same-2", file);
        assertThat(rows(retry)).containsExactly("2 REFUSED import.version-not-greater",
                "3 REFUSED import.version-not-greater");
        assertThat(ImportClient.outcome(retry)).isEqualTo("NOTHING_APPLIED");
        assertThat(imports.balance(a, "CASH_WALLET")).isEqualTo(1_250);
        assertThat(imports.balance(b, "CASH_WALLET")).isEqualTo(300);
        assertThat(reasonOf(retry, 2)).containsEntry("messageZh", "须大于该人员上次导入的版本 7");

        Map<String, Object> newer = imports.run(fx.admin, "recharges", "same-3", Sheets.money(cash(noOf(a), 1, 0, 8)));
        assertThat(rows(newer)).containsExactly("2 ACCEPTED");
        assertThat(imports.balance(a, "CASH_WALLET")).isEqualTo(1_350);
        imports.assertBooksClean(fx.admin);
    }

    @Test
    void allOrNothingAppliesNoRowWhenOneIsRefusedAndADryRunChangesNothing() {
        long a = withCard("甲", 0);
        byte[] file = Sheets.money(cash(noOf(a), 5, 0, 1), cash("9999902", 5, 0, 1));

        Map<String, Object> strict = imports.run(fx.admin, "recharges", "aon-1", file, "policy=ALL_OR_NOTHING");
        assertThat(rows(strict)).containsExactly("2 ACCEPTED", "3 REFUSED import.person-unknown");
        assertThat(ImportClient.outcome(strict)).isEqualTo("NOTHING_APPLIED");
        Map<String, Object> dry = imports.run(fx.admin, "recharges", null, file, "dryRun=true");
        assertThat(ImportClient.outcome(dry)).isEqualTo("VALIDATED");
        assertThat(dry).containsEntry("dryRun", true);
        assertThat(imports.balance(a, "CASH_WALLET")).isZero();
        assertThat(count("SELECT COUNT(*) AS n FROM import_version WHERE person_id = " + a)).isZero();
        imports.assertBooksClean(fx.admin);
    }

    @Test
    void fileLimitsWrongFilesAndMissingKeysAreClearProblems() {
        long a = withCard("甲", 0);
        byte[] tooBig = new byte[70 * 1024];
        problem(imports.upload(fx.admin, "recharges", "big", tooBig, null), 413, 1005);
        Object[][] many = new Object[41][];
        for (int i = 0; i < many.length; i++) {
            many[i] = cash(String.valueOf(8_000_000 + i), 1, 0, 1);
        }
        problem(imports.upload(fx.admin, "recharges", "many", Sheets.money(many), null), 400, 1008);
        problem(imports.upload(fx.admin, "recharges", "text", "not excel".getBytes(), null), 415, 1004);
        problem(imports.upload(fx.admin, "recharges", "hdr",
                TestWorkbook.xlsx().row("工号", "现金").row("1", 1).bytes(), null), 400, 1001);
        problem(imports.upload(fx.admin, "recharges", null, Sheets.money(cash(noOf(a), 1, 0, 1)), null), 400, 1006);
        problem(imports.upload(fx.admin, "gold", "x", Sheets.money(cash(noOf(a), 1, 0, 1)), null), 404, 1002);
        assertThat(imports.balance(a, "CASH_WALLET")).isZero();
    }

    @Test
    void permissionsAndDepartmentScopeAreRespected() {
        long inside = withCard("甲", 0);
        long otherUnit = fx.department("0" + (Fixtures.next() % 90), "外部" + Fixtures.next());
        long outside = fx.person(no(), "乙", otherUnit);
        fx.card(outside, 0);
        String finance = Logins.operator(web, operators, "FINANCE");
        problem(imports.upload(finance, "recharges", "p-1", Sheets.money(cash(noOf(inside), 1, 0, 1)), null), 403, 2010);
        String cashier = Logins.operator(web, operators, "CASHIER");
        problem(imports.upload(cashier, "people", null, Sheets.people(new Object[] {"1", "x", "y"}), null), 403, 2010);

        String scoped = fx.scopedOperator(java.util.Set.of(unit), "CASHIER");
        Map<String, Object> job = imports.run(scoped, "recharges", "scope-1",
                Sheets.money(cash(noOf(inside), 2, 0, 1), cash(noOf(outside), 2, 0, 1)));
        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 REFUSED import.outside-scope");
        web.get().uri("/api/imports/" + job.get("id")).headers(h -> h.setBearerAuth(cashier)).exchange()
                .expectStatus().isNotFound();
        byte[] report = web.get().uri("/api/imports/" + job.get("id") + "/report.xlsx")
                .headers(h -> h.setBearerAuth(scoped)).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        ImportClient.assertXlsx(report);
        byte[] template = web.get().uri("/api/imports/templates/recharges.xlsx")
                .headers(h -> h.setBearerAuth(scoped)).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        ImportClient.assertXlsx(template);
        imports.assertBooksClean(fx.admin);
    }

    private long withCard(String name, long firstRechargeFen) {
        long id = fx.person(no(), name, unit);
        fx.card(id, firstRechargeFen);
        return id;
    }

    private Map<String, Object> cardOf(long personId) {
        Long id = db.sql("SELECT id FROM card WHERE person_id = :p").bind("p", personId)
                .map(r -> r.get("id", Long.class)).one().block();
        return Map.of("id", id);
    }

    private String noOf(long personId) {
        return db.sql("SELECT employee_no FROM person WHERE id = :id").bind("id", personId)
                .map(r -> r.get("employee_no", String.class)).one().block();
    }

    private String cardNoOf(long personId) {
        return db.sql("SELECT card_no FROM card WHERE person_id = :id").bind("id", personId)
                .map(r -> r.get("card_no", String.class)).one().block();
    }

    private static String no() {
        return String.valueOf(7_000_000 + Fixtures.next());
    }

    private long count(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reasonOf(Map<String, Object> job, int rowNumber) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) job.get("report")).get("rows");
        Map<String, Object> row = rows.stream().filter(r -> ((Number) r.get("rowNumber")).intValue() == rowNumber)
                .findFirst().orElseThrow();
        return ((List<Map<String, Object>>) row.get("reasons")).get(0);
    }
}
