package org.onecard.ledger.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.domain.Unit;
import org.onecard.ledger.verify.VerifyReport.Discrepancy;
import org.onecard.ledger.verify.VerifyReport.UnitTotal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Proves the books: every transfer is well formed and belongs to a booked posting, on that
 * posting's accounting date (the statement sums transfers by it), every wallet's stored balance
 * equals the sum of its transfers, no wallet is below zero without an overdraft flag, and all
 * balances of one unit sum to zero.
 */
@Component
public class LedgerVerifier {

    /** Put a limit on everything: a broken database must not produce an unbounded report. */
    static final int MAX_DISCREPANCIES_PER_CHECK = 100;

    private static final String COMPUTED = "(SELECT COALESCE(SUM(c.amount), 0) FROM ledger_transfer c"
            + " WHERE c.credit_account_id = a.id) - (SELECT COALESCE(SUM(d.amount), 0) FROM ledger_transfer d"
            + " WHERE d.debit_account_id = a.id)";

    private final DatabaseClient db;
    private final BusinessClock clock;
    private final AtomicReference<VerifyReport> last = new AtomicReference<>();

    public LedgerVerifier(DatabaseClient db, BusinessClock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<VerifyReport> verify() {
        return Mono.zip(count("ledger_transfer"), count("ledger_account"), totals(),
                        Flux.concat(badTransfers(), balanceMismatches(), negativeWallets(), emptyPostings()).collectList())
                .map(t -> {
                    List<Discrepancy> found = new ArrayList<>(t.getT4());
                    for (UnitTotal total : t.getT3()) {
                        if (total.sum() != 0) {
                            found.add(new Discrepancy("UNBALANCED_UNIT", null, null,
                                    "all " + total.unit() + " balances sum to " + total.sum() + ", not 0"));
                        }
                    }
                    return new VerifyReport(found.isEmpty(), clock.now(), t.getT1(), t.getT2(), t.getT3(), found);
                })
                .doOnNext(last::set);
    }

    /** The report of this server's latest run (HTTP, scheduled), if any has finished. */
    public Optional<VerifyReport> last() {
        return Optional.ofNullable(last.get());
    }

    private Mono<Long> count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table)
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private Flux<Discrepancy> badTransfers() {
        return db.sql("SELECT t.id, t.amount, t.debit_account_id, t.credit_account_id, da.unit AS du, ca.unit AS cu,"
                        + " p.status, t.accounting_date AS tday, p.accounting_date AS pday FROM ledger_transfer t"
                        + " JOIN ledger_account da ON da.id = t.debit_account_id"
                        + " JOIN ledger_account ca ON ca.id = t.credit_account_id"
                        + " JOIN ledger_posting p ON p.id = t.posting_id"
                        + " WHERE t.amount <= 0 OR t.debit_account_id = t.credit_account_id OR da.unit <> ca.unit"
                        + " OR p.status <> 'POSTED' OR t.accounting_date <> p.accounting_date")
                .map(row -> new Discrepancy("BAD_TRANSFER", null, row.get("id", Long.class),
                        "transfer " + row.get("id", Long.class) + ": amount " + row.get("amount", Long.class)
                                + " from " + row.get("debit_account_id", Long.class) + " (" + row.get("du", String.class)
                                + ") to " + row.get("credit_account_id", Long.class) + " (" + row.get("cu", String.class)
                                + ") on " + row.get("tday", LocalDate.class) + " in a " + row.get("status", String.class)
                                + " posting of " + row.get("pday", LocalDate.class)))
                .all().take(MAX_DISCREPANCIES_PER_CHECK);
    }

    private Flux<Discrepancy> balanceMismatches() {
        return db.sql("SELECT a.id, a.balance, " + COMPUTED + " AS computed FROM ledger_account a"
                        + " WHERE a.tracks_balance = :tracked AND a.balance <> " + COMPUTED)
                .bind("tracked", true)
                .map(row -> new Discrepancy("BALANCE_MISMATCH", row.get("id", Long.class), null,
                        "account " + row.get("id", Long.class) + " stores " + row.get("balance", Long.class)
                                + " but its transfers sum to " + ((Number) row.get("computed")).longValue()))
                .all().take(MAX_DISCREPANCIES_PER_CHECK);
    }

    private Flux<Discrepancy> negativeWallets() {
        return db.sql("SELECT a.id, a.balance FROM ledger_account a WHERE a.tracks_balance = :tracked AND a.balance < 0"
                        + " AND NOT EXISTS (SELECT 1 FROM ledger_transfer t JOIN ledger_posting p ON p.id = t.posting_id"
                        + " WHERE p.overdrawn = :tracked AND t.debit_account_id = a.id)")
                .bind("tracked", true)
                .map(row -> new Discrepancy("NEGATIVE_WALLET", row.get("id", Long.class), null,
                        "wallet " + row.get("id", Long.class) + " is at " + row.get("balance", Long.class)
                                + " with no overdrawn posting to explain it"))
                .all().take(MAX_DISCREPANCIES_PER_CHECK);
    }

    private Flux<Discrepancy> emptyPostings() {
        return db.sql("SELECT p.id FROM ledger_posting p WHERE p.status = 'POSTED'"
                        + " AND NOT EXISTS (SELECT 1 FROM ledger_transfer t WHERE t.posting_id = p.id)")
                .map(row -> new Discrepancy("EMPTY_POSTING", null, null,
                        "posting " + row.get("id", Long.class) + " is booked but has no transfers"))
                .all().take(MAX_DISCREPANCIES_PER_CHECK);
    }

    /** Wallets by their stored balance, counter-accounts by the sum of their transfers. */
    private Mono<List<UnitTotal>> totals() {
        Flux<Map.Entry<String, Long>> wallets = db.sql("SELECT unit, SUM(balance) AS s FROM ledger_account"
                        + " WHERE tracks_balance = :tracked GROUP BY unit")
                .bind("tracked", true)
                .map(row -> Map.entry(row.get("unit", String.class), ((Number) row.get("s")).longValue())).all();
        Flux<Map.Entry<String, Long>> credits = counterSums("credit_account_id", 1);
        Flux<Map.Entry<String, Long>> debits = counterSums("debit_account_id", -1);
        return Flux.concat(wallets, credits, debits)
                .collect(() -> initialTotals(), (m, e) -> m.merge(e.getKey(), e.getValue(), Math::addExact))
                .map(m -> m.entrySet().stream().map(e -> new UnitTotal(e.getKey(), e.getValue())).toList());
    }

    private Flux<Map.Entry<String, Long>> counterSums(String side, int sign) {
        return db.sql("SELECT a.unit, SUM(t.amount) AS s FROM ledger_transfer t JOIN ledger_account a ON a.id = t." + side
                        + " WHERE a.tracks_balance = :tracked GROUP BY a.unit")
                .bind("tracked", false)
                .map(row -> Map.entry(row.get("unit", String.class), sign * ((Number) row.get("s")).longValue())).all();
    }

    private static Map<String, Long> initialTotals() {
        Map<String, Long> totals = new TreeMap<>();
        for (Unit unit : Unit.values()) {
            totals.put(unit.name(), 0L);
        }
        return totals;
    }
}
