package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.excel.TestWorkbook;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * `make bench-import`: 10,000-row imports over HTTP on a throwaway MariaDB database with durable
 * commits, the median of several runs. Not a test (the name matches no Surefire pattern, so
 * `make test` never runs it); it fails only when an import does not finish cleanly. Results go
 * to stdout and to target/bench-import.txt.
 */
@MariaDbTest
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int PEOPLE_RUNS = Integer.getInteger("bench.people-runs", 3);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore peopleStore;
    @Autowired
    DatabaseClient db;

    @Test
    void tenThousandRowImports() throws IOException {
        Fixtures fx = new Fixtures(web, operators, peopleStore, db);
        ImportClient imports = new ImportClient(web, db);
        fx.department("01", "基准部");
        List<String> out = new ArrayList<>();
        out.add("MariaDB " + scalar("SELECT VERSION() AS v") + ", innodb_flush_log_at_trx_commit="
                + scalar("SELECT @@innodb_flush_log_at_trx_commit AS v") + ", " + ROWS + " rows per file");

        List<Long> people = new ArrayList<>();
        for (int run = 0; run < PEOPLE_RUNS; run++) {
            int base = 10_000_000 * (run + 1);
            byte[] file = peopleFile(base);
            long start = System.nanoTime();
            Map<String, Object> job = imports.run(fx.admin, "people", null, file);
            people.add(System.nanoTime() - start);
            assertThat(ImportClient.totals(job)).containsEntry("applied", ROWS);
        }
        out.add(line("people import", people));

        issueCards();
        List<Long> recharges = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            byte[] file = rechargeFile(run);
            long start = System.nanoTime();
            Map<String, Object> job = imports.run(fx.admin, "recharges", "bench-" + run, file);
            recharges.add(System.nanoTime() - start);
            assertThat(ImportClient.totals(job)).containsEntry("applied", ROWS);
        }
        out.add(line("recharge import", recharges));
        imports.assertBooksClean(fx.admin);

        out.forEach(System.out::println);
        Files.write(Path.of("target", "bench-import.txt"), out);
    }

    private byte[] peopleFile(int base) {
        TestWorkbook book = TestWorkbook.streamingXlsx().row("工号", "姓名", "部门");
        for (int i = 1; i <= ROWS; i++) {
            book.row(String.valueOf(base + i), "员工" + i, "基准部");
        }
        return book.bytes();
    }

    private byte[] rechargeFile(int version) {
        TestWorkbook book = TestWorkbook.streamingXlsx().row(Sheets.MONEY_HEADER);
        for (int i = 1; i <= ROWS; i++) {
            book.row(null, String.valueOf(10_000_000 + i), "员工" + i, null, 1.5, null, null, null, version);
        }
        return book.bytes();
    }

    /** Cards for the first file's people, written directly: setting up is not what is measured. */
    private void issueCards() {
        LocalDateTime now = LocalDateTime.now();
        List<Long> ids = db.sql("SELECT id FROM person WHERE employee_no_num BETWEEN 10000001 AND :last ORDER BY id")
                .bind("last", 10_000_000 + ROWS).map(r -> r.get("id", Long.class)).all().collectList().block();
        for (int from = 0; from < ids.size(); from += 500) {
            StringBuilder sql = new StringBuilder("INSERT INTO card (card_no, serial, active_serial, person_id, kind,"
                    + " status, issued_on, expires_on, deposit_fen, cost_fen, created_at, card_type_id, lost_refunded,"
                    + " status_changed_at) VALUES ");
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            for (int i = 0; i < chunk.size(); i++) {
                long id = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("('B").append(id).append("', 'BS").append(id).append("', 'BS")
                        .append(id).append("', ").append(id).append(", 'USER', 'NORMAL', :on, :until, 0, 0, :at, 1,"
                                + " FALSE, :at)");
            }
            db.sql(sql.toString()).bind("on", LocalDate.now()).bind("until", LocalDate.now().plusYears(10))
                    .bind("at", now).then().block();
        }
    }

    private static String line(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        double medianS = sorted.get(sorted.size() / 2) / 1e9;
        return String.format("%s: median %.2f s over %d runs (%s), %.0f rows/s", what, medianS, nanos.size(),
                String.join(", ", nanos.stream().map(n -> String.format("%.2f s", n / 1e9)).toList()), ROWS / medianS);
    }

    private String scalar(String sql) {
        return String.valueOf(db.sql(sql).map(r -> r.get("v")).one().block());
    }
}
