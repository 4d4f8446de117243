package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Terminal daily debit/credit (终端日结): per registered terminal and accounting date, what its
 * postings took from card wallets (debit: purchases, recharges reversed) and put into them (credit:
 * recharges, corrections and reversals given back), from the ledger itself. Limited to the
 * operator's outlets like the terminal list.
 */
@Service
public class TerminalDaily {

    public record Line(LocalDate accountingDate, String terminalCode, int machineNo, String purpose, long outletId,
                       long debits, long debitFen, long credits, long creditFen) {

        public long netFen() {
            return Math.subtractExact(debitFen, creditFen);
        }
    }

    public record Report(ReportRange range, OutletChoice outlets, List<Line> lines, long debitFen, long creditFen) {
    }

    private static final String WALLETS = "('CASH_WALLET', 'SUBSIDY_WALLET')";
    private static final String SQL = "SELECT p.accounting_date AS acc_day, m.code, m.machine_no, m.purpose, m.outlet_id,"
            + " COUNT(DISTINCT CASE WHEN d.kind IN " + WALLETS + " THEN p.id END) AS debits,"
            + " SUM(CASE WHEN d.kind IN " + WALLETS + " THEN t.amount ELSE 0 END) AS debit_fen,"
            + " COUNT(DISTINCT CASE WHEN c.kind IN " + WALLETS + " THEN p.id END) AS credits,"
            + " SUM(CASE WHEN c.kind IN " + WALLETS + " THEN t.amount ELSE 0 END) AS credit_fen"
            + " FROM ledger_posting p JOIN terminal m ON m.code = p.terminal_id"
            + " JOIN ledger_transfer t ON t.posting_id = p.id"
            + " JOIN ledger_account d ON d.id = t.debit_account_id JOIN ledger_account c ON c.id = t.credit_account_id"
            + " WHERE p.accounting_date BETWEEN :from AND :to%s"
            + " GROUP BY p.accounting_date, m.code, m.machine_no, m.purpose, m.outlet_id"
            + " ORDER BY p.accounting_date, m.machine_no";

    private final DatabaseClient db;

    TerminalDaily(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Outcome<Report>> of(LocalDate from, LocalDate to, List<Long> outletIds, CurrentUser user) {
        Outcome<OutletReport> asked = OutletReport.of(from, to, outletIds, user);
        if (!(asked instanceof Outcome.Done<OutletReport> a)) {
            return Mono.just(((Outcome.Refused<OutletReport>) asked).cast());
        }
        ReportRange range = a.value().range();
        return lines(range, a.value().outlets()).map(lines -> Outcome.done(new Report(range, a.value().outlets(), lines,
                lines.stream().mapToLong(Line::debitFen).reduce(0, Math::addExact),
                lines.stream().mapToLong(Line::creditFen).reduce(0, Math::addExact))));
    }

    private Mono<List<Line>> lines(ReportRange range, OutletChoice outlets) {
        GenericExecuteSpec spec = db.sql(String.format(SQL, outlets.all() ? "" : " AND m.outlet_id IN (:outlets)"))
                .bind("from", range.from()).bind("to", range.to());
        if (!outlets.all()) {
            spec = spec.bind("outlets", outlets.outletIds());
        }
        return spec.map(r -> new Line(r.get("acc_day", LocalDate.class), r.get("code", String.class),
                ((Number) r.get("machine_no")).intValue(), r.get("purpose", String.class),
                ((Number) r.get("outlet_id")).longValue(), ((Number) r.get("debits")).longValue(),
                ((Number) r.get("debit_fen")).longValue(), ((Number) r.get("credits")).longValue(),
                ((Number) r.get("credit_fen")).longValue())).all().collectList();
    }
}
