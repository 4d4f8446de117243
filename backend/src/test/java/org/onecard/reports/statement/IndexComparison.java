package org.onecard.reports.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.reports.reconciliation.MerchantReconciliation;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The account indexes of V33 (account, id, date, …) against V41's (account, date, …), side by side on the
 * same data in one run: both exist, and MariaDB is told to ignore one of them at a time (IGNORED indexes,
 * 10.6+). Timed: the statement with the previous month closed (reads the open months), and the merchant
 * reconciliation of one day (reads one day of the outlet's revenue), through the application's own code.
 */
final class IndexComparison {

    private static final String[] SIDES = {"credit", "debit"};

    private final DatabaseClient db;
    private final MonthlyStatements statements;
    private final MerchantReconciliation reconciliation;
    private final YearMonth month;

    IndexComparison(DatabaseClient db, MonthlyStatements statements, MerchantReconciliation reconciliation,
                    YearMonth month) {
        this.db = db;
        this.statements = statements;
        this.reconciliation = reconciliation;
        this.month = month;
    }

    List<String> run(int runs) {
        prepare();
        CurrentUser admin = new CurrentUser(PrincipalKind.OPERATOR, 1, "bench", Set.of(), Set.of(), Set.of());
        LocalDate day = month.atDay(15);
        List<List<Long>> statement = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Long>> recon = List.of(new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (int v = 0; v < 2; v++) {
                use(v == 0 ? "day" : "date", v == 0 ? "date" : "day");
                long t0 = System.nanoTime();
                statements.whole(month, StatementScope.of(null, null)).block();
                statement.get(v).add(System.nanoTime() - t0);
                long t1 = System.nanoTime();
                Outcome<MerchantReconciliation.Report> r = reconciliation.of(day, day, null, null, admin).block();
                recon.get(v).add(System.nanoTime() - t1);
                if (!(r instanceof Outcome.Done<MerchantReconciliation.Report> done) || done.value().lines().isEmpty()) {
                    throw new IllegalStateException("the reconciliation read nothing: " + r);
                }
            }
        }
        use("date", "day");
        db.sql("DROP INDEX ix_v33_credit_day ON ledger_transfer").then().block();
        db.sql("DROP INDEX ix_v33_debit_day ON ledger_transfer").then().block();
        return List.of("account indexes side by side, alternated (V33 account, id, date vs V41 account, date):",
                compare("  whole statement, previous month closed", statement),
                compare("  merchant reconciliation of " + day, recon));
    }

    /** An outlet for the generated revenue account, and V33's indexes beside V41's. */
    private void prepare() {
        exec("INSERT INTO merchant (name, created_at) VALUES ('bench', CURRENT_TIMESTAMP)");
        exec("INSERT INTO outlet (merchant_id, name, created_at) SELECT MAX(id), 'bench', CURRENT_TIMESTAMP FROM merchant");
        exec("UPDATE ledger_account SET owner_id = (SELECT MAX(id) FROM outlet) WHERE kind = 'OUTLET_REVENUE'");
        for (String side : SIDES) {
            exec("CREATE INDEX ix_v33_" + side + "_day ON ledger_transfer (" + side
                    + "_account_id, id, accounting_date, code, amount)");
        }
    }

    /** {@code visible}: "day" (V33's shape) or "date" (V41's); the other is ignored by the optimiser. */
    private void use(String visible, String ignored) {
        for (String side : SIDES) {
            exec("ALTER TABLE ledger_transfer ALTER INDEX " + name(side, visible) + " NOT IGNORED");
            exec("ALTER TABLE ledger_transfer ALTER INDEX " + name(side, ignored) + " IGNORED");
        }
    }

    private static String name(String side, String shape) {
        return shape.equals("day") ? "ix_v33_" + side + "_day" : "ix_rpt_transfer_" + side + "_date";
    }

    private void exec(String sql) {
        db.sql(sql).fetch().rowsUpdated().block();
    }

    private static String compare(String what, List<List<Long>> runs) {
        double before = median(runs.get(0));
        double after = median(runs.get(1));
        return String.format("%s: V33 median %.3f s, V41 median %.3f s (%.1fx; %d runs each)", what, before / 1e9,
                after / 1e9, before / after, runs.get(0).size());
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
