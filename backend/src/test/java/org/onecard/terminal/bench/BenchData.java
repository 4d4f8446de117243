package org.onecard.terminal.bench;

import static org.onecard.people.ApiCalls.id;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerBatches.BatchOutcome;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.people.ApiCalls;
import org.onecard.people.Person;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.bench.LoadGenerator.BenchTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.tools.TerminalMessages;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The bench's world: outlets and terminals through the HTTP API (each terminal gets its own key),
 * card holders and cards by bulk SQL, and their money through the ledger's batch posting, so the
 * books stay provable. An all-day meal period and cards without a card type (no limits) let
 * every purchase be approved.
 */
final class BenchData {

    /** Field 2 is BCD: card serials are digits. */
    static final long FIRST_SERIAL = 620_000_000_000L;
    static final long BALANCE_FEN = 500_000;
    private static final int CHUNK = 1_000;
    private static final int BATCH = 5_000;

    record World(List<BenchTerminal> terminals, List<String> cards, List<Long> outlets) {
    }

    private final WebTestClient web;
    private final Operators operators;
    private final PeopleStore people;
    private final DatabaseClient db;
    private final LedgerBatches batches;
    private final StandardAccounts accounts;
    private final MealPeriods meals;

    BenchData(WebTestClient web, Operators operators, PeopleStore people, DatabaseClient db, LedgerBatches batches,
              StandardAccounts accounts, MealPeriods meals) {
        this.web = web;
        this.operators = operators;
        this.people = people;
        this.db = db;
        this.batches = batches;
        this.accounts = accounts;
        this.meals = meals;
    }

