package org.onecard.terminal.recharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/**
 * A recharge POS (增值机) over a real socket on MariaDB: authorisation-card sign-on, whole-yuan
 * recharges within the maximum, reversal once (also after a restart), card-write failure and its
 * repair, a promotion's bonus booked once, the operator's cash report, and the books clean.
 */
@MariaDbTest
class RechargePosTests extends OneTerminalTest {

    private static final AtomicInteger NEXT = new AtomicInteger(300);
    private static final String PIN = "246810";

    private String posCode;
    private byte[] posKey;
    private PurchaseTerminal pos;
    private long operatorId;
    private Card authCard;
    private int trace = 100;

    @BeforeEach
    void rechargePos() throws Exception {
        int machineNo = 990 - NEXT.incrementAndGet() % 300;
        Map<String, Object> r = new HashMap<>();
        r.put("machineNo", machineNo);
        r.put("serial", "SN-R" + NEXT.get());
        r.put("model", "CZ-1");
        r.put("purpose", "RECHARGE_POS");
        r.put("outletId", fx.outlet);
        r.put("mode", "FREE_AMOUNT");
        Map<String, Object> created = fx.admin.created("/api/terminals", r);
        posCode = String.format("%08d", machineNo);
        posKey = HexFormat.of().parseHex((String) created.get("macKey"));
        pos = new PurchaseTerminal(server.port(), posKey);
        operatorId = operators.create("rop" + NEXT.incrementAndGet(), "收款员" + NEXT.get(), "Recharge-Op-2026!",
                Set.of(Roles.CASHIER), null).block();
        authCard = fx.card(100);
        fx.admin.put("/api/cards/" + authCard.id() + "/kind", Map.of("kind", "OPERATOR")).expectStatus().isOk();
        fx.admin.put("/api/cards/" + authCard.id() + "/pin", Map.of("pin", PIN)).expectStatus().isNoContent();
        fx.admin.put("/api/recharge-operators/" + operatorId, Map.of("cardId", authCard.id())).expectStatus().isOk();
    }

    @AfterEach
    void closePos() throws Exception {
        pos.close();
    }

    @Test
    void aSignedOnOperatorRechargesWholeYuanAndTheBalanceComesBackIn54() throws Exception {
        Card card = fx.card(1_000);
        IsoMessage before = pos.exchange(recharge(card, 5_000, "000001"));
        assertThat(before.text(39)).isEqualTo("58");
        assertThat(before.text(44)).isEqualTo("5142");

        assertThat(signOn(authCard.serial(), PIN).text(39)).isEqualTo("00");
        IsoMessage request = recharge(card, 5_000, "000002");
        IsoMessage approved = pos.exchange(request);

        assertThat(approved.text(39)).isEqualTo("00");
        assertThat(approved.text(4)).isEqualTo("000000005000");
        assertThat(approved.text(54)).isEqualTo("1002156C000000006000" + "2002156C000000000000");
        assertThat(approved.has(37)).isTrue();
        assertThat(fx.cashFen(card)).isEqualTo(6_000);
        assertThat(db.sql("SELECT operator_id FROM terminal_recharge WHERE idem_key LIKE :k")
                .bind("k", "term:" + posCode + ":000002:%").map(row -> ((Number) row.get("operator_id")).longValue())
                .one().block()).isEqualTo(operatorId);
        // the same frame again: the first answer, nothing more
        IsoMessage again = pos.exchange(request);
        assertThat(again.text(37)).isEqualTo(approved.text(37));
        assertThat(fx.cashFen(card)).isEqualTo(6_000);
        assertThat(pos.exchange(request.toBuilder().set(4, "000000004000").build()).text(39)).isEqualTo("94");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void notWholeYuanAboveTheMaximumAndAnUnknownCardAreRefusedAndMoveNothing() throws Exception {
        long typeId = fx.cardType(Map.of("maxBalanceFen", 20_000));
        Card card = fx.card(15_000, typeId);
        signOn(authCard.serial(), PIN);

        // built once: a repeat is the same frame (rebuilt, its time field could move to the next second)
        IsoMessage fenRequest = recharge(card, 1_050, "000011");
        IsoMessage fen = pos.exchange(fenRequest);
        IsoMessage over = pos.exchange(recharge(card, 6_000, "000012"));
        IsoMessage zero = pos.exchange(recharge(card, 0, "000013"));
        IsoMessage nobody = pos.exchange(recharge(new Card(0, "6299000000000001"), 100, "000014"));
        IsoMessage upTo = pos.exchange(recharge(card, 5_000, "000015"));

        assertThat(fen.text(39)).isEqualTo("13");
        assertThat(fen.text(44)).isEqualTo("5141");
        assertThat(over.text(39)).isEqualTo("61");
        assertThat(over.text(44)).isEqualTo("5013");
        assertThat(zero.text(39)).isEqualTo("13");
        assertThat(nobody.text(39)).isEqualTo("14");
        assertThat(upTo.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(20_000);
        // a refusal is kept: the same trace again gets it again, even now the card could take it
        assertThat(pos.exchange(fenRequest).text(44)).isEqualTo("5141");
    }

    @Test
    void theCandidatesAreTheEnabledOperatorsWithoutABindingAndAnUnboundOneComesBack() throws Exception {
        long unbound = operators.create("rcand" + NEXT.incrementAndGet(), "候选" + NEXT.get(), "Recharge-Op-2026!",
                Set.of(Roles.CASHIER), null).block();

        List<Long> before = candidateIds();
        fx.admin.delete("/api/recharge-operators/" + operatorId).expectStatus().isOk();
        List<Long> after = candidateIds();

        assertThat(before).contains(unbound).doesNotContain(operatorId);
        assertThat(after).contains(unbound, operatorId);
        fx.admin.get("/api/recharge-operators/candidates").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.operatorId == " + unbound + ")].displayName").isEqualTo("候选" + NEXT.get());
        Checks.problem(ApiCalls.as(web, operators, Roles.CASHIER).get("/api/recharge-operators/candidates"), 403, 2010);
    }

