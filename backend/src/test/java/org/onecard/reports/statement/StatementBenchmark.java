package org.onecard.reports.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.reports.period.AccountingPeriods;
import org.onecard.reports.reconciliation.MerchantReconciliation;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * `make bench-statement`: the monthly statement of 50,000 cardholders over 2,000,000 transfers on a
 * throwaway MariaDB database (rows generated with multi-row INSERTs, three months of activity). Not a
 * test (the name matches no Surefire pattern, so `make test` never runs it); it fails only when the
 * statement does not balance. Results go to stdout and to target/bench-statement.txt.
 */
@MariaDbTest
class StatementBenchmark {

    private static final int CARDS = Integer.getInteger("bench.cards", 50_000);
    private static final int TRANSFERS = Integer.getInteger("bench.transfers", 2_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int ROWS_PER_INSERT = 2_000;
    private static final String[] CODES = {"RECHARGE_CASH", "CONSUMPTION", "SUBSIDY_GRANT", "CONSUMPTION_OFFLINE"};

    @Autowired
    DatabaseClient db;
    @Autowired
    MonthlyStatements statements;
    @Autowired
    AccountingPeriods periods;
    @Autowired
    MerchantReconciliation reconciliation;

    @Test
    void fiftyThousandCardsTwoMillionTransfers() throws IOException {
        YearMonth month = YearMonth.now().minusMonths(2);
        List<String> out = new ArrayList<>();
        out.add("MariaDB " + db.sql("SELECT VERSION() AS v").map(r -> r.get("v", String.class)).one().block()
                + ", " + CARDS + " cards, " + TRANSFERS + " transfers, month " + month);
        long start = System.nanoTime();
        long[] generated = generate(month);
        out.add(String.format("generate rows: %.1f s", (System.nanoTime() - start) / 1e9));

        List<Long> wholeRuns = new ArrayList<>();
        List<Long> pageRuns = new ArrayList<>();
        MonthlyStatements.Page whole = null;
        resetPeaks();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            whole = statements.whole(month, StatementScope.of(null, null)).block();
            wholeRuns.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            statements.page(month, StatementScope.of(null, null), 10, 50).block();
            pageRuns.add(System.nanoTime() - t1);
        }
        assertThat(whole.items()).hasSize(CARDS);
        assertThat(whole.totals().differenceFen()).isZero();
        assertThat(whole.items()).allSatisfy(line -> assertThat(line.figures().differenceFen()).isZero());
        // the stored closing is every wallet's balance less what came after the month, as generated
        assertThat(whole.totals().actualFen()).isEqualTo(generated[0] - generated[1]);
        out.add(line("whole statement (all cards, totals summed)", wholeRuns));
        out.add(line("one page of 50 with totals over all", pageRuns));

        // the steady state: the month before is closed, so only this month and after are read
        long c0 = System.nanoTime();
        periods.close(month.minusMonths(1), new Actor(ActorKind.OPERATOR, 1L, "bench")).block();
        out.add(String.format("close %s (every wallet checked, closings stored): %.2f s", month.minusMonths(1),
                (System.nanoTime() - c0) / 1e9));
        List<Long> closedWhole = new ArrayList<>();
        List<Long> closedPage = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            MonthlyStatements.Page again = statements.whole(month, StatementScope.of(null, null)).block();
            closedWhole.add(System.nanoTime() - t0);
            assertThat(again.openingFromClosedMonth()).isTrue();
            assertThat(again.totals()).isEqualTo(whole.totals());
            long t1 = System.nanoTime();
            statements.page(month, StatementScope.of(null, null), 10, 50).block();
            closedPage.add(System.nanoTime() - t1);
        }
        out.add(line("whole statement, previous month closed", closedWhole));
        out.add(line("one page of 50, previous month closed", closedPage));
        out.addAll(new IndexComparison(db, statements, reconciliation, month).run(RUNS * 2));
        out.add(String.format("peak heap (all pools): %.0f MB; income %d fen, expense %d fen, closing %d fen",
                peakHeap() / 1e6, whole.totals().incomeFen(), whole.totals().expenseFen(), whole.totals().closingFen()));
        out.forEach(System.out::println);
        Files.write(Path.of("target", "bench-statement.txt"), out);
    }

    /**
     * People, cards, two wallets each, counter-accounts; postings of two transfers over three months.
     * Answers the sum of the wallets' balances and what moved them after the month.
     */
    private long[] generate(YearMonth month) {
        exec("INSERT INTO org_unit (code, name, parent_id, created_at) VALUES ('B1', 'bench', NULL, CURRENT_TIMESTAMP)");
        long unit = id("SELECT id FROM org_unit WHERE code = 'B1'");
        insertRows("person (employee_no, name, org_unit_id, status, created_at)", CARDS,
                i -> "('B" + (1_000_000 + i) + "', 'p" + i + "', " + unit + ", 'ACTIVE', CURRENT_TIMESTAMP)");
        long firstPerson = id("SELECT MIN(id) FROM person WHERE employee_no LIKE 'B%'");
        insertRows("card (card_no, serial, active_serial, person_id, kind, status, issued_on, expires_on, deposit_fen,"
                + " cost_fen, created_at, lost_refunded)", CARDS, i -> "('C" + (1_000_000 + i) + "', 'S" + i + "', 'S"
                + i + "', " + (firstPerson + i) + ", 'USER', 'NORMAL', '2020-01-01', '2030-01-01', 0, 0,"
                + " CURRENT_TIMESTAMP, FALSE)");
        String counters = "(kind, unit, owner_type, owner_id, name, tracks_balance, balance, created_at)";
        exec("INSERT INTO ledger_account " + counters + " VALUES ('CASH_DRAWER', 'FEN', 'OPERATOR', 1, 'd', FALSE, 0,"
                + " CURRENT_TIMESTAMP), ('OUTLET_REVENUE', 'FEN', 'OUTLET', 1, 'o', FALSE, 0, CURRENT_TIMESTAMP),"
                + " ('SUBSIDY_FUND', 'FEN', 'SYSTEM', 0, 'f', FALSE, 0, CURRENT_TIMESTAMP)");
        long drawer = id("SELECT id FROM ledger_account WHERE kind = 'CASH_DRAWER'");
        long outlet = id("SELECT id FROM ledger_account WHERE kind = 'OUTLET_REVENUE'");
        long fund = id("SELECT id FROM ledger_account WHERE kind = 'SUBSIDY_FUND'");
        // wallets: cash of person i is firstWallet + 2i, subsidy firstWallet + 2i + 1; balances set at the end
        insertRows("ledger_account " + counters, 2 * CARDS, i -> "('" + (i % 2 == 0 ? "CASH_WALLET" : "SUBSIDY_WALLET")
                + "', 'FEN', 'PERSON', " + (firstPerson + i / 2) + ", 'w', TRUE, 0, CURRENT_TIMESTAMP)");
        long firstWallet = id("SELECT MIN(id) FROM ledger_account WHERE owner_type = 'PERSON'");
        int postings = TRANSFERS / 2;
        LocalDate from = month.minusMonths(1).atDay(1);
        int days = (int) (month.plusMonths(2).atDay(1).toEpochDay() - from.toEpochDay());
        insertRows("ledger_posting (idem_key, request_hash, status, result_code, occurred_at, received_at,"
                + " accounting_date, overdrawn)", postings, i -> "('b" + i + "', 'h', 'POSTED', 0, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, '" + from.plusDays(i % days) + "', FALSE)");
        long firstPosting = id("SELECT MIN(id) FROM ledger_posting WHERE idem_key LIKE 'b%'");
        long[] balances = new long[2 * CARDS];
        long[] afterMonth = {0};
        LocalDate next = month.plusMonths(1).atDay(1);
        insertRows("ledger_transfer (posting_id, accounting_date, seq, debit_account_id, credit_account_id, amount,"
                        + " code)", TRANSFERS,
                i -> {
                    int posting = i / 2;
                    int person = posting % CARDS;
                    int kind = (posting / CARDS) % CODES.length;
                    long fen = 100 + (i % 7) * 10;
                    int wallet = 2 * person + (kind >= 2 ? 1 : 0);
                    boolean credit = kind % 2 == 0;
                    long counter = kind == 0 ? drawer : kind == 2 ? fund : outlet;
                    balances[wallet] += credit ? fen : -fen;
                    LocalDate day = from.plusDays(posting % days);
                    if (!day.isBefore(next)) {
                        afterMonth[0] += credit ? fen : -fen;
                    }
                    long w = firstWallet + wallet;
                    return "(" + (firstPosting + posting) + ", '" + day + "', " + (i % 2 + 1) + ", "
                            + (credit ? counter : w) + ", "
                            + (credit ? w : counter) + ", " + fen + ", '" + CODES[kind] + "')";
                });
        for (int start = 0; start < balances.length; start += ROWS_PER_INSERT) {
            StringBuilder sql = new StringBuilder("UPDATE ledger_account SET balance = CASE id");
            int end = Math.min(balances.length, start + ROWS_PER_INSERT);
            for (int w = start; w < end; w++) {
                sql.append(" WHEN ").append(firstWallet + w).append(" THEN ").append(balances[w]);
            }
            exec(sql.append(" END WHERE id BETWEEN ").append(firstWallet + start).append(" AND ")
                    .append(firstWallet + end - 1).toString());
        }
        long total = 0;
        for (long b : balances) {
            total += b;
        }
        return new long[] {total, afterMonth[0]};
    }

    private void insertRows(String into, int count, IntFunction<String> row) {
        for (int start = 0; start < count; start += ROWS_PER_INSERT) {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(into).append(" VALUES ");
            for (int i = start; i < Math.min(count, start + ROWS_PER_INSERT); i++) {
                sql.append(i == start ? "" : ", ").append(row.apply(i));
            }
            exec(sql.toString());
        }
    }

    private void exec(String sql) {
        db.sql(sql).fetch().rowsUpdated().block();
    }

    private long id(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get(0)).longValue()).one().block();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String line(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format("%s: median %.2f s, best %.2f s (%d runs)", what, sorted.get(sorted.size() / 2) / 1e9,
                sorted.get(0) / 1e9, nanos.size());
    }
}
