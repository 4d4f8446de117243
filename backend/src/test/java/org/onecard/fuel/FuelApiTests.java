package org.onecard.fuel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/**
 * The card centre's side of gas stations on MariaDB: price lists and the price of the day, card
 * modes and levels as their own acts, credit limits, and the sales summary by plate, fleet, card
 * type and mode, with bad input refused and nothing changed.
 */
@MariaDbTest
class FuelApiTests extends OneTerminalTest {

    private FuelFixture ff;
    private PurchaseTerminal dispenser;

    @BeforeEach
    void station() throws Exception {
        ff = new FuelFixture(fx, web, clock);
        dispenser = new PurchaseTerminal(server.port(), ff.key);
    }

    @AfterEach
    void hangUp() throws Exception {
        dispenser.close();
    }

    @Test
    void thePriceOfTheDayIsTheLatestEffectiveAndBadPricesAreRefused() throws Exception {
        ff.price(0, 400, clock.now().minusSeconds(7_200));
        ff.price(0, 450, clock.now().minusSeconds(3_600));
        ff.price(0, 999, clock.now().plusSeconds(86_400));
        Card card = ff.card("PREPAID_AMOUNT", 0, 10_000);

        assertThat(dispenser.exchange(ff.sale(card, 1, 100, "000801")).text(48)).isEqualTo("NZ01VL000000100PR00000450LV0");
        Checks.problem(fx.admin.post("/api/fuel/prices", Map.of("outletId", fx.outlet, "priceLevel", 3,
                "unitPriceFen", 100, "effectiveFrom", clock.now().toString())), 400, 8040);
        Checks.problem(fx.admin.post("/api/fuel/prices", Map.of("outletId", fx.outlet, "priceLevel", 0,
                "unitPriceFen", 0, "effectiveFrom", clock.now().toString())), 400, 8040);
        Checks.problem(fx.admin.post("/api/fuel/prices", Map.of("outletId", fx.outlet, "priceLevel", 0,
                "unitPriceFen", 100)), 400, 8040);
        Checks.problem(fx.admin.post("/api/fuel/prices", Map.of("outletId", 999_999, "priceLevel", 0,
                "unitPriceFen", 100, "effectiveFrom", clock.now().toString())), 404, 1002);
        List<?> list = fx.admin.get("/api/fuel/prices?outletId=" + fx.outlet).expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(list).hasSize(3);
    }

    @Test
    void aCardsModeAndLevelChangeOnlyAsTheirOwnActWhileNothingIsHeld() {
        ff.prices(450, 420, 400);
        Card card = fx.card(100);
        assertThat(ff.standing(card)).containsEntry("mode", "PREPAID_AMOUNT").containsEntry("priceLevel", 0);

        Checks.problem(fx.admin.put("/api/fuel/cards/" + card.id(), Map.of("mode", "BARTER", "priceLevel", 0)), 400, 8048);
        Checks.problem(fx.admin.put("/api/fuel/cards/" + card.id(), Map.of("mode", "PREPAID_VOLUME", "priceLevel", 3)),
                400, 8048);
        Checks.problem(fx.admin.put("/api/fuel/cards/999999999", Map.of("mode", "PREPAID_VOLUME", "priceLevel", 0)),
                404, 1002);
        Checks.problem(ff.keyed("PUT", "/api/fuel/cards/" + card.id() + "/credit-limit", "l-" + card.id(),
                Map.of("limit", 100)), 409, 8046);
        fx.admin.put("/api/fuel/cards/" + card.id(), Map.of("mode", "PREPAID_VOLUME", "priceLevel", 2))
                .expectStatus().isOk();
        ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/volume-purchases", "v-" + card.id(),
                Map.of("outletId", fx.outlet, "amountFen", 1_000)).expectStatus().isCreated();
        Checks.problem(fx.admin.put("/api/fuel/cards/" + card.id(), Map.of("mode", "CREDIT_AMOUNT", "priceLevel", 2)),
                409, 8047);