    private List<Long> candidateIds() {
        return fx.admin.get("/api/recharge-operators/candidates").expectStatus().isOk().expectBodyList(Map.class)
                .returnResult().getResponseBody().stream().map(m -> ((Number) m.get("operatorId")).longValue()).toList();
    }

    @Test
    void anAbnormalAuthorisationCardOrAUserCardCannotSignOnAndThreeWrongPinsLock() throws Exception {
        Card user = fx.card(100);
        IsoMessage notOperator = signOn(user.serial(), PIN);
        IsoMessage wrong1 = signOn(authCard.serial(), "111111");
        IsoMessage wrong2 = signOn(authCard.serial(), "111111");
        IsoMessage wrong3 = signOn(authCard.serial(), "111111");
        IsoMessage rightButLocked = signOn(authCard.serial(), PIN);

        assertThat(notOperator.text(44)).isEqualTo("5143");
        assertThat(wrong1.text(39)).isEqualTo("55");
        assertThat(wrong1.text(44)).isEqualTo("5131");
        assertThat(wrong2.text(44)).isEqualTo("5131");
        assertThat(wrong3.text(44)).isEqualTo("5132");
        assertThat(rightButLocked.text(44)).isEqualTo("5132");
        assertThat(pos.exchange(recharge(fx.card(100), 100, "000021")).text(44)).isEqualTo("5142");

        fx.admin.postEmpty("/api/recharge-operators/" + operatorId + "/unlock").expectStatus().isOk();
        assertThat(signOn(authCard.serial(), PIN).text(39)).isEqualTo("00");

        db.sql("UPDATE card SET status = 'FROZEN' WHERE id = :id").bind("id", authCard.id()).fetch().rowsUpdated()
                .block();
        IsoMessage frozen = signOn(authCard.serial(), PIN);
        assertThat(frozen.text(39)).isEqualTo("62");
        // the refusal signed the previous operator off
        assertThat(pos.exchange(recharge(fx.card(100), 100, "000022")).text(44)).isEqualTo("5142");
    }

