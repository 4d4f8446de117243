package org.onecard.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onecard.people.ApiCalls.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.sql.Utc;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.testing.MariaDbTest;

/** Shift hand-overs recorded from the admin API on MariaDB: totals over several shifts, mismatches, keys, refusals. */
@MariaDbTest
class HandOverApiTests extends OneTerminalTest {

    private ShiftFixture sx;

    @BeforeEach
    void station() {
        sx = new ShiftFixture(fx, web, db);
    }

    @Test
    void totalsOverSeveralShiftsAreTheTotaliserDifferencesAndAMismatchedStartIsFlaggedNotFixed() {
        Registered d = sx.dispenser(2);
        long team = sx.team();
        Card a = sx.shiftCard(team);
        Card b = sx.shiftCard(team);
        Card c = sx.shiftCard(team);

        sx.handedOver(d.id(), "h1", null, a, 1, 1000, 50_000, 2, 2000, 90_000);
        sx.handedOver(d.id(), "h2", a, b, 1, 1500, 75_000, 2, 2600, 117_000);
        sx.handedOver(d.id(), "h3", b, null, 1, 1800, 90_000, 2, 2600, 117_000);
        Map<String, Object> h4 = sx.handedOver(d.id(), "h4", null, c, 1, 1800, 90_000, 2, 2650, 119_250);
        sx.handedOver(d.id(), "h5", c, a, 1, 2000, 100_000, 2, 2700, 121_500);

        List<Map<String, Object>> started = shifts(h4);
        assertThat(started).extracting(s -> s.get("nozzleNo"), s -> s.get("startMismatch"),
                s -> s.get("previousEndVolume"), s -> s.get("previousEndAmountFen"))
                .containsExactly(tuple(1, false, null, null),
                        tuple(2, true, 2600, 117_000));
        assertThat(handOver(h4)).containsEntry("mismatch", true).containsEntry("source", "ADMIN");

        Map<String, Object> report = fx.admin.read("/api/reports/shifts?outletId=" + fx.outlet + "&from=" + today()
                + "&to=" + today());
        // A 500/25000 + 600/27000, B 300/15000 + 0/0, C 200/10000 + 50/2250; A's new shifts are open
        assertThat(report).containsEntry("dispensedVolume", 1650).containsEntry("dispensedAmountFen", 79_250);
        List<Map<String, Object>> lines = lines(report);
        assertThat(lines).hasSize(8);
        assertThat(lines).extracting(l -> shift(l).get("nozzleNo"), l -> shift(l).get("cardSerial"),
                        l -> shift(l).get("dispensedVolume"), l -> shift(l).get("dispensedAmountFen"))
                .containsExactly(
                        tuple(1, a.serial(), 500, 25_000),
                        tuple(1, b.serial(), 300, 15_000),
                        tuple(1, c.serial(), 200, 10_000),
                        tuple(1, a.serial(), null, null),
                        tuple(2, a.serial(), 600, 27_000),
                        tuple(2, b.serial(), 0, 0),
                        tuple(2, c.serial(), 50, 2_250),
                        tuple(2, a.serial(), null, null));
        assertThat(lines).allSatisfy(l -> assertThat(l.get("cardSalesFen")).as("no fuel sold by card").isEqualTo(0));
        assertThat(nozzle(d.id(), 2)).containsEntry("onShift", true)
                .containsEntry("lastVolume", 2700).containsEntry("lastAmountFen", 121_500);
        List<Map<String, Object>> history = list("/api/shift-handovers?outletId=" + fx.outlet + "&from=" + today()
                + "&to=" + today());
        assertThat(history).extracting(h -> h.get("mismatch")).containsExactly(false, true, false, false, false);
    }

