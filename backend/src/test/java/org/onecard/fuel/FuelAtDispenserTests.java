package org.onecard.fuel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/**
 * Fuel sales at a dispenser over the real socket on MariaDB: each card mode books its own way at the
 * card's price level, refusals book nothing, and a key, a reversal or a grey-card lock applies once.
 */
@MariaDbTest
class FuelAtDispenserTests extends OneTerminalTest {

    private FuelFixture ff;
    private PurchaseTerminal dispenser;

    @BeforeEach
    void station() throws Exception {
        ff = new FuelFixture(fx, web, clock);
        ff.prices(450, 420, 400);
        dispenser = new PurchaseTerminal(server.port(), ff.key);
    }

    @AfterEach
    void hangUp() throws Exception {
        dispenser.close();
    }

    @Test
    void aPrepaidAmountSaleIsPricedAtTheCardsLevelAndAppliedOnceThenReversedOnce() throws Exception {
        Card level1 = ff.card("PREPAID_AMOUNT", 1, 10_000);
        Card level2 = ff.card("PREPAID_AMOUNT", 2, 10_000);
        IsoMessage request = ff.sale(level1, 3, 1_234, "000101");

        IsoMessage sold = dispenser.exchange(request);
        IsoMessage again = dispenser.exchange(request);
        IsoMessage other = dispenser.exchange(ff.sale(level1, 3, 1_000, "000101"));
        IsoMessage atLevel2 = dispenser.exchange(ff.sale(level2, 4, 1_234, "000102"));

        assertThat(sold.text(39)).isEqualTo("00");
        assertThat(sold.text(4)).isEqualTo("000000005183");
        assertThat(sold.text(48)).isEqualTo("NZ03VL000001234PR00000420LV1");
        assertThat(sold.text(54)).isEqualTo("1002156C000000004817");
        assertThat(again.text(37)).isEqualTo(sold.text(37));
        assertThat(again.text(54)).isEqualTo(sold.text(54));
        assertThat(other.text(39)).isEqualTo("94");
        assertThat(atLevel2.text(4)).isEqualTo("000000004936");
        assertThat(fx.cashFen(level1)).isEqualTo(10_000 - 5_183);
        assertThat(saleRow(Long.parseLong(sold.text(37)))).isEqualTo("3 PREPAID_AMOUNT 1 420 1234 5183");

        IsoMessage reversal = TerminalFixture.reversalOf(request, "000103");
        assertThat(dispenser.exchange(reversal).text(39)).isEqualTo("00");
        assertThat(dispenser.exchange(reversal).text(39)).isEqualTo("00");
        assertThat(fx.cashFen(level1)).isEqualTo(10_000);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void prepaidVolumeIsBoughtAtTheCounterAtThePriceOfTheDayAndUsedInVolume() throws Exception {
        Card card = ff.card("PREPAID_VOLUME", 0, 1);
        Map<String, Object> bought = ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/volume-purchases", "vol-" + card.id(),
                Map.of("outletId", fx.outlet, "volume", 5_000)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/volume-purchases", "vol-" + card.id(),
                Map.of("outletId", fx.outlet, "volume", 5_000)).expectStatus().isOk();
        Checks.problem(ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/volume-purchases", "vol-x-" + card.id(),
                Map.of("outletId", fx.outlet, "volume", 0)), 400, 8049);

        IsoMessage sold = dispenser.exchange(ff.sale(card, 1, 1_200, "000201"));
        IsoMessage byAmount = dispenser.exchange(ff.saleOfAmount(card, 1, 900, "000202"));
        IsoMessage tooMuch = dispenser.exchange(ff.sale(card, 1, 4_000, "000203"));

