package org.onecard.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.onecard.cards.CardIssuing;
import org.onecard.cards.CardIssuing.IssueCommand;
import org.onecard.fuel.FuelCards;
import org.onecard.fuel.VolumePurchases;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.persistence.FuelStore;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.people.persistence.PeopleStore;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The CNG station's prices ({@link DemoShifts}' 城东加气站) for levels 0/1/2, and two fleet drivers' cards: the taxi
 * company's credit card (CREDIT_AMOUNT, 2000.00 yuan limit, level 1, on 粤B12345) and the same
 * company's prepaid-volume card (level 2, 100.00 m³ bought, on its 粤BD12345).
 */
@Component
class DemoFuel {

    private final DatabaseClient db;
    private final PeopleStore people;
    private final CardIssuing issuing;
    private final FuelStore fuel;
    private final FuelCards cards;
    private final VolumePurchases volumes;

    DemoFuel(DatabaseClient db, PeopleStore people, CardIssuing issuing, FuelStore fuel, FuelCards cards,
             VolumePurchases volumes) {
        this.db = db;
        this.people = people;
        this.issuing = issuing;
        this.fuel = fuel;
        this.cards = cards;
        this.volumes = volumes;
    }

    Mono<Void> load(long outlet, long cashierId) {
        CurrentUser cashier = new CurrentUser(PrincipalKind.OPERATOR, cashierId, "卡务 陈出纳", Set.of(), Set.of(), Set.of());
        Instant since = Instant.now().minusSeconds(86_400);
        return fuel.addPrice(outlet, 0, 450, since, cashierId)
                .then(fuel.addPrice(outlet, 1, 430, since, cashierId))
                .then(fuel.addPrice(outlet, 2, 410, since, cashierId))
                .then(driver("3001", "赵师傅", "04C0FFEE", "粤B12345", CardMode.CREDIT_AMOUNT, 1, cashierId)
                        .flatMap(card -> cards.setLimit("demo-credit-" + card, card, 200_000L, cashier)))
                .then(driver("3002", "钱师傅", "04BEEF01", "粤BD12345", CardMode.PREPAID_VOLUME, 2, cashierId)
                        .flatMap(card -> volumes.buy("demo-volume-" + card, card, outlet, 10_000L, null, cashier)))
                .then();
    }

    /** A driver of the root organisation with a card in the mode and level, bound to the vehicle. */
    private Mono<Long> driver(String employeeNo, String name, String serial, String plate, CardMode mode, int level,
                              long cashierId) {
        return db.sql("SELECT id FROM org_unit WHERE code = '0'").map(r -> r.get("id", Long.class)).one()
                .flatMap(root -> people.insertPerson(employeeNo, name, root))
                .flatMap(person -> issuing.issue(new IssueCommand(person, serial, null, null, 0L, 0L, 0),
                        "demo-issue-" + employeeNo, cashierId))
                .flatMap(card -> fuel.putProfile(card.id(), mode, level)
                        .then(db.sql("UPDATE card SET vehicle_id = (SELECT id FROM vehicle WHERE plate = :plate)"
                                + " WHERE id = :card").bind("plate", plate).bind("card", card.id()).fetch().rowsUpdated())
                        .thenReturn(card.id()));
    }
}
