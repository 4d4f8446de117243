package org.onecard.reports.details;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.onecard.ledger.domain.TransferCode;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Generated ledger rows for the details report, written with multi-row INSERTs and explicit ids (so
 * the expected order is known without reading back), and the rows the report should show, computed
 * here from what was generated: the hand-made expectation the tests compare with. One transfer per
 * posting. Used by {@link DetailsReportTests} and by {@link DetailsExportBenchmark}.
 */
final class DetailsData {

    /** What the report should show of one generated transfer; kind null: a code the report leaves out. */
    record Expected(long transferId, LocalDate day, DetailKind kind, String code, long personId, String deptCode,
                    String cardNo, Long outletId, String terminal, Long operatorId, Integer meal, long amountFen) {
    }

    /** The people: 0 and 1 in department P, 2 and 3 in its sub-department P01, 4 and 5 in Q. */
    static final int PEOPLE = 6;
    private static final int ROWS_PER_INSERT = 1_000;
    private static final String[] CODES = {"RECHARGE_CASH", "CONSUMPTION", "CONSUMPTION_SUPPLEMENT", "SUBSIDY_GRANT",
        "REFUND_CASH", "REISSUE_TRANSFER", "CONSUMPTION"};

    final String prefix;
    final long base;
    final long[] personIds = new long[PEOPLE];
    final String[] deptCodes = new String[PEOPLE];
    final String[] cardNos = new String[PEOPLE];
    final long[] cardIds = new long[PEOPLE];
    final long[] outletIds;
    final long operatorId;
    final List<Expected> rows = new ArrayList<>();
    private final long[] revenues;
    /** Whether to keep {@link #rows} (a benchmark of a million rows does not). */
    boolean keepExpected = true;
    /** How many generated rows the report shows (every kind, every day). */
    long shown;

    private final DatabaseClient db;

    /**
     * @param prefix  makes codes and numbers unique in the database (a test class may make several)
     * @param base    the first posting, transfer and account id: far above what the ledger hands out
     * @param outlets two existing outlets
     */
    DetailsData(DatabaseClient db, String prefix, long base, long[] outlets, long operatorId) {
        this.db = db;
        this.prefix = prefix;
        this.base = base;
        this.outletIds = outlets.clone();
        this.revenues = new long[outlets.length];
        this.operatorId = operatorId;
    }

    String deptP() {
        return prefix + "P";
    }

    /** People, departments, cards and accounts; then {@code count} postings over {@code days} days from {@code first}. */
    DetailsData generate(LocalDate first, int days, int count, long seed) {
        exec("INSERT INTO org_unit (code, name, parent_id, created_at) VALUES ('" + prefix + "P', '明细部', NULL,"
                + " CURRENT_TIMESTAMP), ('" + prefix + "Q', '其他部', NULL, CURRENT_TIMESTAMP)");
        long p = id("SELECT id FROM org_unit WHERE code = '" + prefix + "P'");
        long q = id("SELECT id FROM org_unit WHERE code = '" + prefix + "Q'");
        exec("INSERT INTO org_unit (code, name, parent_id, created_at) VALUES ('" + prefix + "P01', '明细分部', " + p
                + ", CURRENT_TIMESTAMP)");
        long p01 = id("SELECT id FROM org_unit WHERE code = '" + prefix + "P01'");
        long[] units = {p, p, p01, p01, q, q};
        String[] codes = {"P", "P", "P01", "P01", "Q", "Q"};
        for (int i = 0; i < PEOPLE; i++) {
            deptCodes[i] = prefix + codes[i];
            cardNos[i] = prefix + "C" + i;
            exec("INSERT INTO person (employee_no, name, org_unit_id, status, created_at) VALUES ('" + prefix + "E" + i
                    + "', '明细" + i + "', " + units[i] + ", 'ACTIVE', CURRENT_TIMESTAMP)");
            personIds[i] = id("SELECT id FROM person WHERE employee_no = '" + prefix + "E" + i + "'");
            exec("INSERT INTO card (card_no, serial, active_serial, person_id, kind, status, issued_on, expires_on,"
                    + " deposit_fen, cost_fen, created_at, lost_refunded) VALUES ('" + cardNos[i] + "', '" + prefix + "S"
                    + i + "', '" + prefix + "S" + i + "', " + personIds[i] + ", 'USER', 'NORMAL', '2020-01-01',"
                    + " '2040-01-01', 0, 0, CURRENT_TIMESTAMP, FALSE)");
            cardIds[i] = id("SELECT id FROM card WHERE card_no = '" + cardNos[i] + "'");
        }
        accounts();
        postings(first, days, count, seed);
        return this;
    }

    // accounts: base + 2i cash wallet of person i, base + 2i + 1 subsidy; then drawer, fund, hold
    private long cash(int person) {
        return base + 2L * person;
    }

    private long subsidy(int person) {
        return base + 2L * person + 1;
    }

    private long drawer() {
        return base + 2L * PEOPLE;
    }

    private long fund() {
        return drawer() + 1;
    }

    private long hold() {
        return drawer() + 2;
    }

    private long revenue(int outlet) {
        return revenues[outlet];
    }