    @Test
    void aRepeatedKeyAnswersTheFirstHandOverAndOtherContentUnderItIsRefused() {
        Registered d = sx.dispenser(1);
        long team = sx.team();
        Card a = sx.shiftCard(team);
        Card b = sx.shiftCard(team);
        sx.handedOver(d.id(), "k1", null, a, 1, 100, 1_000);
        Map<String, Object> first = sx.handedOver(d.id(), "k2", a, b, 1, 300, 5_000);

        Map<String, Object> again = sx.handedOver(d.id(), "k2", a, b, 1, 300, 5_000);
        problem(sx.handOver(d.id(), "k2", a, b, 1, 301, 5_000), 409, 1007);
        problem(sx.handOver(d.id(), null, a, b, 1, 301, 5_000), 400, 1006);

        assertThat(handOver(again).get("id")).isEqualTo(handOver(first).get("id"));
        assertThat(shifts(again)).isEqualTo(shifts(first));
        assertThat(count("shift_handover", d.id())).isEqualTo(2);
        assertThat(count("nozzle_shift", d.id())).isEqualTo(2);
    }

    @Test
    void badReadingsCardsAndNozzlesAreRefusedWithTheirCodesAndChangeNothing() {
        Registered d = sx.dispenser(1);
        long team = sx.team();
        Card x = sx.shiftCard(team);
        Card y = sx.shiftCard(team);
        Card noTeam = sx.shiftCard(null);
        Card user = fx.card(1);
        sx.handedOver(d.id(), "r0", null, x, 1, 100, 1_000);

        problem(sx.handOver(d.id(), "r1", x, y, 1, 99, 2_000), 422, 8068);
        problem(sx.handOver(d.id(), "r2", x, y, 1, 200, 999), 422, 8068);
        problem(sx.handOver(d.id(), "r3", y, x, 1, 200, 2_000), 409, 8069);
        problem(sx.handOver(d.id(), "r4", null, y, 1, 200, 2_000), 409, 8070);
        problem(sx.handOver(d.id(), "r5", x, y, 2, 200, 2_000), 422, 8062);
        problem(sx.handOver(d.id(), "r6", x, user, 1, 200, 2_000), 422, 8065);
        problem(sx.handOver(d.id(), "r7", x, noTeam, 1, 200, 2_000), 422, 8067);
        problem(sx.handOver(d.id(), "r8", null, null, 1, 200, 2_000), 400, 1001);
        problem(sx.handOver(d.id(), "r9", x, y, 1, 200, 2_000, 1, 200, 2_000), 400, 1001);
        problem(sx.handOver(d.id(), "r10", x, y, 0, 200, 2_000), 400, 1001);
        problem(sx.handOver(d.id(), "r11", x, y, 1, -1, 2_000), 400, 1001);
        problem(sx.handOver(d.id(), "r12", x, y), 400, 1001);
        problem(sx.handOver(fx.terminal("FREE_AMOUNT", Map.of()).id(), "r13", x, y, 1, 200, 2_000), 422, 8060);
        problem(sx.handOver(999_999_999L, "r14", x, y, 1, 200, 2_000), 404, 1002);
        problem(fx.admin.postEmpty(ShiftFixture.nozzles(d.id()) + "/1/disable"), 409, 8071);

        assertThat(count("shift_handover", d.id())).isEqualTo(1);
        assertThat(count("nozzle_shift", d.id())).isEqualTo(1);
        assertThat(nozzle(d.id(), 1)).containsEntry("enabled", true);
        // the right hand-over still goes through afterwards
        sx.handedOver(d.id(), "r1", x, y, 1, 200, 2_000);
    }

