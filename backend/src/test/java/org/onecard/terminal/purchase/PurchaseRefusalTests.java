package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** Each refusal reason of the authoriser, end to end over a socket on MariaDB: the code, and nothing booked. */
@MariaDbTest
class PurchaseRefusalTests extends OneTerminalTest {

    @AfterEach
    void resetMeals() {
        TerminalFixture.allDayMeal(meals);
    }

    @Test
    void aCardTypesDiscountIsCharged() throws Exception {
        Card card = fx.card(1_000, fx.cardType(Map.of("discountPercent", 80)));

        IsoMessage reply = terminal.exchange(fx.purchase(card.serial(), 125, "000001"));

        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(4)).isEqualTo("000000000100");
        assertThat(fx.cashFen(card)).isEqualTo(900);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 100 null");
    }

    @Test
    void aboveThePerTransactionMaximum() throws Exception {
        Card card = fx.card(10_000, fx.cardType(Map.of("perTransactionMaxFen", 2_000)));

        assertRefused(card, 2_001, "61", 5089);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 2_000, "000099")).text(39)).isEqualTo("00");
    }

    @Test
    void countAndAmountLimitsOfTheMealAndTheDay() throws Exception {
        Card perMeal = fx.card(10_000, fx.cardType(Map.of("perMealCountLimit", 1)));
        Card perDay = fx.card(10_000, fx.cardType(Map.of("perDayAmountLimitFen", 1_000)));
        assertThat(terminal.exchange(fx.purchase(perMeal.serial(), 100, "000010")).text(39)).isEqualTo("00");
        assertThat(terminal.exchange(fx.purchase(perDay.serial(), 900, "000011")).text(39)).isEqualTo("00");

        assertRefused(perMeal, 100, "65", 5091);
        assertRefused(perDay, 101, "61", 5092);
        assertThat(fx.cashFen(perMeal)).isEqualTo(9_900);
        assertThat(fx.cashFen(perDay)).isEqualTo(9_100);
    }

    @Test
    void belowTheMinimumBalance() throws Exception {
        Card card = fx.card(1_000, fx.cardType(Map.of("minBalanceFen", 500)));

        assertRefused(card, 501, "51", 5094);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 500, "000098")).text(39)).isEqualTo("00");
    }

    @Test
    void theSameCardIntervalGoesByTheServersClockNotTheTerminals() throws Exception {
        Card card = fx.card(1_000);
        db.sql("UPDATE terminal SET same_card_interval_seconds = 60 WHERE code = :code").bind("code", fx.code)
                .fetch().rowsUpdated().block();
        terminalCache.forget();
        // the terminal's clock is five minutes slow: by its own times the two uses are five minutes apart
        String slow = java.time.format.DateTimeFormatter.ofPattern("HHmmss")
                .format(java.time.ZonedDateTime.ofInstant(clock.now().minusSeconds(300), clock.zone()));
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000030").toBuilder().set(12, slow).build())
                .text(39)).isEqualTo("00");

        assertRefused(card, 100, "94", 5093);
    }

    @Test
    void aMealOrTerminalTheCardTypeMayNotUse() throws Exception {
        int machineNo = Integer.parseInt(fx.code);
        Card otherMeals = fx.card(1_000, fx.cardType(Map.of("allowedMealPeriods", List.of(2))));
        Card otherTerminals = fx.card(1_000, fx.cardType(Map.of("allTerminals", false,
                "allowedTerminals", List.of(machineNo == 999 ? 998 : machineNo + 1))));

        assertRefused(otherMeals, 100, "57", 5084);
        assertRefused(otherTerminals, 100, "57", 5085);
    }

    @Test
    void outsideEveryMealPeriod() throws Exception {
        Card card = fx.card(1_000);
        LocalTime now = LocalTime.now(clock.zone());
        // one meal period that ended an hour ago (or, just after midnight, starts in an hour)
        LocalTime start = now.isAfter(LocalTime.of(2, 0)) ? now.minusHours(2) : now.plusHours(1);
        List<MealPeriod> periods = new ArrayList<>();
        periods.add(new MealPeriod(1, "早餐", start, start.plusMinutes(30), true));
        for (int id = 2; id <= MealPeriod.COUNT; id++) {
            periods.add(new MealPeriod(id, null, null, null, false));
        }
        meals.replace(new MealSchedule(periods)).block();

        assertRefused(card, 100, "57", 5083);
    }

    @Test
    void frozenExpiredAndLostCards() throws Exception {
        Card frozen = fx.card(1_000);
        Card expired = fx.card(1_000);
        Card lost = fx.card(1_000);
        fx.admin.postEmpty("/api/cards/" + frozen.id() + "/freeze").expectStatus().isOk();
        fx.admin.postEmpty("/api/cards/" + lost.id() + "/loss").expectStatus().isOk();
        db.sql("UPDATE card SET expires_on = :day WHERE id = :id").bind("day", clock.accountingDate(clock.now())
                .minusDays(1)).bind("id", expired.id()).fetch().rowsUpdated().block();

        assertRefused(frozen, 100, "62", 5006);
        assertRefused(expired, 100, "54", 5009);
        assertRefused(lost, 100, "41", 5005);
    }

    @Test
    void aTerminalThatIsNotForConsumption() throws Exception {
        Card card = fx.card(1_000);
        Map<String, Object> cashier = fx.admin.created("/api/terminals", Map.of("machineNo", 997, "serial",
                "SN-CASHIER-997", "purpose", "CASHIER", "outletId", fx.outlet, "mode", "FREE_AMOUNT"));
        IsoMessage request = fx.purchase(card.serial(), 100, "000020").toBuilder().set(41, "00000997").build();

        try (PurchaseTerminal other = new PurchaseTerminal(server.port(),
                HexFormat.of().parseHex((String) cashier.get("macKey")))) {
            IsoMessage reply = other.exchange(request);
            assertThat(reply.text(39)).isEqualTo("58");
            assertThat(reply.text(44)).isEqualTo("5081");
        }
        assertThat(fx.cashFen(card)).isEqualTo(1_000);
        assertThat(kept("00000997", "000020")).isEqualTo("58");
    }

    /** Refused with this field 39, kept under its key with this catalogue code, nothing booked. */
    private void assertRefused(Card card, long amountFen, String responseCode, int resultCode) throws Exception {
        long before = fx.cashFen(card);
        int bookedBefore = fx.consumptions(card).size();
        String trace = String.format("%06d", 500 + (int) (Math.random() * 400_000));

        IsoMessage reply = terminal.exchange(fx.purchase(card.serial(), amountFen, trace));

        assertThat(reply.text(39)).isEqualTo(responseCode);
        assertThat(reply.text(44)).isEqualTo(Integer.toString(resultCode));
        assertThat(reply.has(37)).isFalse();
        assertThat(kept(fx.code, trace)).isEqualTo(responseCode);
        assertThat(fx.cashFen(card)).isEqualTo(before);
        assertThat(fx.consumptions(card)).hasSize(bookedBefore);
        Checks.booksClean(web, fx.admin.token());
    }

    /** Field 39 of the reply kept under the key. */
    private String kept(String code, String trace) {
        return db.sql("SELECT response_code FROM terminal_reply WHERE idem_key LIKE :key")
                .bind("key", "term:" + code + ":" + trace + ":%")
                .map(r -> r.get("response_code", String.class)).one().block();
    }
}
