package org.onecard.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.cards.CardIssuing;
import org.onecard.cards.CardIssuing.IssueCommand;
import org.onecard.cards.persistence.CardStore;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.shift.domain.NozzleDraft;
import org.onecard.shift.domain.TeamDraft;
import org.onecard.shift.persistence.NozzleStore;
import org.onecard.shift.persistence.TeamStore;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.registry.domain.MacKey;
import org.onecard.terminal.registry.domain.ModeSetup;
import org.onecard.terminal.registry.domain.TerminalDraft;
import org.onecard.terminal.registry.persistence.TerminalStore;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A gas station (城东加气站) with dispenser 201 (nozzles 1 and 2, CNG) and shift team A (甲班) with
 * two shift cards. The dispenser's key is random: rotate it in the devices page to connect one.
 */
@Component
class DemoShifts {

    static final int DISPENSER_NO = 201;
    /** employee no, name, shift card serial. */
    static final String[][] STAFF = {{"2001", "加气员 赵六", "05A0B0C1"}, {"2002", "加气员 孙七", "05A0B0C2"}};

    private final DatabaseClient db;
    private final AccountStore accounts;
    private final TerminalStore terminals;
    private final NozzleStore nozzles;
    private final TeamStore teams;
    private final PeopleStore people;
    private final CardIssuing issuing;
    private final CardStore cards;

    DemoShifts(DatabaseClient db, AccountStore accounts, TerminalStore terminals, NozzleStore nozzles, TeamStore teams,
               PeopleStore people, CardIssuing issuing, CardStore cards) {
        this.db = db;
        this.accounts = accounts;
        this.terminals = terminals;
        this.nozzles = nozzles;
        this.teams = teams;
        this.people = people;
        this.issuing = issuing;
        this.cards = cards;
    }

    /** Loads the station, its dispenser and team; answers the station's outlet id, where fuel is sold too. */
    Mono<Long> load(long departmentId, long cashierId) {
        Instant now = Instant.now();
        return station().flatMap(outlet -> terminals.insert(DISPENSER_NO, new TerminalDraft("DEMO-CNG-201", "CNG 加气机",
                                TerminalPurpose.DISPENSER, outlet, WorkMode.FREE_AMOUNT, null, 0, ModeSetup.none()),
                        MacKey.random(new SecureRandom()))
                .flatMap(terminal -> nozzles.insert(terminal, new NozzleDraft(1, "CNG"), now)
                        .then(nozzles.insert(terminal, new NozzleDraft(2, "CNG"), now)))
                .then(teams.insert(new TeamDraft("A", "甲班", outlet), now))
                .flatMap(team -> Flux.fromArray(STAFF).concatMap(s -> staffCard(s, departmentId, cashierId)
                        .flatMap(card -> teams.addMember(team, card, now))).then())
                .thenReturn(outlet));
    }

    private Mono<Long> station() {
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
        return db.sql("INSERT INTO merchant (name, created_at) VALUES (:name, :at)").bind("name", "城东能源")
                .bind("at", at).filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one()
                .flatMap(merchant -> db.sql("INSERT INTO outlet (merchant_id, name, kind, created_at)"
                                + " VALUES (:m, :name, 'OTHER', :at)").bind("m", merchant).bind("name", "城东加气站")
                        .bind("at", at).filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class))
                        .one())
                .flatMap(outlet -> accounts.open(AccountKind.OUTLET_REVENUE, OwnerType.OUTLET, outlet, "城东加气站")
                        .thenReturn(outlet));
    }

    /** A staff member's card, registered as a SHIFT card and put on the SHIFT_CARD list as CardKinds does. */
    private Mono<Long> staffCard(String[] staff, long departmentId, long cashierId) {
        return people.insertPerson(staff[0], staff[1], departmentId)
                .flatMap(person -> issuing.issue(new IssueCommand(person, staff[2], null, null, 0L, 0L, 0),
                        "demo-issue-" + staff[0], cashierId))
                .flatMap(card -> db.sql("UPDATE card SET kind = 'SHIFT' WHERE id = :id").bind("id", card.id()).then()
                        .then(cards.listChange(card.id(), staff[2], "SHIFT_CARD", "ADD", Instant.now()))
                        .thenReturn(card.id()));
    }
}