        assertThat(ff.standing(card)).containsEntry("mode", "PREPAID_VOLUME").containsEntry("priceLevel", 2)
                .containsEntry("volume", 250);
        Checks.problem(ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/clearings", "c-" + card.id(), Map.of()),
                409, 8046);
        fx.admin.post("/api/fuel/cards/" + card.id() + "/volume-purchases", Map.of("outletId", fx.outlet, "volume", 1))
                .expectStatus().isBadRequest();
    }

    @Test
    void aCreditLimitMovesByPostingsAndNeverBelowTheUsage() throws Exception {
        ff.prices(100, 100, 100);
        Card card = ff.card("CREDIT_AMOUNT", 0, 1);
        ff.limit(card, 5_000);
        dispenser.exchange(ff.sale(card, 1, 3_000, "000901"));

        Checks.problem(ff.keyed("PUT", "/api/fuel/cards/" + card.id() + "/credit-limit", "low-" + card.id(),
                Map.of("limit", 2_000)), 409, 8052);
        Checks.problem(ff.keyed("PUT", "/api/fuel/cards/" + card.id() + "/credit-limit", "neg-" + card.id(),
                Map.of("limit", -1)), 400, 1001);
        ff.keyed("PUT", "/api/fuel/cards/" + card.id() + "/credit-limit", "up-" + card.id(), Map.of("limit", 8_000))
                .expectStatus().isOk();
        ff.keyed("PUT", "/api/fuel/cards/" + card.id() + "/credit-limit", "up-" + card.id(), Map.of("limit", 8_000))
                .expectStatus().isOk();

        assertThat(ff.standing(card)).containsEntry("creditLimit", 8_000).containsEntry("creditUsed", 3_000)
                .containsEntry("creditLeft", 5_000);
        Checks.problem(fx.admin.put("/api/fuel/cards/" + card.id(), Map.of("mode", "PREPAID_AMOUNT", "priceLevel", 0)),
                409, 8047);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    @SuppressWarnings("unchecked")
    void salesAreSummedByPlateFleetCardTypeAndModeAndExported() throws Exception {
        ff.prices(500, 500, 500);
        long fleet = id(fx.admin.created("/api/fleets", Map.of("code", "F" + fx.outlet, "name", "车队" + fx.outlet)));
        long vehicle = id(fx.admin.created("/api/vehicles", Map.of("plate", "粤B" + (10_000 + fx.outlet % 90_000),
                "fleetId", fleet, "cylinderDueOn", "2031-01-01")));
        Card credit = ff.card("CREDIT_AMOUNT", 0, 1);
        fx.admin.put("/api/vehicles/" + vehicle + "/cards/" + credit.id(), Map.of()).expectStatus().isOk();
        ff.limit(credit, 100_000);
        Card cash = ff.card("PREPAID_AMOUNT", 0, 10_000);
        dispenser.exchange(ff.sale(credit, 1, 1_000, "001001"));
        dispenser.exchange(ff.sale(credit, 1, 2_000, "001002"));
        dispenser.exchange(ff.sale(cash, 2, 400, "001003"));
        String range = "from=" + today() + "&to=" + today() + "&outletId=" + fx.outlet;

        Map<String, Object> byMode = fx.admin.read("/api/reports/fuel-sales?" + range);
        Map<String, Object> byPlate = fx.admin.read("/api/reports/fuel-sales?groupBy=PLATE&" + range);
        Map<String, Object> byFleet = fx.admin.read("/api/reports/fuel-sales?groupBy=FLEET&" + range);

        assertThat(byMode).containsEntry("sales", 3).containsEntry("volume", 3_400).containsEntry("amountFen", 17_000);
        assertThat((List<Map<String, Object>>) byMode.get("lines")).extracting(l -> l.get("key") + " " + l.get("sales"))
                .containsExactly("CREDIT_AMOUNT 2", "PREPAID_AMOUNT 1");
        assertThat((List<Map<String, Object>>) byPlate.get("lines")).hasSize(2);
        assertThat((List<Map<String, Object>>) byFleet.get("lines")).extracting(l -> l.get("label") + " " + l.get("amountFen"))
                .contains("车队" + fx.outlet + " 15000");
        fx.admin.get("/api/reports/fuel-sales.xlsx?groupBy=CARD_TYPE&" + range).expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Checks.problem(fx.admin.get("/api/reports/fuel-sales?groupBy=COLOUR&" + range), 400, 8053);
        Checks.problem(fx.admin.get("/api/reports/fuel-sales?from=" + today()), 400, 7020);
    }

    private String today() {
        return clock.accountingDate(clock.now()).toString();
    }
}
