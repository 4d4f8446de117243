package org.onecard.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.onecard.cards.CardIssuing;
import org.onecard.cards.CardIssuing.IssueCommand;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.people.persistence.PeopleStore;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The small demo set `make run` starts with: one organisation, a canteen, three cardholders
 * with cards and money, three operators, and two gas-station fleets with their vehicles, a CNG station with prices, a credit card and a volume card. Every
 * fen of it goes through the ledger, so `verify` is clean from the first start.
 */
@Component
class DemoData {

    static final long DEPOSIT_FEN = 2_000;
    static final long CARD_COST_FEN = 500;

    /** employee no, name, department code, card serial, cash fen, subsidy fen. */
    record DemoPerson(String employeeNo, String name, String department, String serial, long cashFen, long subsidyFen) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("1001", "张三", "002", "04A1B2C3", 10_000, 5_000),
            new DemoPerson("1002", "李四", "002", "04D4E5F6", 5_000, 0),
            new DemoPerson("1003", "王五", "001", "04778899", 20_000, 3_000));

    private final PeopleStore people;
    private final AccountStore accounts;
    private final Ledger ledger;
    private final Operators operators;
    private final CardholderCredentials credentials;
    private final DatabaseClient db;
    private final CardIssuing issuing;
    private final StandardAccounts standard;
    private final DemoFleets fleets;
    private final DemoShifts shifts;
    private final DemoFuel fuel;

    DemoData(PeopleStore people, AccountStore accounts, Ledger ledger, Operators operators,
             CardholderCredentials credentials, DatabaseClient db, CardIssuing issuing, StandardAccounts standard,
             DemoFleets fleets, DemoShifts shifts, DemoFuel fuel) {
        this.fleets = fleets;
        this.shifts = shifts;
        this.fuel = fuel;
        this.people = people;
        this.accounts = accounts;
        this.ledger = ledger;
        this.operators = operators;
        this.credentials = credentials;
        this.db = db;
        this.issuing = issuing;
        this.standard = standard;
    }

    Mono<Void> load() {
        return operators.create("admin", "系统管理员", "admin123", Set.of("ADMIN"), null)
                .flatMap(adminId -> operators.create("finance", "财务 刘会计", "finance123", Set.of("FINANCE"), null)
                        .then(operators.create("cashier", "卡务 陈出纳", "cashier123", Set.of("CASHIER"), "OP000001"))
                        .flatMap(cashierId -> organisation().flatMap(departments ->
                                outlet().then(Flux.fromIterable(PEOPLE)
                                        .concatMap(p -> person(p, departments, cashierId))
                                        .then())
                                .then(fleets.load(LocalDate.now(ZoneOffset.UTC)))
                                .then(shifts.load(departments[1], cashierId))
                                .flatMap(station -> fuel.load(station, cashierId)))));
    }

    /** Root 0, departments 001 and 002 (DOMAIN §2: a child's code is its parent's plus two digits). */
    private Mono<long[]> organisation() {
        return people.insertOrgUnit("0", "OneCard 示范大学", null)
                .flatMap(root -> people.insertOrgUnit("001", "行政办公室", root)
                        .zipWith(people.insertOrgUnit("002", "计算机学院", root))
                        .map(t -> new long[] {t.getT1(), t.getT2()}));
    }

    private Mono<Long> outlet() {
        return db.sql("INSERT INTO merchant (name, created_at) VALUES (:name, :at)")
                .bind("name", "后勤餐饮中心").bind("at", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one()
                .flatMap(merchant -> db.sql("INSERT INTO outlet (merchant_id, name, created_at) VALUES (:m, :name, :at)")
                        .bind("m", merchant).bind("name", "第一食堂").bind("at", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                        .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one())
                .flatMap(outlet -> accounts.open(AccountKind.OUTLET_REVENUE, OwnerType.OUTLET, outlet, "第一食堂"));
    }

    private Mono<Void> person(DemoPerson p, long[] departments, long cashierId) {
        long department = "001".equals(p.department()) ? departments[0] : departments[1];
        return people.insertPerson(p.employeeNo(), p.name(), department)
                .flatMap(personId -> credentials.setPassword(personId, "123456")
                        .then(issuing.issue(new IssueCommand(personId, p.serial(), null, null, DEPOSIT_FEN,
                                CARD_COST_FEN, p.cashFen()), "demo-issue-" + p.employeeNo(), cashierId))
                        .then(p.subsidyFen() > 0 ? grantSubsidy(p, personId, cashierId) : Mono.empty()));
    }

    /** The subsidy module arrives later; until then the demo grant is a plain subsidy posting. */
    private Mono<Void> grantSubsidy(DemoPerson p, long personId, long cashierId) {
        return Mono.zip(standard.subsidyFund(), standard.subsidyWallet(personId))
                .flatMap(a -> ledger.post(new PostingRequest("demo-subsidy-" + p.employeeNo(), List.of(
                        new TransferLeg(a.getT1(), a.getT2(), p.subsidyFen(), TransferCode.SUBSIDY_GRANT)), cashierId,
                        null, null, null, false, "demo data")))
                .flatMap(outcome -> outcome instanceof PostingOutcome.Posted
                        ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("Demo posting refused: " + outcome)));
    }
}