    @Test
    void theReportSetsEachNozzlesCardSalesAgainstWhatItDispensed() throws Exception {
        Registered d = sx.dispenser(2);
        long team = sx.team();
        Card a = sx.shiftCard(team);
        Card b = sx.shiftCard(team);
        sx.handedOver(d.id(), "s1", null, a, 1, 0, 0);
        Thread.sleep(5);
        sale(d, 1, 12_000, 300, null);
        sale(d, 1, 8_000, 200, 5_000L);
        sale(d, 1, 6_000, 150, 0L);
        sale(d, 2, 9_000, 220, null);
        Thread.sleep(5);
        sx.handedOver(d.id(), "s2", a, b, 1, 1_000, 30_000);

        Map<String, Object> report = fx.admin.read("/api/reports/shifts?outletId=" + fx.outlet + "&from=" + today()
                + "&to=" + today());
        Map<String, Object> closed = lines(report).get(0);
        // nozzle 1: 12,000 + 8,000 corrected to 5,000; the reversed sale (corrected to 0) and nozzle 2's count nowhere
        assertThat(closed).containsEntry("cardSalesFen", 17_000).containsEntry("differenceFen", 13_000)
                .containsEntry("cardSalesVolume", 500);
        assertThat(report).containsEntry("cardSalesFen", 17_000).containsEntry("differenceFen", 13_000)
                .containsEntry("dispensedAmountFen", 30_000);
        byte[] xlsx = fx.admin.get("/api/reports/shifts.xlsx?outletId=" + fx.outlet + "&from=" + today() + "&to="
                + today()).expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(xlsx).startsWith('P', 'K');
        problem(fx.admin.get("/api/reports/shifts?outletId=" + fx.outlet + "&from=" + today() + "&to="
                + today().minusDays(1)), 400, 7020);
    }

    /** A fuel sale at the nozzle, as the dispenser's 610000 books it: its fuel_sale and consumption rows. */
    private void sale(Registered dispenser, int nozzle, long amountFen, long volume, Long correctedFen) {
        long posting = db.sql("SELECT COALESCE(MAX(posting_id), 0) + 1000000 AS p FROM consumption")
                .map(r -> ((Number) r.get("p")).longValue()).one().block();
        db.sql("INSERT INTO fuel_sale (posting_id, terminal_id, nozzle_no, outlet_id, card_id, person_id, card_mode,"
                        + " price_level, unit_price_fen, volume, amount_fen, occurred_at, accounting_date)"
                        + " VALUES (:p, :t, :n, :o, 0, 0, 'PREPAID_AMOUNT', 0, 40, :v, :a, :at, :d)")
                .bind("p", posting).bind("t", dispenser.id()).bind("n", nozzle).bind("o", fx.outlet).bind("v", volume)
                .bind("a", amountFen).bind("at", Utc.toDb(clock.now())).bind("d", today()).then().block();
        String terminalCode = dispenser.code();
        var spec = db.sql("INSERT INTO consumption (posting_id, outlet_id, terminal_no, kind, amount_fen, cash_fen,"
                        + " subsidy_fen, deduction_order, occurred_at, accounting_date, corrected_amount_fen)"
                        + " VALUES (:p, :o, :t, 'TERMINAL', :a, :a, 0, 'CASH_FIRST', :at, :d, :c)")
                .bind("p", posting).bind("o", fx.outlet).bind("t", terminalCode).bind("a", amountFen)
                .bind("at", Utc.toDb(clock.now())).bind("d", today());
        (correctedFen == null ? spec.bindNull("c", Long.class) : spec.bind("c", correctedFen)).then().block();
    }

    private LocalDate today() {
        return clock.accountingDate(clock.now());
    }

    private long count(String table, long terminalId) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table + " WHERE terminal_id = :t").bind("t", terminalId)
                .map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> handOver(Map<String, Object> recorded) {
        return (Map<String, Object>) recorded.get("handOver");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shifts(Map<String, Object> recorded) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) recorded.get("shifts");
        return all.stream().filter(s -> s.get("endedAt") == null).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("lines");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shift(Map<String, Object> line) {
        return (Map<String, Object>) line.get("shift");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String uri) {
        return fx.admin.get(uri).expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    private Map<String, Object> nozzle(long terminalId, int no) {
        return list(ShiftFixture.nozzles(terminalId)).stream().filter(n -> n.get("nozzleNo").equals(no)).findFirst()
                .orElseThrow();
    }
}
