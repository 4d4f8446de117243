package org.onecard.reports.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION_OFFLINE;
import static org.onecard.ledger.domain.TransferCode.CORRECTION;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_BATCH;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASH;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASHIER;
import static org.onecard.ledger.domain.TransferCode.REFUND_CASH;
import static org.onecard.ledger.domain.TransferCode.REISSUE_TRANSFER;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_CLEARED;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_GRANT;
import static org.onecard.reports.statement.LedgerScenario.leg;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Cardholders;
import org.onecard.testing.Cardholders.Holder;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The monthly statement over a generated month of activity, against figures computed by hand; then
 * the same month after rows were changed behind the ledger's back.
 */
@MariaDbTest
class MonthlyStatementTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    Ledger ledger;
    @Autowired
    StandardAccounts accounts;
    @Autowired
    BusinessClock clock;
    @Autowired
    DatabaseClient db;

    String finance;
    LedgerScenario ledgerScenario;
    YearMonth month;

    @BeforeEach
    void setUp() {
        finance = Logins.operator(web, operators, Roles.FINANCE);
        ledgerScenario = new LedgerScenario(ledger, accounts);
        month = YearMonth.from(clock.accountingDate(clock.now())).minusMonths(2);
    }

    @Test
    void aMonthOfActivityBalancesPerCardAndInTotalUntilRowsAreChangedBehindTheLedger() {
        Cardholders holders = new Cardholders(web, people, Logins.operator(web, operators, Roles.ADMIN));
        Holder a = holders.withCard(0);
        Holder b = holders.withCard(0);
        Holder c = holders.withCard(0);
        LedgerScenario s = ledgerScenario;
        long cashA = s.cash(a.personId()), subA = s.subsidy(a.personId());
        long cashB = s.cash(b.personId()), cashC = s.cash(c.personId());
        LocalDate before = month.minusMonths(1).atDay(20), day = month.atDay(10), after = month.plusMonths(1).atDay(2);

        s.book(before, leg(s.drawer(), cashA, 10_000, RECHARGE_CASH));
        // A: recharges at the counter and in a batch, a subsidy, online and offline meals, a correction, an expiry
        s.book(day, leg(s.drawer(), cashA, 5_000, RECHARGE_CASH));
        Posted batch = s.book(day, leg(s.drawer(), cashA, 2_000, RECHARGE_BATCH));
        s.book(day, leg(s.fund(), subA, 3_000, SUBSIDY_GRANT));
        s.book(day.plusDays(1), leg(cashA, s.outlet(), 1_200, CONSUMPTION));
        s.bookOffline(day.plusDays(2), leg(subA, s.outlet(), 800, CONSUMPTION_OFFLINE));
        s.book(day.plusDays(3), leg(s.outlet(), cashA, 300, CORRECTION));
        s.book(month.atEndOfMonth(), leg(subA, s.fund(), 1_000, SUBSIDY_CLEARED));
        s.book(after, leg(cashA, s.outlet(), 100, CONSUMPTION));
        // B: an offline record that overdraws
        s.book(day, leg(s.drawer(), cashB, 1_000, RECHARGE_CASHIER));
        Posted overdraft = s.bookOffline(day.plusDays(1), leg(cashB, s.outlet(), 1_500, CONSUMPTION_OFFLINE));
        assertThat(overdraft.overdrawn()).isTrue();
        // C: a reissued card's balance moves out to the hold and in again; a refund
        s.book(month.atDay(1), leg(s.drawer(), cashC, 4_000, RECHARGE_CASH));
        s.book(day, leg(cashC, s.hold(), 4_000, REISSUE_TRANSFER), leg(s.hold(), cashC, 4_000, REISSUE_TRANSFER));
        s.book(day.plusDays(5), leg(cashC, s.drawer(), 500, REFUND_CASH));

        Map<String, Object> page = statement("month=" + month + "&size=50");
        assertThat(page.get("total")).isEqualTo(3);
        assertThat(page.get("closed")).isEqualTo(false);
        Map<String, Object> lineA = line(page, a.personId());
        assertThat(lineA.get("cardNo")).isEqualTo(a.cardNo());
        assertFigures(figures(lineA), 10_000, Map.of("RECHARGE_CASH_IN", 5_000, "RECHARGE_BATCH_IN", 2_000,
                "SUBSIDY_IN", 3_000, "CORRECTION_IN", 300, "CONSUMPTION_OUT", 1_200, "CONSUMPTION_OFFLINE_OUT", 800,
                "SUBSIDY_CLEARED_OUT", 1_000), 10_300, 3_000, 17_300, 0);
        assertFigures(figures(line(page, b.personId())), 0, Map.of("RECHARGE_CASHIER_IN", 1_000,
                "CONSUMPTION_OFFLINE_OUT", 1_500), 1_000, 1_500, -500, 0);
        assertFigures(figures(line(page, c.personId())), 0, Map.of("RECHARGE_CASH_IN", 4_000, "REISSUE_IN", 4_000,
                "REISSUE_OUT", 4_000, "REFUND_OUT", 500), 8_000, 4_500, 3_500, 0);
        assertFigures(totals(page), 10_000, Map.ofEntries(Map.entry("RECHARGE_CASH_IN", 9_000),
                Map.entry("RECHARGE_BATCH_IN", 2_000), Map.entry("RECHARGE_CASHIER_IN", 1_000),
                Map.entry("SUBSIDY_IN", 3_000), Map.entry("CORRECTION_IN", 300), Map.entry("REISSUE_IN", 4_000),
                Map.entry("CONSUMPTION_OUT", 1_200), Map.entry("CONSUMPTION_OFFLINE_OUT", 2_300),
                Map.entry("SUBSIDY_CLEARED_OUT", 1_000), Map.entry("REISSUE_OUT", 4_000), Map.entry("REFUND_OUT", 500)),
                19_300, 9_000, 20_300, 0);
        // the next month opens with this month's closing
        assertThat(figures(line(statement("month=" + month.plusMonths(1)), a.personId())).get("openingFen"))
                .isEqualTo(17_300);

        // paging: the totals are over everyone on every page
        Map<String, Object> second = statement("month=" + month + "&size=2&page=1");
        assertThat(items(second)).hasSize(1);
        assertThat(totals(second).get("closingFen")).isEqualTo(20_300);
        // filters: one person, one department
        Map<String, Object> onlyB = statement("month=" + month + "&personId=" + b.personId());
        assertThat(items(onlyB)).hasSize(1);
        assertThat(totals(onlyB).get("closingFen")).isEqualTo(-500);
        Long unitOfC = db.sql("SELECT org_unit_id FROM person WHERE id = :id").bind("id", c.personId())
                .map(row -> row.get("org_unit_id", Long.class)).one().block();
        Map<String, Object> deptC = statement("month=" + month + "&departmentId=" + unitOfC);
        assertThat(deptC.get("total")).isEqualTo(1);
        assertThat(totals(deptC).get("incomeFen")).isEqualTo(8_000);

        // the month before is closed while all balances; its closing is then this month's opening
        String admin = Logins.operator(web, operators, Roles.ADMIN);
        call(admin, "/api/reports/periods/" + month.minusMonths(1) + "/close").expectStatus().isOk();
        assertThat(statement("month=" + month).get("openingFromClosedMonth")).isEqualTo(true);

        // behind the ledger's back: a transfer's amount raised by 7, and a one-legged transfer of 50 to B
        db.sql("UPDATE ledger_transfer SET amount = amount + 7 WHERE posting_id = :id").bind("id", batch.postingId())
                .fetch().rowsUpdated().block();
        db.sql("INSERT INTO ledger_transfer (posting_id, accounting_date, seq, debit_account_id, credit_account_id,"
                        + " amount, code) SELECT id, accounting_date, 2, :drawer, :cash, 50, 'RECHARGE_CASH'"
                        + " FROM ledger_posting WHERE id = :posting")
                .bind("posting", overdraft.postingId()).bind("drawer", s.drawer()).bind("cash", cashB)
                .fetch().rowsUpdated().block();
        Map<String, Object> tampered = statement("month=" + month);
        assertThat(figures(line(tampered, a.personId())).get("differenceFen")).isEqualTo(-7);
        assertThat(figures(line(tampered, b.personId())).get("differenceFen")).isEqualTo(-50);
        assertThat(figures(line(tampered, c.personId())).get("differenceFen")).isEqualTo(0);
        assertThat(totals(tampered).get("differenceFen")).isEqualTo(-57);
        // an unbalanced month cannot be closed
        Checks.problem(call(admin, "/api/reports/periods/" + month + "/close"), 409, 7007);
    }

    @Test
    void badInputAndPermissions() {
        for (String bad : List.of("2026-13", "2026-1", "202609", "2026-09-01", "next", "")) {
            Checks.problem(web.get().uri("/api/reports/monthly-statement?month=" + bad)
                    .headers(h -> h.setBearerAuth(finance)).exchange(), 400, 7002);
        }
        Checks.problem(web.get().uri("/api/reports/monthly-statement").headers(h -> h.setBearerAuth(finance))
                .exchange(), 400, 1001);
        Checks.problem(web.get().uri("/api/reports/monthly-statement?month=" + month + "&page=-1")
                .headers(h -> h.setBearerAuth(finance)).exchange(), 400, 1001);
        Checks.problem(web.get().uri("/api/reports/monthly-statement?month=" + month + "&size=0")
                .headers(h -> h.setBearerAuth(finance)).exchange(), 400, 1001);
        web.get().uri("/api/reports/monthly-statement?month=" + month).exchange().expectStatus().isUnauthorized();
        String noLedgerRead = Logins.operator(web, operators);
        Checks.problem(web.get().uri("/api/reports/monthly-statement?month=" + month)
                .headers(h -> h.setBearerAuth(noLedgerRead)).exchange(), 403, 2010);
        Map<String, Object> empty = statement("month=" + month + "&size=1000");
        assertThat(empty.get("size")).isEqualTo(500);
        assertThat((List<?>) empty.get("columns")).hasSize(StatementColumn.values().length);
    }

    private WebTestClient.ResponseSpec call(String token, String uri) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statement(String query) {
        return web.get().uri("/api/reports/monthly-statement?" + query).headers(h -> h.setBearerAuth(finance))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static Map<String, Object> line(Map<String, Object> page, long personId) {
        return items(page).stream().filter(i -> ((Number) i.get("personId")).longValue() == personId).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> figures(Map<String, Object> line) {
        return (Map<String, Object>) line.get("figures");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> totals(Map<String, Object> page) {
        return (Map<String, Object>) page.get("totals");
    }

    /** Columns not named must be 0. */
    @SuppressWarnings("unchecked")
    static void assertFigures(Map<String, Object> f, long opening, Map<String, Integer> columns, long income,
                              long expense, long closing, long difference) {
        Map<String, Object> amounts = (Map<String, Object>) f.get("amounts");
        for (StatementColumn column : StatementColumn.values()) {
            assertThat(((Number) amounts.get(column.name())).longValue()).as(column.name())
                    .isEqualTo(columns.getOrDefault(column.name(), 0).longValue());
        }
        assertThat(((Number) f.get("openingFen")).longValue()).as("opening").isEqualTo(opening);
        assertThat(((Number) f.get("incomeFen")).longValue()).as("income").isEqualTo(income);
        assertThat(((Number) f.get("expenseFen")).longValue()).as("expense").isEqualTo(expense);
        assertThat(((Number) f.get("closingFen")).longValue()).as("closing").isEqualTo(closing);
        assertThat(((Number) f.get("storedClosingFen")).longValue()).as("stored").isEqualTo(closing + difference);
        assertThat(((Number) f.get("differenceFen")).longValue()).as("difference").isEqualTo(difference);
    }
}