    private void accounts() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            values.add(account(cash(i), "CASH_WALLET", "PERSON", personIds[i], true));
            values.add(account(subsidy(i), "SUBSIDY_WALLET", "PERSON", personIds[i], true));
        }
        values.add(account(drawer(), "CASH_DRAWER", "OPERATOR", operatorId, false));
        values.add(account(fund(), "SUBSIDY_FUND", "SYSTEM", base, false));
        values.add(account(hold(), "REISSUE_HOLD", "SYSTEM", base, false));
        exec("INSERT INTO ledger_account (id, kind, unit, owner_type, owner_id, name, tracks_balance, balance,"
                + " created_at) VALUES " + String.join(", ", values));
        // an outlet gets its revenue account when it is made
        for (int o = 0; o < outletIds.length; o++) {
            revenues[o] = id("SELECT id FROM ledger_account WHERE kind = 'OUTLET_REVENUE' AND owner_type = 'OUTLET'"
                    + " AND owner_id = " + outletIds[o]);
        }
    }

    private static String account(long id, String kind, String ownerType, long owner, boolean wallet) {
        return "(" + id + ", '" + kind + "', 'FEN', '" + ownerType + "', " + owner + ", 'd', " + wallet + ", 0,"
                + " CURRENT_TIMESTAMP)";
    }

    private void postings(LocalDate first, int days, int count, long seed) {
        Random random = new Random(seed);
        List<String> postings = new ArrayList<>(ROWS_PER_INSERT);
        List<String> transfers = new ArrayList<>(ROWS_PER_INSERT);
        List<String> consumptions = new ArrayList<>(ROWS_PER_INSERT);
        List<String> events = new ArrayList<>(ROWS_PER_INSERT);
        for (int i = 0; i < count; i++) {
            long id = base + i;
            int person = random.nextInt(PEOPLE);
            String code = CODES[random.nextInt(CODES.length)];
            LocalDate day = first.plusDays(random.nextInt(days));
            LocalDateTime at = day.atTime(6 + random.nextInt(14), random.nextInt(60), random.nextInt(60));
            long fen = 1 + random.nextInt(5_000);
            int outlet = random.nextInt(outletIds.length);
            Integer meal = random.nextInt(4) == 0 ? null : 1 + random.nextInt(3);
            boolean consumption = code.startsWith("CONSUMPTION");
            boolean byOperator = !"CONSUMPTION".equals(code);
            String terminal = consumption ? prefix + "T" + (1 + outlet) : null;
            long debit;
            long credit;
            boolean creditWallet;
            switch (code) {
                case "RECHARGE_CASH" -> { debit = drawer(); credit = cash(person); creditWallet = true; }
                case "SUBSIDY_GRANT" -> { debit = fund(); credit = subsidy(person); creditWallet = true; }
                case "REFUND_CASH" -> { debit = cash(person); credit = drawer(); creditWallet = false; }
                case "REISSUE_TRANSFER" -> { debit = cash(person); credit = hold(); creditWallet = false; }
                default -> { debit = cash(person); credit = revenue(outlet); creditWallet = false; }
            }
            long balance = random.nextInt(100_000);
            postings.add("(" + id + ", '" + prefix + "k" + i + "', 'h', 'POSTED', 0, " + (byOperator ? operatorId : "NULL")
                    + ", " + (terminal == null ? "NULL" : "'" + terminal + "'") + ", '" + at + "', '" + at + "', '" + day
                    + "', FALSE, NULL)");
            transfers.add("(" + id + ", " + id + ", '" + day + "', 1, " + debit + ", " + credit + ", " + fen + ", '" + code + "', "
                    + (creditWallet ? "NULL, " + balance : balance + ", NULL") + ")");
            boolean card = !"SUBSIDY_GRANT".equals(code) && !"REISSUE_TRANSFER".equals(code);
            if (consumption) {
                consumptions.add("(" + id + ", " + personIds[person] + ", " + cardIds[person] + ", " + outletIds[outlet]
                        + ", '" + terminal + "', '" + ("CONSUMPTION".equals(code) ? "ONLINE" : "SUPPLEMENT") + "', " + fen
                        + ", " + fen + ", 0, 'CASH_THEN_SUBSIDY', '" + at + "', '" + day + "', " + meal + ", "
                        + (byOperator ? operatorId : "NULL") + ")");
            } else if (card) {
                events.add("(" + cardIds[person] + ", '" + ("RECHARGE_CASH".equals(code) ? "RECHARGE" : "REFUND") + "', "
                        + operatorId + ", '" + at + "', " + id + ")");
            }
            if (DetailKind.of(TransferCode.valueOf(code)).isPresent()) {
                shown++;
            }
            if (keepExpected) {
                rows.add(new Expected(id, day, DetailKind.of(TransferCode.valueOf(code)).orElse(null), code,
                        personIds[person], deptCodes[person], card ? cardNos[person] : null,
                        consumption ? outletIds[outlet] : null, terminal, byOperator ? operatorId : null,
                        consumption ? meal : null, creditWallet ? fen : -fen));
            }
            if (postings.size() == ROWS_PER_INSERT || i == count - 1) {
                flush(postings, transfers, consumptions, events);
            }
        }
    }

    private void flush(List<String> postings, List<String> transfers, List<String> consumptions, List<String> events) {
        insert("ledger_posting (id, idem_key, request_hash, status, result_code, operator_id, terminal_id, occurred_at,"
                + " received_at, accounting_date, overdrawn, note)", postings);
        insert("ledger_transfer (id, posting_id, accounting_date, seq, debit_account_id, credit_account_id, amount, code,"
                + " debit_balance_after, credit_balance_after)", transfers);
        insert("consumption (posting_id, person_id, card_id, outlet_id, terminal_no, kind, amount_fen, cash_fen,"
                + " subsidy_fen, deduction_order, occurred_at, accounting_date, meal_period_id, operator_id)", consumptions);
        insert("card_event (card_id, kind, operator_id, occurred_at, posting_id)", events);
    }

    private void insert(String into, List<String> values) {
        if (!values.isEmpty()) {
            exec("INSERT INTO " + into + " VALUES " + String.join(", ", values));
            values.clear();
        }
    }

    private void exec(String sql) {
        db.sql(sql).fetch().rowsUpdated().block();
    }

    private long id(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get(0)).longValue()).one().block();
    }
}