    @Test
    void aTimedOutRechargeIsReversedOnceHoweverOftenAndAfterARestart() throws Exception {
        Card card = fx.card(1_000);
        signOn(authCard.serial(), PIN);
        IsoMessage original = recharge(card, 3_000, "000031");
        assertThat(pos.exchange(original).text(39)).isEqualTo("00");

        IsoMessage first = pos.exchange(TerminalFixture.reversalOf(original, "000032"));
        IsoMessage second = pos.exchange(TerminalFixture.reversalOf(original, "000033"));
        // the POS restarts, and so does the server: the reversal is sent again on a new connection
        pos.close();
        server.stop();
        server.start();
        terminalCache.forget();
        pos = new PurchaseTerminal(server.port(), posKey);
        IsoMessage afterRestart = pos.exchange(TerminalFixture.reversalOf(original, "000034").toBuilder().mti("0401")
                .build());

        assertThat(first.text(39)).isEqualTo("00");
        assertThat(first.text(54)).isEqualTo("1002156C000000001000" + "2002156C000000000000");
        assertThat(second.text(37)).isEqualTo(first.text(37));
        assertThat(afterRestart.text(39)).isEqualTo("00");
        assertThat(afterRestart.text(37)).isEqualTo(first.text(37));
        assertThat(fx.cashFen(card)).isEqualTo(1_000);
        assertThat(fx.postingsKeyed("rev:term:" + posCode + ":000031:")).isEqualTo(1);

        // a reversal whose recharge never arrived leaves a tombstone: the late recharge is declined
        IsoMessage lost = recharge(card, 2_000, "000035");
        assertThat(pos.exchange(TerminalFixture.reversalOf(lost, "000036")).text(39)).isEqualTo("00");
        assertThat(pos.exchange(lost).text(44)).isEqualTo("5100");
        assertThat(fx.cashFen(card)).isEqualTo(1_000);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aReversalOfARechargeAlreadySpentIsRefusedOnceAndForAll() throws Exception {
        Card card = fx.card(100);
        signOn(authCard.serial(), PIN);
        IsoMessage original = recharge(card, 2_000, "000041");
        assertThat(pos.exchange(original).text(39)).isEqualTo("00");
        assertThat(terminal.exchange(fx.purchase(card.serial(), 1_900, "000042")).text(39)).isEqualTo("00");

        IsoMessage refused = pos.exchange(TerminalFixture.reversalOf(original, "000043"));
        IsoMessage again = pos.exchange(TerminalFixture.reversalOf(original, "000044"));

        assertThat(refused.text(39)).isEqualTo("51");
        assertThat(refused.text(44)).isEqualTo("5144");
        assertThat(again.text(44)).isEqualTo("5144");
        assertThat(fx.cashFen(card)).isEqualTo(200);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aCardWriteFailureLeavesTheBookingAndTheCardCentreRepairsIt() throws Exception {
        Card card = fx.card(100);
        signOn(authCard.serial(), PIN);
        IsoMessage original = recharge(card, 1_000, "000051");
        IsoMessage approved = pos.exchange(original);

        IsoMessage advice = pos.exchange(writeFailureOf(original, "000052"));
        IsoMessage repeat = pos.exchange(writeFailureOf(original, "000053").toBuilder().mti("0221").build());
        IsoMessage unknown = pos.exchange(writeFailureOf(recharge(card, 1_000, "000054"), "000055"));

        assertThat(advice.mti()).isEqualTo("0230");
        assertThat(advice.text(39)).isEqualTo("00");
        assertThat(advice.text(37)).isEqualTo(approved.text(37));
        assertThat(repeat.text(39)).isEqualTo("00");
        assertThat(unknown.text(39)).isEqualTo("25");
        assertThat(unknown.text(44)).isEqualTo("5145");
        assertThat(fx.cashFen(card)).isEqualTo(1_100);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> open = fx.admin.get("/api/recharge-write-failures?open=true").expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(m -> (Map<String, Object>) m).filter(m -> ((Number) m.get("cardId")).longValue() == card.id())
                .toList();
        assertThat(open).hasSize(1);
        long id = ((Number) open.get(0).get("id")).longValue();
        fx.admin.post("/api/recharge-write-failures/" + id + "/repair", Map.of("note", "rewritten at the counter"))
                .expectStatus().isOk().expectBody().jsonPath("$.repairNote").isEqualTo("rewritten at the counter");
        Checks.problem(fx.admin.post("/api/recharge-write-failures/" + id + "/repair", Map.of()), 409, 5146);
        assertThat(fx.admin.get("/api/recharge-write-failures?open=true").expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody())
                .noneMatch(m -> ((Number) m.get("id")).longValue() == id);
        assertThat(fx.cashFen(card)).isEqualTo(1_100);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aPromotionBonusIsItsOwnPostingBookedOnceAndTheCashReportSumsTheDay() throws Exception {
        String today = clock.accountingDate(clock.now()).toString();
        Map<String, Object> rule = new HashMap<>(Map.of("name", "充值送" + NEXT.incrementAndGet(), "startsOn", today,
                "endsOn", today, "minAmountFen", 10_000, "percent", 5, "maxBonusFen", 2_000,
                "channels", List.of("RECHARGE_POS")));
        rule.put("maxAmountFen", 99_900 + NEXT.get());
        long promotion = ((Number) fx.admin.created("/api/recharge-promotions", rule).get("id")).longValue();
        Checks.problem(fx.admin.post("/api/recharge-promotions", rule), 409, 5147);
        Map<String, Object> bad = new HashMap<>(rule);
        bad.put("fixedFen", 100);
        Checks.problem(fx.admin.post("/api/recharge-promotions", bad), 400, 1001);
        try {
            Card card = fx.card(100);
            signOn(authCard.serial(), PIN);
            IsoMessage original = recharge(card, 20_000, "000061");
            IsoMessage approved = pos.exchange(original);
            IsoMessage again = pos.exchange(original);
            IsoMessage small = pos.exchange(recharge(card, 5_000, "000062"));
            IsoMessage reversed = recharge(card, 10_000, "000063");
            pos.exchange(reversed);
            pos.exchange(TerminalFixture.reversalOf(reversed, "000064"));

            assertThat(approved.text(48)).isEqualTo("BN0041000");
            assertThat(again.text(48)).isEqualTo("BN0041000");
            assertThat(small.has(48)).isFalse();
            assertThat(fx.cashFen(card)).isEqualTo(100 + 20_000 + 1_000 + 5_000);
            assertThat(fx.postingsKeyed("bonus:term:" + posCode + ":000061:")).isEqualTo(1);
            assertThat(db.sql("SELECT COUNT(*) AS n FROM ledger_transfer t JOIN ledger_posting p ON p.id = t.posting_id"
                            + " WHERE p.idem_key LIKE :k AND t.code = 'RECHARGE_BONUS' AND t.amount = 1000")
                    .bind("k", "bonus:term:" + posCode + ":000061:%").map(row -> ((Number) row.get("n")).longValue())
                    .one().block()).isEqualTo(1);

            Map<String, Object> day = fx.admin.get("/api/cash-reports/day?date=" + today + "&operatorId=" + operatorId)
                    .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().get(0);
            assertThat(day).containsEntry("recharges", 3).containsEntry("rechargeFen", 35_000)
                    .containsEntry("reversals", 1).containsEntry("reversedFen", 10_000)
                    .containsEntry("refunds", 0).containsEntry("bonusFen", 1_000 + 500 - 500)
                    .containsEntry("netCashFen", 25_000);
            assertThat(fx.admin.get("/api/cash-reports?from=" + today + "&to=" + today + "&operatorId=" + operatorId)
                    .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()).hasSize(1);
            Checks.problem(fx.admin.get("/api/cash-reports?from=" + today + "&to=2020-01-01"), 400, 1001);
            Checks.booksClean(web, fx.admin.token());
        } finally {
            fx.admin.delete("/api/recharge-promotions/" + promotion).expectStatus().isNoContent();
        }
    }

    private IsoMessage signOn(String serial, String pin) throws Exception {
        return pos.exchange(IsoMessage.builder("0800").set(2, serial).set(11, String.format("%06d", ++trace))
                .set(41, posCode).set(52, PinBlock.of(pin)).set(70, "103").build());
    }

    private IsoMessage recharge(Card card, long amountFen, String trace) {
        return fx.purchase(card.serial(), amountFen, trace).toBuilder().set(3, "210000").set(41, posCode).build();
    }

    /** The 0220 saying the card write of {@code original} failed: its fields, and field 90 naming it. */
    private static IsoMessage writeFailureOf(IsoMessage original, String trace) {
        return TerminalFixture.reversalOf(original, trace).toBuilder().mti("0220").build();
    }
}
