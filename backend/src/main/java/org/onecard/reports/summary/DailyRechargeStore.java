package org.onecard.reports.summary;

import java.time.LocalDate;
import org.onecard.payments.PaymentCredit;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The SQL of the daily recharge summary: recharge and cash refund transfers of a date range (on V28's
 * posting date index), grouped by transfer code and the kinds of the two accounts, with the payment
 * order's channel for online recharges, the gateway clearing account a refund went to or came back from,
 * and whether the posting was made at a terminal (a cashier machine's cash-out).
 */
@Repository
class DailyRechargeStore {

    /** One group; the account kinds tell whether the money went into a wallet or out of one. */
    record Group(LocalDate day, String code, String debitKind, String creditKind, String gateway,
                 PaymentChannel clearing, boolean atTerminal, long count, long amountFen) {

        Group(LocalDate day, String code, String debitKind, String creditKind, String gateway, long count,
              long amountFen) {
            this(day, code, debitKind, creditKind, gateway, null, false, count, amountFen);
        }
    }

    private static final String CLEARING_OWNER = "CASE WHEN c.kind = 'GATEWAY_CLEARING' THEN c.owner_id"
            + " WHEN d.kind = 'GATEWAY_CLEARING' THEN d.owner_id ELSE 0 END";
    private static final String AT_TERMINAL = "CASE WHEN p.terminal_id IS NULL THEN 0 ELSE 1 END";

    private static final String SQL = "SELECT p.accounting_date AS acc_day, t.code, d.kind AS debit_kind,"
            + " c.kind AS credit_kind, o.channel AS gateway, " + CLEARING_OWNER + " AS clearing_owner, " + AT_TERMINAL
            + " AS at_terminal, COUNT(*) AS n, SUM(t.amount) AS amount"
            + " FROM ledger_posting p JOIN ledger_transfer t ON t.posting_id = p.id"
            + " JOIN ledger_account d ON d.id = t.debit_account_id JOIN ledger_account c ON c.id = t.credit_account_id"
            + " LEFT JOIN payment_order o ON o.posting_id = p.id AND t.code = 'RECHARGE_GATEWAY'"
            + " WHERE p.accounting_date BETWEEN :from AND :to AND t.code IN ('RECHARGE_CASH', 'RECHARGE_BATCH',"
            + " 'RECHARGE_CASHIER', 'RECHARGE_POS', 'RECHARGE_GATEWAY', 'RECHARGE_BONUS', 'REVERSAL', 'REFUND_CASH')"
            + " GROUP BY p.accounting_date, t.code, d.kind, c.kind, o.channel, " + CLEARING_OWNER + ", " + AT_TERMINAL;

    private final DatabaseClient db;

    DailyRechargeStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<Group> groups(ReportRange range) {
        return db.sql(SQL).bind("from", range.from()).bind("to", range.to())
                .map(r -> new Group(r.get("acc_day", LocalDate.class), r.get("code", String.class),
                        r.get("debit_kind", String.class), r.get("credit_kind", String.class),
                        r.get("gateway", String.class),
                        PaymentCredit.channelOfClearing(((Number) r.get("clearing_owner")).longValue()).orElse(null),
                        ((Number) r.get("at_terminal")).intValue() == 1, ((Number) r.get("n")).longValue(),
                        ((Number) r.get("amount")).longValue()))
                .all();
    }
}