    World create(int terminalCount, int cardCount, int outletCount) throws Exception {
        TerminalFixture.allDayMeal(meals);
        ApiCalls admin = ApiCalls.as(web, operators, Roles.ADMIN);
        long merchant = id(admin.created("/api/merchants", Map.of("name", "基准商户")));
        List<Long> outlets = new ArrayList<>();
        for (int i = 1; i <= outletCount; i++) {
            outlets.add(id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", "基准食堂" + i,
                    "kind", "CANTEEN"))));
        }
        List<BenchTerminal> terminals = terminals(admin, terminalCount, outlets);
        List<Long> persons = persons(cardCount);
        List<String> cards = cards(persons);
        fund(persons);
        return new World(terminals, cards, outlets);
    }

    /** Registered over HTTP, four at a time; the key is in the answer, as an operator would see it once. */
    private List<BenchTerminal> terminals(ApiCalls admin, int count, List<Long> outlets) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BenchTerminal>> created = new ArrayList<>();
            for (int machineNo = 1; machineNo <= count; machineNo++) {
                int no = machineNo;
                long outlet = outlets.get((no - 1) % outlets.size());
                created.add(pool.submit(() -> terminal(admin, no, outlet)));
            }
            List<BenchTerminal> terminals = new ArrayList<>();
            for (Future<BenchTerminal> f : created) {
                terminals.add(f.get());
            }
            return terminals;
        } finally {
            pool.shutdown();
        }
    }

    private static BenchTerminal terminal(ApiCalls admin, int machineNo, long outlet) {
        Map<String, Object> r = new HashMap<>();
        r.put("machineNo", machineNo);
        r.put("serial", "BENCH-" + machineNo);
        r.put("model", "BENCH");
        r.put("purpose", "CONSUMPTION");
        r.put("outletId", outlet);
        r.put("mode", "FREE_AMOUNT");
        String key = (String) admin.created("/api/terminals", r).get("macKey");
        return new BenchTerminal(TerminalMessages.terminalCode(Integer.toString(machineNo)), "BENCH-" + machineNo,
                HexFormat.of().parseHex(key), outlet);
    }

    private List<Long> persons(int count) {
        long unit = people.insertOrgUnit("BENCH", "基准部", null).block();
        LocalDateTime now = LocalDateTime.now();
        for (int from = 0; from < count; from += CHUNK) {
            StringBuilder sql = new StringBuilder("INSERT INTO person (employee_no, employee_no_num, name, org_unit_id,"
                    + " status, created_at) VALUES ");
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                long no = 90_000_000L + i;
                sql.append(i == from ? "" : ", ").append("('").append(no).append("', ").append(no)
                        .append(", '持卡人', :unit, :status, :at)");
            }
            db.sql(sql.toString()).bind("unit", unit).bind("status", Person.ACTIVE).bind("at", now).then().block();
        }
        return db.sql("SELECT id FROM person WHERE employee_no_num >= 90000000 ORDER BY id")
                .map(r -> r.get("id", Long.class)).all().collectList().block();
    }

    /** One card per person, serial 620000000000 + i, no card type (so no limits), valid for a year. */
    private List<String> cards(List<Long> persons) {
        LocalDateTime now = LocalDateTime.now();
        List<String> serials = new ArrayList<>();
        for (int from = 0; from < persons.size(); from += CHUNK) {
            StringBuilder sql = new StringBuilder("INSERT INTO card (card_no, serial, active_serial, person_id, kind,"
                    + " status, issued_on, expires_on, deposit_fen, cost_fen, created_at, lost_refunded,"
                    + " status_changed_at) VALUES ");
            for (int i = from; i < Math.min(persons.size(), from + CHUNK); i++) {
                String serial = Long.toString(FIRST_SERIAL + i);
                serials.add(serial);
                sql.append(i == from ? "" : ", ").append("('B").append(serial).append("', '").append(serial)
                        .append("', '").append(serial).append("', ").append(persons.get(i))
                        .append(", 'USER', 'NORMAL', :on, :until, 0, 0, :at, FALSE, :at)");
            }
            db.sql(sql.toString()).bind("on", LocalDate.now()).bind("until", LocalDate.now().plusYears(1))
                    .bind("at", now).then().block();
        }
        return serials;
    }

    /** Opens both wallets by bulk insert, then tops up every cash wallet through the ledger, 5,000 postings a batch. */
    private void fund(List<Long> persons) {
        LocalDateTime now = LocalDateTime.now();
        for (String kind : List.of("CASH_WALLET", "SUBSIDY_WALLET")) {
            for (int from = 0; from < persons.size(); from += CHUNK) {
                StringBuilder sql = new StringBuilder("INSERT INTO ledger_account (kind, unit, owner_type, owner_id,"
                        + " name, tracks_balance, balance, created_at) VALUES ");
                for (int i = from; i < Math.min(persons.size(), from + CHUNK); i++) {
                    sql.append(i == from ? "" : ", ").append("('").append(kind).append("', 'FEN', 'PERSON', ")
                            .append(persons.get(i)).append(", 'wallet', TRUE, 0, :at)");
                }
                db.sql(sql.toString()).bind("at", now).then().block();
            }
        }
        Map<Long, Long> cash = new HashMap<>();
        db.sql("SELECT id, owner_id FROM ledger_account WHERE kind = 'CASH_WALLET' AND owner_type = 'PERSON'")
                .map(r -> Map.entry(r.get("owner_id", Long.class), r.get("id", Long.class))).all()
                .doOnNext(e -> cash.put(e.getKey(), e.getValue())).then().block();
        long drawer = accounts.cashDrawer(1).block();
        for (int from = 0; from < persons.size(); from += BATCH) {
            List<PostingRequest> postings = new ArrayList<>();
            for (long person : persons.subList(from, Math.min(persons.size(), from + BATCH))) {
                postings.add(PostingRequest.of("bench-topup-" + person, null,
                        new TransferLeg(drawer, cash.get(person), BALANCE_FEN, TransferCode.RECHARGE_CASH)));
            }
            BatchOutcome outcome = batches.postAll(postings, () -> { }, booked -> Mono.empty())
                    .block();
            if (!(outcome instanceof BatchOutcome.Done)) {
                throw new IllegalStateException("funding the bench cards failed: " + outcome);
            }
        }
    }
}