        assertThat(bought).containsEntry("volume", 5_000).containsEntry("amountFen", 22_500)
                .containsEntry("unitPriceFen", 450).containsEntry("volumeAfter", 5_000);
        assertThat(sold.text(39)).isEqualTo("00");
        assertThat(sold.text(54)).isEqualTo("4002000C000000003800");
        assertThat(byAmount.text(48)).isEqualTo("NZ01VL000000200PR00000450LV0");
        assertThat(tooMuch.text(39)).isEqualTo("51");
        assertThat(tooMuch.text(44)).isEqualTo("8043");
        assertThat(ff.number(ff.standing(card), "volume")).isEqualTo(3_600);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void creditAmountAccumulatesUpToItsLimitAndIsClearedOnceWhenTheFleetPays() throws Exception {
        Card card = ff.card("CREDIT_AMOUNT", 0, 1);
        ff.limit(card, 10_000);

        IsoMessage sold = dispenser.exchange(ff.sale(card, 2, 2_000, "000301"));
        IsoMessage over = dispenser.exchange(ff.sale(card, 2, 300, "000302"));
        Map<String, Object> before = ff.standing(card);
        Map<String, Object> cleared = ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/clearings", "clr-" + card.id(),
                Map.of()).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> replayed = ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/clearings", "clr-" + card.id(),
                Map.of()).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Checks.problem(ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/clearings", "clr2-" + card.id(), Map.of()),
                409, 8050);

        assertThat(sold.text(54)).isEqualTo("5002156C000000001000");
        assertThat(over.text(39)).isEqualTo("61");
        assertThat(over.text(44)).isEqualTo("8042");
        assertThat(before).containsEntry("creditUsed", 9_000).containsEntry("owedFen", 9_000);
        assertThat(cleared).containsEntry("paidFen", 9_000).containsEntry("replayed", false);
        assertThat(replayed).containsEntry("postingId", cleared.get("postingId")).containsEntry("replayed", true);
        assertThat(ff.standing(card)).containsEntry("creditUsed", 0).containsEntry("creditLeft", 10_000);
        assertThat(fx.admin.read("/api/fuel/clearings/" + cleared.get("postingId"))).containsEntry("paidFen", 9_000);
        assertThat(dispenser.exchange(ff.sale(card, 2, 300, "000303")).text(39)).isEqualTo("00");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void creditVolumeCountsVolumeAgainstItsLimitAndClearingTakesTheMoneyOwed() throws Exception {
        Card card = ff.card("CREDIT_VOLUME", 0, 1);
        ff.limit(card, 3_000);

        IsoMessage sold = dispenser.exchange(ff.sale(card, 5, 2_000, "000401"));
        IsoMessage over = dispenser.exchange(ff.sale(card, 5, 1_500, "000402"));
        Map<String, Object> cleared = ff.keyed("POST", "/api/fuel/cards/" + card.id() + "/clearings", "clrv-" + card.id(),
                Map.of()).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(sold.text(4)).isEqualTo("000000009000");
        assertThat(sold.text(54)).isEqualTo("5102000C000000001000");
        assertThat(over.text(44)).isEqualTo("8042");
        assertThat(cleared).containsEntry("paidFen", 9_000).containsEntry("volumeCleared", 2_000);
        assertThat(ff.standing(card)).containsEntry("creditUsed", 0).containsEntry("owedFen", 0)
                .containsEntry("creditLeft", 3_000);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void badRequestsAndWrongTerminalsAreRefusedAndBookNothing() throws Exception {
        Card card = ff.card("PREPAID_AMOUNT", 0, 10_000);
        Card noPrice = fx.card(10_000);
        fx.admin.put("/api/fuel/cards/" + noPrice.id(), Map.of("mode", "PREPAID_AMOUNT", "priceLevel", 1))
                .expectStatus().isOk();
        db.sql("DELETE FROM fuel_price WHERE outlet_id = :o AND price_level = 1").bind("o", fx.outlet).fetch()
                .rowsUpdated().block();

        IsoMessage nozzle0 = dispenser.exchange(ff.sale(card, 0, 100, "000501"));
        IsoMessage no48 = dispenser.exchange(ff.sale(card, 1, 100, "000502").toBuilder().remove(48).build());
        IsoMessage both = dispenser.exchange(ff.sale(card, 1, 100, "000503").toBuilder().set(4, "000000000100").build());
        IsoMessage missingPrice = dispenser.exchange(ff.sale(noPrice, 1, 100, "000504"));
        IsoMessage atConsumption = terminal.exchange(ff.sale(card, 1, 100, "000505").toBuilder().set(41, fx.code).build());
        IsoMessage purchaseAtDispenser = dispenser.exchange(fx.purchase(card.serial(), 100, "000506").toBuilder()
                .set(41, ff.code).build());
        IsoMessage unknownCard = dispenser.exchange(ff.sale(card, 1, 100, "000507").toBuilder().set(2, "99999999").build());

        assertThat(nozzle0.text(44)).isEqualTo("8045");
        assertThat(no48.text(39)).isEqualTo("30");
        assertThat(both.text(39)).isEqualTo("30");
        assertThat(missingPrice.text(44)).isEqualTo("8041");
        assertThat(atConsumption.text(39)).isEqualTo("58");
        assertThat(atConsumption.text(44)).isEqualTo("5081");
        assertThat(purchaseAtDispenser.text(44)).isEqualTo("5081");
        assertThat(unknownCard.text(39)).isEqualTo("14");
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
        assertThat(fx.cashFen(noPrice)).isEqualTo(10_000);
        assertThat(db.sql("SELECT COUNT(*) AS n FROM fuel_sale WHERE card_id IN (:c)").bind("c", List.of(card.id(),
                noPrice.id())).map(r -> ((Number) r.get("n")).longValue()).one().block()).isZero();
    }

    @Test
    void aLockedCardIsGreyUntilItsPendingRecordIsAppliedOnce() throws Exception {
        Card card = ff.card("PREPAID_AMOUNT", 0, 10_000);
        IsoMessage locked = dispenser.exchange(ff.lock(card, 7, "000601"));
        String lockId = locked.text(37);

        IsoMessage relock = dispenser.exchange(ff.lock(card, 7, "000602"));
        IsoMessage elsewhere = terminal.exchange(fx.purchase(card.serial(), 100, "000603"));
        IsoMessage pointsElsewhere = terminal.exchange(fx.purchase(card.serial(), 1, "000609").toBuilder()
                .set(3, "450000").build());
        IsoMessage unnamed = dispenser.exchange(ff.sale(card, 7, 100, "000604"));
        Card other = ff.card("PREPAID_AMOUNT", 0, 10_000);
        IsoMessage othersLock = dispenser.exchange(ff.sale(other, 7, 100, "000608").toBuilder().set(37, lockId).build());
        IsoMessage applied = dispenser.exchange(ff.sale(card, 7, 1_000, "000605").toBuilder().set(37, lockId).build());
        IsoMessage appliedAgain = dispenser.exchange(ff.sale(card, 7, 1_000, "000606").toBuilder().set(37, lockId).build());

        assertThat(locked.text(39)).isEqualTo("00");
        assertThat(relock.text(44)).isEqualTo("8044");
        assertThat(elsewhere.text(44)).isEqualTo("8044");
        assertThat(pointsElsewhere.text(44)).isEqualTo("8044");
        assertThat(unnamed.text(44)).isEqualTo("8044");
        assertThat(othersLock.text(44)).isEqualTo("8051");
        assertThat(applied.text(39)).isEqualTo("00");
        assertThat(appliedAgain.text(44)).isEqualTo("8051");
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 4_500);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000607")).text(39)).isEqualTo("00");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anInterruptedSaleIsAppliedAtTheCounterOnceAndTheDispensersLateRecordIsRefused() throws Exception {
        Card card = ff.card("PREPAID_AMOUNT", 0, 10_000);
        long lockId = Long.parseLong(dispenser.exchange(ff.lock(card, 2, "000701")).text(37));
        List<?> grey = fx.admin.get("/api/fuel/grey-cards").expectStatus().isOk().expectBody(List.class).returnResult()
                .getResponseBody();
        Checks.problem(ff.keyed("POST", "/api/cards/" + card.id() + "/recharge", "grey-r-" + lockId,
                Map.of("amountFen", 1_000)), 409, 8044);
        Checks.problem(ff.keyed("POST", "/api/cards/" + card.id() + "/refund", "grey-f-" + lockId,
                Map.of("wallet", "CASH", "amountFen", 1_000)), 409, 8044);

        Map<String, Object> unlocked = ff.keyed("POST", "/api/fuel/grey-cards/" + lockId + "/unlock", "unl-" + lockId,
                Map.of("volume", 500)).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        ff.keyed("POST", "/api/fuel/grey-cards/" + lockId + "/unlock", "unl-" + lockId, Map.of("volume", 500))
                .expectStatus().isOk();
        Checks.problem(ff.keyed("POST", "/api/fuel/grey-cards/" + lockId + "/unlock", "unl2-" + lockId,
                Map.of("volume", 500)), 409, 8051);
        IsoMessage late = dispenser.exchange(ff.sale(card, 2, 500, "000702").toBuilder()
                .set(37, String.format("%012d", lockId)).build());

        assertThat(grey).anySatisfy(g -> assertThat(((Map<?, ?>) g).get("cardId")).isEqualTo((int) card.id()));
        Map<?, ?> sale = (Map<?, ?>) unlocked.get("sale");
        assertThat(sale.get("amountFen")).isEqualTo(2_250);
        assertThat(sale.get("nozzleNo")).isEqualTo(2);
        assertThat(late.text(44)).isEqualTo("8051");
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 2_250);
        assertThat(ff.standing(card)).doesNotContainKey("greyLockId");
        ff.keyed("POST", "/api/cards/" + card.id() + "/recharge", "grey-r-" + lockId, Map.of("amountFen", 1_000))
                .expectStatus().isCreated();
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 2_250 + 1_000);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aVoidWithTheSupervisorsPasswordGivesACreditSalesUsageBackOnce() throws Exception {
        long terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", ff.code)
                .map(r -> r.get("id", Long.class)).one().block();
        fx.admin.created("/api/terminals/" + terminalId + "/operators",
                Map.of("operatorNo", "00", "name", "站长", "password", "123456"));
        Card card = ff.card("CREDIT_AMOUNT", 0, 1);
        ff.limit(card, 10_000);
        IsoMessage sold = dispenser.exchange(ff.sale(card, 4, 1_000, "000801"));
        IsoMessage voidRequest = ff.message(card, "200000", "000802").set(4, sold.text(4)).set(37, sold.text(37))
                .set(52, PinBlock.of("123456")).build();

        IsoMessage voided = dispenser.exchange(voidRequest);
        IsoMessage again = dispenser.exchange(voidRequest);
        IsoMessage second = dispenser.exchange(ff.message(card, "200000", "000803").set(4, sold.text(4))
                .set(37, sold.text(37)).set(52, PinBlock.of("123456")).build());

        assertThat(voided.text(39)).isEqualTo("00");
        assertThat(again.text(37)).isEqualTo(voided.text(37));
        assertThat(second.text(39)).isNotEqualTo("00");
        assertThat(ff.standing(card)).containsEntry("creditUsed", 0).containsEntry("creditLeft", 10_000);
        Checks.booksClean(web, fx.admin.token());
    }

    private String saleRow(long postingId) {
        return db.sql("SELECT nozzle_no, card_mode, price_level, unit_price_fen, volume, amount_fen FROM fuel_sale"
                        + " WHERE posting_id = :p").bind("p", postingId)
                .map(r -> r.get("nozzle_no", Integer.class) + " " + r.get("card_mode", String.class) + " "
                        + r.get("price_level", Integer.class) + " " + r.get("unit_price_fen", Long.class) + " "
                        + r.get("volume", Long.class) + " " + r.get("amount_fen", Long.class)).one().block();
    }
}
