package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.imports.ImportClient.rows;
import static org.onecard.imports.Sheets.cash;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class RefundImportTests {

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
        unit = fx.department("0" + Fixtures.next() % 90, "退款部" + Fixtures.next());
    }

    @Test
    void refundsCashToTheDrawerAndRefusesWhatTheWalletDoesNotHold() {
        long a = withCard(5_000);
        long b = withCard(1_000);
        long c = withCard(0);
        long lost = withCard(2_000);
        fx.cardAction(cardOf(lost), "loss");

        Map<String, Object> job = imports.run(fx.admin, "refunds", "f-1", Sheets.money(
                cash(noOf(a), 12.5, 0, 1),
                cash(noOf(b), 10.01, 0, 1),
                cash(noOf(c), 0, 1, 1),
                cash(noOf(lost), 1, 0, 1),
                cash("9999903", 1, 0, 1)));

        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 REFUSED import.insufficient-cash",
                "4 REFUSED import.insufficient-subsidy", "5 REFUSED import.no-refundable-card",
                "6 REFUSED import.person-unknown");
        assertThat(imports.balance(a, "CASH_WALLET")).isEqualTo(3_750);
        assertThat(imports.balance(b, "CASH_WALLET")).isEqualTo(1_000);
        assertThat(count("SELECT COALESCE(SUM(amount), 0) AS n FROM ledger_transfer WHERE code = 'REFUND_CASH'"))
                .isEqualTo(1_250);

        Map<String, Object> again = imports.run(fx.admin, "refunds", "f-2", Sheets.money(cash(noOf(a), 12.5, 0, 1)));
        assertThat(rows(again)).containsExactly("2 REFUSED import.version-not-greater");
        assertThat(imports.balance(a, "CASH_WALLET")).isEqualTo(3_750);
        Map<String, Object> recharge = imports.run(fx.admin, "recharges", "f-3", Sheets.money(cash(noOf(a), 1, 0, 1)));
        assertThat(rows(recharge)).as("recharge and refund versions are counted apart").containsExactly("2 ACCEPTED");
        imports.assertBooksClean(fx.admin);
    }

    private long withCard(long firstRechargeFen) {
        long id = fx.person(String.valueOf(5_000_000 + Fixtures.next()), "退款人", unit);
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

    private long count(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
