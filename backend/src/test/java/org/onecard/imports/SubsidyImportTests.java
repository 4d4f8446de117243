package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.imports.ImportClient.rows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.excel.cardcentre.SubsidyMode;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * With a subsidy registrar installed (as the subsidy module will provide), the subsidy columns go
 * to it inside the import's transaction; a failure there rolls the whole file back, cash included.
 */
@MariaDbTest
class SubsidyImportTests {

    /** Subsidies of 6.66 yuan fail, standing for a crash in the middle of applying a file. */
    static final long FAILING_FEN = 666;

    record Call(long personId, long amountFen, SubsidyMode mode, Optional<LocalDate> expiry, String key) {
    }

    static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Registrar {
        @Bean
        @org.springframework.context.annotation.Primary
        SubsidyRegistrar testSubsidies(DatabaseClient db) {
            return (personId, amountFen, mode, expiry, key, operatorId) -> {
                if (amountFen == FAILING_FEN) {
                    return Mono.error(new IllegalStateException("the subsidy store failed"));
                }
                // a write of its own, to show it lands (or not) with the import's transaction
                return db.sql("INSERT INTO request_key (idem_key, created_at) VALUES (:key, :at)")
                        .bind("key", key).bind("at", LocalDateTime.now()).then()
                        .doOnSuccess(v -> CALLS.add(new Call(personId, amountFen, mode, expiry, key)));
            };
        }
    }

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
        unit = fx.department("0" + Fixtures.next() % 90, "补贴部" + Fixtures.next());
        CALLS.clear();
    }

    @Test
    void subsidyColumnsReachTheRegistrarOnceWithTheRowsKey() {
        long a = withCard();
        long b = withCard();
        byte[] file = Sheets.money(
                new Object[] {null, noOf(a), null, null, 5, 12.345, "清零", LocalDate.of(2027, 6, 30), 3},
                new Object[] {null, noOf(b), null, null, 0, 8, "1", null, 3});

        Map<String, Object> job = imports.run(fx.admin, "recharges", "sub-1", file);

        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 ACCEPTED");
        assertThat(CALLS).containsExactlyInAnyOrder(
                new Call(a, 1_235, SubsidyMode.RESET, Optional.of(LocalDate.of(2027, 6, 30)),
                        "import:recharge:" + a + ":3:subsidy"),
                new Call(b, 800, SubsidyMode.CUMULATIVE, Optional.empty(), "import:recharge:" + b + ":3:subsidy"));
        assertThat(imports.balance(a, "CASH_WALLET")).isEqualTo(500);
        assertThat(imports.balance(b, "CASH_WALLET")).as("subsidy only: no cash posting").isZero();
        assertThat(version(b)).isEqualTo(3);
        imports.assertBooksClean(fx.admin);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailureMidwayLeavesNothingPartial() {
        long a = withCard();
        long b = withCard();
        long c = withCard();
        byte[] file = Sheets.money(cash(a, 10, 1), cash(b, 20, 6.66), cash(c, 30, 0));

        Map<String, Object> job = imports.run(fx.admin, "recharges", "crash-1", file);

        assertThat(job).containsEntry("state", "FAILED");
        assertThat((Map<String, Object>) job.get("failure")).containsEntry("code", 9000);
        assertThat(ImportClient.outcome(job)).isEqualTo("NOTHING_APPLIED");
        assertThat(imports.cashBalances(List.of(a, b, c)).values()).containsOnly(0L);
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key LIKE 'import:%'")).isZero();
        assertThat(count("SELECT COUNT(*) AS n FROM import_version WHERE person_id IN (" + a + "," + b + "," + c + ")"))
                .isZero();
        assertThat(count("SELECT COUNT(*) AS n FROM request_key WHERE idem_key LIKE 'import:%'"))
                .as("the registrar's own write for row 2 rolled back with the file").isZero();
        imports.assertBooksClean(fx.admin);

        Map<String, Object> fixed = imports.run(fx.admin, "recharges", "crash-2",
                Sheets.money(cash(a, 10, 1), cash(b, 20, 2), cash(c, 30, 0)));
        assertThat(rows(fixed)).containsExactly("2 ACCEPTED", "3 ACCEPTED", "4 ACCEPTED");
        assertThat(imports.cashBalances(List.of(a, b, c))).containsEntry(a, 1_000L).containsEntry(b, 2_000L)
                .containsEntry(c, 3_000L);
        imports.assertBooksClean(fx.admin);
    }

    private Object[] cash(long person, Object cash, Object subsidy) {
        return Sheets.cash(noOf(person), cash, subsidy, 1);
    }

    private long withCard() {
        long id = fx.person(String.valueOf(6_000_000 + Fixtures.next()), "补贴人", unit);
        fx.card(id, 0);
        return id;
    }

    private String noOf(long personId) {
        return db.sql("SELECT employee_no FROM person WHERE id = :id").bind("id", personId)
                .map(r -> r.get("employee_no", String.class)).one().block();
    }

    private long version(long personId) {
        return count("SELECT last_version AS n FROM import_version WHERE kind = 'RECHARGE' AND person_id = " + personId);
    }

    private long count(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
