package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.imports.ImportClient.rows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may import subsidies, and employee numbers that differ only in letter case. */
@MariaDbTest
@SuppressWarnings("unchecked")
class ImportPermissionAndCaseTests {

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
        unit = fx.department("0" + Fixtures.next() % 90, "复核部" + Fixtures.next());
    }

    /** A cashier (money:counter, no subsidy:manage) cannot grant subsidies through the recharge import either. */
    @Test
    void aCashierWithoutSubsidyManageCannotImportSubsidies() {
        String cashier = Logins.operator(web, operators, "CASHIER");
        long person = fx.person(String.valueOf(7_000_000 + Fixtures.next()), "收银", unit);
        fx.card(person, 0);

        // the cashier may not register a subsidy by hand ...
        web.post().uri("/api/subsidies").headers(h -> {
            h.setBearerAuth(cashier);
            h.set("Idempotency-Key", "rv-direct-" + Fixtures.next());
        }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("items", List.of(Map.of("personId", person, "amountFen", 50_000)), "distribute", true))
                .exchange().expectStatus().isForbidden();

        // ... nor through the import; the cash column still works for them
        byte[] file = Sheets.money(Sheets.cash(noOf(person), 0, 500, 1), Sheets.cash(noOf(person), 5, 0, 2));
        Map<String, Object> job = imports.run(cashier, "recharges", "rv-sub-" + Fixtures.next(), file);

        assertThat(rows(job)).containsExactly("2 REFUSED import.subsidy-not-permitted", "3 REFUSED excel.duplicate-key");
        byte[] cashOnly = Sheets.money(Sheets.cash(noOf(person), 5, 0, 2));
        assertThat(rows(imports.run(cashier, "recharges", "rv-cash-" + Fixtures.next(), cashOnly)))
                .containsExactly("2 ACCEPTED");
        assertThat(imports.balance(person, "SUBSIDY_WALLET")).isZero();
        assertThat(imports.balance(person, "CASH_WALLET")).isEqualTo(500);
        imports.assertBooksClean(fx.admin);
    }

    /** The same employee number in another letter case names the same person: a duplicate row, not a failed file. */
    @Test
    void anEmployeeNumberRepeatedInAnotherCaseIsADuplicateRow() {
        String no = "QX" + Fixtures.next();
        long person = fx.person(no, "大小写", unit);
        fx.card(person, 0);
        long other = fx.person(String.valueOf(7_100_000 + Fixtures.next()), "无辜", unit);
        fx.card(other, 0);

        byte[] file = Sheets.money(Sheets.cash(noOf(other), 10, 0, 1), Sheets.cash(no, 10, 0, 1),
                Sheets.cash(no.toLowerCase(), 20, 0, 2));
        Map<String, Object> job = imports.run(fx.admin, "recharges", "rv-case-" + Fixtures.next(), file);

        assertThat(job).containsEntry("state", "DONE");
        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 ACCEPTED", "4 REFUSED excel.duplicate-key");
        assertThat(imports.balance(other, "CASH_WALLET")).isEqualTo(1_000);
        assertThat(imports.balance(person, "CASH_WALLET")).isEqualTo(1_000);
    }

    private String noOf(long personId) {
        return db.sql("SELECT employee_no FROM person WHERE id = :id").bind("id", personId)
                .map(r -> r.get("employee_no", String.class)).one().block();
    }
}
