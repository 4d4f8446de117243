package org.onecard.terminal.purchase;

import org.onecard.terminal.iso8583.PinBlock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every work mode over a real socket against the full server on MariaDB (terminal-protocol.md §2.2.1). */
@MariaDbTest
class WorkModePurchaseTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    TerminalServer server;
    @Autowired
    MealPeriods meals;
    @Autowired
    BusinessClock clock;

    TerminalFixture f;

    @BeforeEach
    void setUp() {
        f = new TerminalFixture(web, ApiCalls.as(web, operators, Roles.ADMIN), people, db, meals, clock);
    }

    @Test
    void aFixedTerminalChargesItsAmountAndRefusesAnotherOne() throws Exception {
        Registered fixed = f.terminal("FIXED", Map.of("fixedAmountFen", 800));
        Card card = f.card(5_000);
        try (PurchaseTerminal t = open(fixed)) {
            IsoMessage none = t.exchange(f.purchaseAt(fixed, card.serial(), null, "000001").build());
            IsoMessage zero = t.exchange(f.purchaseAt(fixed, card.serial(), 0L, "000002").build());
            IsoMessage same = t.exchange(f.purchaseAt(fixed, card.serial(), 800L, "000003").build());
            IsoMessage other = t.exchange(f.purchaseAt(fixed, card.serial(), 700L, "000004").build());

            assertThat(List.of(none, zero, same)).allSatisfy(r -> {
                assertThat(r.text(39)).isEqualTo("00");
                assertThat(r.text(4)).isEqualTo("000000000800");
            });
            assertThat(other.text(39)).isEqualTo("13");
            assertThat(f.cashFen(card)).isEqualTo(2_600);
            assertThat(f.notes(card)).hasSize(3).allSatisfy(c -> assertThat(c).startsWith("ONLINE 800 "));
        }
        Checks.booksClean(web, f.admin.token());
    }

    @Test
    void aSegmentedTerminalChargesTheSegmentOfTheTimeAndRefusesOutsideEverySegment() throws Exception {
        boolean morning = clock.now().atZone(clock.zone()).getHour() < 12;
        String split = morning ? "18:00:00" : "06:00:00";
        Registered segmented = f.terminal("FIXED_BY_SEGMENT", Map.of("segments", List.of(
                Map.of("start", "00:00:00", "end", split, "amountFen", 700),
                Map.of("start", split, "end", "23:59:59", "amountFen", 900))));
        Card card = f.card(5_000);
        try (PurchaseTerminal t = open(segmented)) {
            IsoMessage approved = t.exchange(f.purchaseAt(segmented, card.serial(), null, "000001").build());
            assertThat(approved.text(39)).isEqualTo("00");
            assertThat(approved.text(4)).isEqualTo(morning ? "000000000700" : "000000000900");

            // the segments now leave the time of day uncovered: the mode has no price now
            String from = morning ? "13:00:00" : "01:00:00";
            f.admin.put("/api/terminals/" + segmented.id(), Map.of("serial", "SN-SEG" + segmented.id(),
                    "purpose", "CONSUMPTION", "outletId", f.outlet, "mode", "FIXED_BY_SEGMENT", "segments",
                    List.of(Map.of("start", from, "end", morning ? "14:00:00" : "02:00:00", "amountFen", 500))))
                    .expectStatus().isOk();
            assertThat(t.exchange(f.purchaseAt(segmented, card.serial(), null, "000002").build()).text(39)).isEqualTo("12");
        }
        assertThat(f.cashFen(card)).isEqualTo(morning ? 4_300 : 4_100);
        assertThat(f.notes(card)).hasSize(1);
    }

    @Test
    void aKeyValueTerminalChargesThePressedKeyAndRefusesOtherEntries() throws Exception {
        Registered keys = f.terminal("KEY_VALUE", Map.of("keyValues", List.of(Map.of("keyNo", 1, "amountFen", 500),
                Map.of("keyNo", 7, "amountFen", 1_200))));
        Card card = f.card(5_000);
        try (PurchaseTerminal t = open(keys)) {
            IsoMessage seven = t.exchange(f.purchaseAt(keys, card.serial(), null, "000001").set(48, "KY0017").build());
            IsoMessage shown = t.exchange(f.purchaseAt(keys, card.serial(), 500L, "000002").set(48, "KY0011").build());

            assertThat(seven.text(39)).isEqualTo("00");
            assertThat(seven.text(4)).isEqualTo("000000001200");
            assertThat(shown.text(39)).isEqualTo("00");
            assertThat(t.exchange(f.purchaseAt(keys, card.serial(), null, "000003").set(48, "KY0019").build()).text(39))
                    .as("a key without an amount").isEqualTo("12");
            assertThat(t.exchange(f.purchaseAt(keys, card.serial(), 1_100L, "000004").set(48, "KY0017").build()).text(39))
                    .as("a stale amount shown for the key").isEqualTo("13");
            assertThat(t.exchange(f.purchaseAt(keys, card.serial(), 1_200L, "000005").build()).text(39))
                    .as("an amount instead of a key").isEqualTo("12");
            assertThat(t.exchange(f.purchaseAt(keys, card.serial(), null, "000001").set(48, "KY0011").build()).text(39))
                    .as("the approved trace again with another key").isEqualTo("94");
        }
        assertThat(f.cashFen(card)).isEqualTo(3_300);
        assertThat(f.notes(card)).containsExactly("ONLINE 1200 0200 " + card.serial() + " 0 key 7",
                "ONLINE 500 0200 " + card.serial() + " 500 key 1");
        Checks.booksClean(web, f.admin.token());
    }

    @Test
    void aProductTerminalPricesTheScannedLinesFromTheOutletsProducts() throws Exception {
        f.admin.created("/api/outlets/" + f.outlet + "/products", Map.of("barcode", "6901234567892", "name", "矿泉水",
                "priceFen", 350));
        f.admin.created("/api/outlets/" + f.outlet + "/products", Map.of("barcode", "6901234567893", "name", "面包",
                "priceFen", 199, "discountPercent", 85));
        Registered shop = f.terminal("PRODUCT", Map.of());
        Card card = f.card(5_000);
        String sale = "PL0316901234567892*3;6901234567893*1";
        try (PurchaseTerminal t = open(shop)) {
            byte[] frame = t.frame(f.purchaseAt(shop, card.serial(), null, "000001").set(48, sale).build());
            IsoMessage sold = PurchaseTerminal.CODEC.decode(t.exchangeBytes(frame));
            byte[] again = t.exchangeBytes(frame);
            IsoMessage otherLines = t.exchange(f.purchaseAt(shop, card.serial(), null, "000001")
                    .set(48, "PL0316901234567892*2;6901234567893*1").build());
            IsoMessage unknown = t.exchange(f.purchaseAt(shop, card.serial(), null, "000002")
                    .set(48, "PL0156901234567899*1").build());

            assertThat(sold.text(39)).isEqualTo("00");
            assertThat(sold.text(4)).as("3 × 3.50 + 1.99 × 85 %").isEqualTo("000000001219");
            assertThat(PurchaseTerminal.CODEC.decode(again).text(37)).isEqualTo(sold.text(37));
            assertThat(otherLines.text(39)).isEqualTo("94");
            assertThat(unknown.text(39)).isEqualTo("12");
        }
        assertThat(f.cashFen(card)).isEqualTo(3_781);
        assertThat(f.notes(card)).containsExactly(
                "ONLINE 1219 0200 " + card.serial() + " 0 items 6901234567892*3;6901234567893*1");
        Checks.booksClean(web, f.admin.token());
    }

    @Test
    void aTimedTerminalChargesEveryStartedUnitAndNeedsTheDuration() throws Exception {
        Registered timed = f.terminal("TIMED", Map.of("timedTariff", Map.of("pricePerHourFen", 1_000,
                "roundingUnitMinutes", 30)));
        Card card = f.card(5_000);
        try (PurchaseTerminal t = open(timed)) {
            IsoMessage approved = t.exchange(f.purchaseAt(timed, card.serial(), null, "000001").set(48, "TM0042700").build());

            assertThat(approved.text(39)).isEqualTo("00");
            assertThat(approved.text(4)).as("45 minutes are two half hours").isEqualTo("000000001000");
            assertThat(t.exchange(f.purchaseAt(timed, card.serial(), null, "000002").build()).text(39))
                    .as("no duration").isEqualTo("12");
            assertThat(t.exchange(f.purchaseAt(timed, card.serial(), null, "000003").set(48, "TM0010").build()).text(39))
                    .as("a duration of 0").isEqualTo("13");
            assertThat(t.exchange(f.purchaseAt(timed, card.serial(), null, "000004").set(48, "TM00590000").build())
                    .text(39)).as("more than a day").isEqualTo("13");
        }
        assertThat(f.cashFen(card)).isEqualTo(4_000);
        assertThat(f.notes(card)).hasSize(1);
    }

    @Test
    void countOnlyIsRecordedAndCountedButMovesNoMoney() throws Exception {
        long twiceADay = f.cardType(Map.of("perDayCountLimit", 2));
        Registered counter = f.terminal("COUNT_ONLY", Map.of());
        Card card = f.card(300, twiceADay);
        try (PurchaseTerminal t = open(counter)) {
            // one built message sent twice: two builds a second apart carry other times, so other content
            IsoMessage use = f.purchaseAt(counter, card.serial(), null, "000001").build();
            IsoMessage first = t.exchange(use);
            IsoMessage again = t.exchange(use);
            IsoMessage second = t.exchange(f.purchaseAt(counter, card.serial(), 0L, "000002").build());
            IsoMessage third = t.exchange(f.purchaseAt(counter, card.serial(), null, "000003").build());
            IsoMessage withAmount = t.exchange(f.purchaseAt(counter, card.serial(), 100L, "000004").build());

            assertThat(first.text(39)).isEqualTo("00");
            assertThat(first.text(4)).isEqualTo("000000000000");
            assertThat(first.text(54)).isEqualTo("1002156C000000000300" + "2002156C000000000000");
            assertThat(again.text(37)).isEqualTo(first.text(37));
            assertThat(second.text(39)).isEqualTo("00");
            assertThat(third.text(39)).as("the card type's two uses a day").isEqualTo("65");
            assertThat(withAmount.text(39)).isEqualTo("13");
        }
        assertThat(f.cashFen(card)).isEqualTo(300);
        assertThat(f.notes(card)).hasSize(2).allSatisfy(c -> assertThat(c).startsWith("ONLINE 0 "));
        assertThat(f.postingStatuses(card)).containsExactly("RECORDED", "RECORDED");
        Checks.booksClean(web, f.admin.token());
    }

    @Test
    void aReversedCountOnlyUseNoLongerCounts() throws Exception {
        long once = f.cardType(Map.of("perDayCountLimit", 1));
        Registered counter = f.terminal("COUNT_ONLY", Map.of());
        Card card = f.card(300, once);
        try (PurchaseTerminal t = open(counter)) {
            IsoMessage original = f.purchaseAt(counter, card.serial(), null, "000001").build();
            assertThat(t.exchange(original).text(39)).isEqualTo("00");
            IsoMessage reversed = t.exchange(TerminalFixture.reversalOf(original, "000101"));
            IsoMessage again = t.exchange(TerminalFixture.reversalOf(original, "000102"));
            IsoMessage next = t.exchange(f.purchaseAt(counter, card.serial(), null, "000002").build());

            assertThat(reversed.mti()).isEqualTo("0410");
            assertThat(reversed.text(39)).isEqualTo("00");
            assertThat(again.text(37)).isEqualTo(reversed.text(37));
            assertThat(next.text(39)).as("the reversed use freed the day's one").isEqualTo("00");
        }
        assertThat(f.consumptions(card)).containsExactly("ONLINE 0 0", "ONLINE 0 null");
        assertThat(f.cashFen(card)).isEqualTo(300);
        assertThat(f.postingStatuses(card)).containsExactly("RECORDED", "RECORDED");
        Checks.booksClean(web, f.admin.token());
    }

    @Test
    void theModeSwitchesByTimeOfDay() throws Exception {
        Registered free = f.terminal("FREE_AMOUNT", Map.of("modeSwitches", List.of(Map.of("start", "00:00:00",
                "end", "23:59:59", "mode", "FIXED", "fixedAmountFen", 1_500))));
        Card card = f.card(5_000);
        try (PurchaseTerminal t = open(free)) {
            IsoMessage fixed = t.exchange(f.purchaseAt(free, card.serial(), null, "000001").build());
            IsoMessage keyed = t.exchange(f.purchaseAt(free, card.serial(), 420L, "000002").build());

            assertThat(fixed.text(39)).isEqualTo("00");
            assertThat(fixed.text(4)).isEqualTo("000000001500");
            assertThat(keyed.text(39)).as("a free amount while switched to FIXED").isEqualTo("13");
        }
        assertThat(f.cashFen(card)).isEqualTo(3_500);
    }

    @Test
    void aboveTheMaximumTheOverdraftPasswordIsAskedAndChecked() throws Exception {
        long capped = f.cardType(Map.of("perTransactionMaxFen", 1_000));
        Registered free = f.terminal("FREE_AMOUNT", Map.of());
        Card card = f.card(10_000, capped);
        try (PurchaseTerminal t = open(free)) {
            assertThat(t.exchange(f.purchaseAt(free, card.serial(), 1_500L, "000001").build()).text(39)).isEqualTo("61");
            assertThat(t.exchange(withPassword(f.purchaseAt(free, card.serial(), 1_500L, "000002"), "654321")).text(39))
                    .isEqualTo("55");
            assertThat(t.exchange(withPassword(f.purchaseAt(free, card.serial(), 1_500L, "000003"), "123456")).text(39))
                    .as("the default password").isEqualTo("00");
            assertThat(t.exchange(f.purchaseAt(free, card.serial(), 1_500L, "000004")
                    .set(52, HexFormat.of().parseHex("2612345AFFFFFFFF")).build()).text(39)).isEqualTo("30");

            f.admin.put("/api/cards/" + card.id() + "/overdraft-password", Map.of("password", "246810"))
                    .expectStatus().isNoContent();
            assertThat(t.exchange(withPassword(f.purchaseAt(free, card.serial(), 1_500L, "000005"), "123456")).text(39))
                    .isEqualTo("55");
            assertThat(t.exchange(withPassword(f.purchaseAt(free, card.serial(), 1_500L, "000006"), "246810")).text(39))
                    .isEqualTo("00");
            assertThat(t.exchange(withPassword(f.purchaseAt(free, card.serial(), 900L, "000007"), "000000")).text(39))
                    .as("below the maximum the password is not needed").isEqualTo("00");
        }
        assertThat(f.cashFen(card)).isEqualTo(6_100);
        assertThat(f.notes(card)).hasSize(3);
        Checks.problem(f.admin.put("/api/cards/" + card.id() + "/overdraft-password", Map.of("password", "12345")),
                400, 1001);
        Checks.problem(f.admin.put("/api/cards/999999999/overdraft-password", Map.of("password", "123456")), 404, 1002);
    }

    @Test
    void aFaceOrEmployeeNumberComesInFieldSixtyOne() throws Exception {
        Registered free = f.terminal("FREE_AMOUNT", Map.of());
        Card card = f.card(5_000);
        String faceId = f.facePhoto(card.personId());
        try (PurchaseTerminal t = open(free)) {
            IsoMessage byEmployee = t.exchange(f.purchaseAt(free, card.serial(), 100L, "000001").remove(2)
                    .set(61, "E:" + card.employeeNo()).build());
            IsoMessage byFace = t.exchange(f.purchaseAt(free, card.serial(), 200L, "000002").remove(2).set(61, faceId)
                    .build());
            IsoMessage enquiry = t.exchange(f.purchaseAt(free, card.serial(), null, "000003").remove(2)
                    .set(3, "310000").set(61, faceId).build());

            assertThat(byEmployee.text(39)).isEqualTo("00");
            assertThat(byFace.text(39)).isEqualTo("00");
            assertThat(enquiry.text(54)).startsWith("1002156C000000004700");
            assertThat(t.exchange(f.purchaseAt(free, card.serial(), 100L, "000004").remove(2).set(61, "E:NOBODY")
                    .build()).text(39)).isEqualTo("14");
            assertThat(t.exchange(f.purchaseAt(free, card.serial(), 100L, "000005").set(61, faceId).build()).text(39))
                    .as("fields 2 and 61 together").isEqualTo("30");
        }
        assertThat(f.notes(card)).containsExactly("ONLINE 100 0200 E:" + card.employeeNo() + " 100",
                "ONLINE 200 0200 " + faceId + " 200");
    }

    private static IsoMessage withPassword(IsoMessage.Builder request, String password) {
        return request.set(52, PinBlock.of(password)).build();
    }

    private PurchaseTerminal open(Registered terminal) throws Exception {
        return new PurchaseTerminal(server.port(), terminal.key());
    }
}
