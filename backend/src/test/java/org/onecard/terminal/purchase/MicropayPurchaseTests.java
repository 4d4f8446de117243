package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.onecard.payments.OrderFollowUp;
import org.onecard.payments.simulator.PaymentSimulator;
import org.onecard.payments.simulator.SimulatedTrades;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * 0200 purchases paid with a payer's WeChat / Alipay payment code in field 62 (micropay), charged
 * at the gateway simulator through the SDKs, over a real socket on MariaDB. The simulator answers
 * by the code's last four digits (CodeMarkers): 0051 short, 0054 expired, 0014 invalid, 0009 the
 * payer confirms on the phone, 0063 a forged answer, 0096 a gateway failure; other codes are paid at once.
 */
@MariaDbTest
@TestPropertySource(properties = {"onecard.payments.simulator.enabled=true",
        "onecard.payments.micropay.payer-wait=3s", "onecard.payments.micropay.poll=200ms"})
class MicropayPurchaseTests extends OneTerminalTest {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    PaymentSimulator simulator;
    @Autowired
    OrderFollowUp followUp;

    @Test
    void aWechatCodeIsChargedAtTheGatewayAndBookedFromClearingToTheOutlet() throws Exception {
        String code = wechat("1234");

        IsoMessage reply = terminal.exchange(scanned(code, 1250, "000001"));

        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(4)).isEqualTo("000000001250");
        assertThat(reply.has(37)).isTrue();
        assertThat(reply.has(54)).as("no wallet moved, no balances").isFalse();
        assertThat(sales()).containsExactly("MICROPAY 1250 null");
        assertThat(legs()).containsExactly("GATEWAY_CLEARING->OUTLET_REVENUE 1250 CONSUMPTION");
        assertThat(simulator.tradeByCode(code).paid()).isTrue();
        assertThat(orders("000001")).containsExactly("WECHAT PAID 1250");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anAlipayCodeIsChargedThroughTradePay() throws Exception {
        String code = alipay("5678");

        IsoMessage reply = terminal.exchange(scanned(code, 800, "000002"));

        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(sales()).containsExactly("MICROPAY 800 null");
        assertThat(legs()).containsExactly("GATEWAY_CLEARING->OUTLET_REVENUE 800 CONSUMPTION");
        assertThat(orders("000002")).containsExactly("ALIPAY PAID 800");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aGatewayDeclineGetsItsOwnCodeBooksNothingAndIsKeptForARepeat() throws Exception {
        IsoMessage shortOfMoney = scanned(wechat("0051"), 500, "000003");

        IsoMessage first = terminal.exchange(shortOfMoney);
        IsoMessage expired = terminal.exchange(scanned(wechat("0054"), 500, "000004"));
        IsoMessage invalid = terminal.exchange(scanned(alipay("0014"), 500, "000005"));
        IsoMessage aliShort = terminal.exchange(scanned(alipay("0051"), 500, "000006"));

        assertThat(first.text(39) + "/" + first.text(44)).isEqualTo("51/5162");
        assertThat(expired.text(39) + "/" + expired.text(44)).isEqualTo("54/5161");
        assertThat(invalid.text(39) + "/" + invalid.text(44)).isEqualTo("14/5160");
        assertThat(aliShort.text(39) + "/" + aliShort.text(44)).isEqualTo("51/5162");
        assertThat(terminal.exchange(shortOfMoney).text(44)).isEqualTo("5162");
        assertThat(orders("000003")).containsExactly("WECHAT CLOSED 500");
        assertThat(sales()).isEmpty();
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aPayerWhoConfirmsOnThePhoneInTimeIsApproved() throws Exception {
        String code = wechat("0009");
        IsoMessage purchase = scanned(code, 600, "000007");
        CompletableFuture<IsoMessage> reply = CompletableFuture.supplyAsync(() -> {
            try {
                return terminal.exchange(purchase);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        SimulatedTrades.Trade trade = awaitTrade(code);
        assertThat(reply).isNotDone();
        assertThat(simulator.confirm(code)).isTrue();

        assertThat(reply.get(10, TimeUnit.SECONDS).text(39)).isEqualTo("00");
        assertThat(trade.paid()).isTrue();
        assertThat(sales()).containsExactly("MICROPAY 600 null");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aPayerWhoNeverConfirmsIsCancelledAtTheGatewayAndDeclined() throws Exception {
        String code = alipay("0009");

        IsoMessage reply = terminal.exchange(scanned(code, 700, "000008"));

        assertThat(reply.text(39) + "/" + reply.text(44)).isEqualTo("05/5164");
        assertThat(simulator.tradeByCode(code).reversed()).isTrue();
        assertThat(simulator.confirm(code)).as("a cancelled trade can no longer be paid").isFalse();
        assertThat(orders("000008")).containsExactly("ALIPAY CLOSED 700");
        assertThat(sales()).isEmpty();
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void theSameFrameAgainGetsTheFirstReplyAndTheGatewayChargesOnce() throws Exception {
        IsoMessage purchase = scanned(wechat("4321"), 900, "000009");
        byte[] frame = terminal.frame(purchase);

        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(HexFormat.of().formatHex(terminal.exchangeBytes(frame)));
        }
        IsoMessage otherAmount = terminal.exchange(purchase.toBuilder().set(4, String.format("%012d", 901)).build());

        assertThat(replies).containsOnly(replies.get(0));
        assertThat(PurchaseTerminal.CODEC.decode(HexFormat.of().parseHex(replies.get(0))).text(39)).isEqualTo("00");
        assertThat(otherAmount.text(39)).isEqualTo("94");
        assertThat(orders("000009")).containsExactly("WECHAT PAID 900");
        assertThat(sales()).containsExactly("MICROPAY 900 null");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aReversalRefundsAtTheGatewayOnceHoweverOftenItIsSent() throws Exception {
        String code = alipay("2468");
        IsoMessage purchase = scanned(code, 1_100, "000010");
        assertThat(terminal.exchange(purchase).text(39)).isEqualTo("00");

        IsoMessage reversal = TerminalFixture.reversalOf(purchase, "000011");
        IsoMessage first = terminal.exchange(reversal);
        IsoMessage again = terminal.exchange(reversal);

        assertThat(first.text(39)).isEqualTo("00");
        assertThat(again.text(39)).isEqualTo("00");
        assertThat(simulator.tradeByCode(code).refundCount()).isEqualTo(1);
        assertThat(sales()).containsExactly("MICROPAY 1100 0");
        assertThat(refunds()).containsExactly("SUCCESS 1100");
        assertThat(orders("000010")).containsExactly("ALIPAY REFUNDED 1100");
        assertThat(legs()).containsExactly("GATEWAY_CLEARING->OUTLET_REVENUE 1100 CONSUMPTION",
                "OUTLET_REVENUE->GATEWAY_CLEARING 1100 REVERSAL");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aRefundTheGatewayDoesNotAnswerIsAskedAgainByTheNextReversalAndBookedOnce() throws Exception {
        String code = wechat("0097");
        IsoMessage purchase = scanned(code, 1_300, "000017");
        assertThat(terminal.exchange(purchase).text(39)).isEqualTo("00");
        IsoMessage reversal = TerminalFixture.reversalOf(purchase, "000018");

        IsoMessage unanswered = terminal.exchange(reversal);
        List<String> pending = refunds();
        IsoMessage again = terminal.exchange(reversal);

        assertThat(unanswered.text(39) + "/" + unanswered.text(44)).isEqualTo("96/5165");
        assertThat(pending).containsExactly("PROCESSING 1300");
        assertThat(again.text(39)).isEqualTo("00");
        assertThat(refunds()).containsExactly("SUCCESS 1300");
        assertThat(simulator.tradeByCode(code).refundCount()).isEqualTo(1);
        assertThat(legs()).containsExactly("GATEWAY_CLEARING->OUTLET_REVENUE 1300 CONSUMPTION",
                "OUTLET_REVENUE->GATEWAY_CLEARING 1300 REVERSAL");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anOrderLeftWaitingWhenTheServerStoppedIsCancelledAtTheGatewayByTheFollowUp() {
        String key = "term:" + fx.code + ":000019:20260101";
        LocalDateTime anHourAgo = LocalDateTime.now(ZoneOffset.UTC).minusHours(1);
        db.sql("INSERT INTO payment_order (order_no, channel, amount_fen, status, client_key, terminal_key,"
                        + " request_hash, refunded_fen, created_at, expires_at) VALUES (:no, 'WECHAT', 500, 'CREATED',"
                        + " :key, :key, :hash, 0, :at, :at)")
                .bind("no", "MPSTRANDED" + NEXT.incrementAndGet()).bind("key", key).bind("hash", "0".repeat(64))
                .bind("at", anHourAgo).then().block();

        followUp.round().block();

        assertThat(orders("000019")).containsExactly("WECHAT CLOSED 500");
    }

    @Test
    void aCodeOfNeitherGatewayIsStillRefusedAsNotGenuine() throws Exception {
        List<String> malformed = List.of("1312345678901234", "131234567890123456789", "161234567890123456",
                "2412345678901234", "3112345678901234", "25123456789012", "13123456789012345X");
        for (int i = 0; i < malformed.size(); i++) {
            IsoMessage reply = terminal.exchange(scanned(malformed.get(i), 500, "00010" + i));
            assertThat(reply.text(39) + "/" + reply.text(44)).as(malformed.get(i)).isEqualTo("59/5150");
        }
        assertThat(sales()).isEmpty();
    }

    @Test
    void aGatewayAnswerNotSignedByTheGatewayIsRefusedAndCancelledWithNothingBooked() throws Exception {
        String wechatCode = wechat("0063");
        String alipayCode = alipay("0063");

        IsoMessage wx = terminal.exchange(scanned(wechatCode, 300, "000013"));
        IsoMessage ali = terminal.exchange(scanned(alipayCode, 300, "000014"));

        assertThat(wx.text(39) + "/" + wx.text(44)).isEqualTo("96/5165");
        assertThat(ali.text(39) + "/" + ali.text(44)).isEqualTo("96/5165");
        assertThat(simulator.tradeByCode(wechatCode).reversed()).isTrue();
        assertThat(simulator.tradeByCode(alipayCode).reversed()).isTrue();
        assertThat(orders("000013")).containsExactly("WECHAT CLOSED 300");
        assertThat(sales()).isEmpty();
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aGatewayThatCannotSayWhatHappenedGets96AndTheOrderIsCancelledWithNothingBooked() throws Exception {
        IsoMessage wx = terminal.exchange(scanned(wechat("0096"), 400, "000015"));
        IsoMessage ali = terminal.exchange(scanned(alipay("0096"), 400, "000016"));

        assertThat(wx.text(39) + "/" + wx.text(44)).isEqualTo("96/5165");
        assertThat(ali.text(39) + "/" + ali.text(44)).isEqualTo("96/5165");
        assertThat(orders("000015")).containsExactly("WECHAT CLOSED 400");
        assertThat(orders("000016")).containsExactly("ALIPAY CLOSED 400");
        assertThat(sales()).isEmpty();
        assertThat(legs()).isEmpty();
        Checks.booksClean(web, fx.admin.token());
    }

    private IsoMessage scanned(String code, long amountFen, String trace) {
        return fx.purchase("0", amountFen, trace).toBuilder().remove(2).set(PurchaseRequest.SCANNED, code).build();
    }

    /** A WeChat payment code (18 digits from 10–15) ending in {@code marker}. */
    private static String wechat(String marker) {
        return "13" + String.format("%012d", NEXT.incrementAndGet() % 1_000_000_000_000L) + marker;
    }

    /** An Alipay payment code (here 20 digits from 25–30) ending in {@code marker}. */
    private static String alipay(String marker) {
        return "28" + String.format("%014d", NEXT.incrementAndGet()) + marker;
    }

    private SimulatedTrades.Trade awaitTrade(String code) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            SimulatedTrades.Trade trade = simulator.tradeByCode(code);
            if (trade != null) {
                return trade;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The gateway never saw " + code);
    }

    /** This outlet's payment-code sales as "KIND amount corrected-amount". */
    private List<String> sales() {
        return db.sql("SELECT kind, amount_fen, corrected_amount_fen FROM consumption WHERE outlet_id = :outlet"
                        + " AND person_id IS NULL ORDER BY posting_id")
                .bind("outlet", fx.outlet)
                .map(r -> r.get("kind", String.class) + " " + r.get("amount_fen", Long.class) + " "
                        + r.get("corrected_amount_fen", Long.class))
                .all().collectList().block();
    }

    /** Every transfer into or out of this outlet's revenue, as "DEBIT->CREDIT amount code". */
    private List<String> legs() {
        return db.sql("SELECT da.kind AS dk, ca.kind AS ck, t.amount, t.code FROM ledger_transfer t"
                        + " JOIN ledger_account da ON da.id = t.debit_account_id"
                        + " JOIN ledger_account ca ON ca.id = t.credit_account_id"
                        + " WHERE (ca.kind = 'OUTLET_REVENUE' AND ca.owner_id = :outlet)"
                        + " OR (da.kind = 'OUTLET_REVENUE' AND da.owner_id = :outlet) ORDER BY t.id")
                .bind("outlet", fx.outlet)
                .map(r -> r.get("dk", String.class) + "->" + r.get("ck", String.class) + " " + r.get("amount", Long.class)
                        + " " + r.get("code", String.class))
                .all().collectList().block();
    }

    /** The payment orders this terminal's request with that trace opened, as "CHANNEL STATUS amount". */
    private List<String> orders(String trace) {
        return db.sql("SELECT channel, status, amount_fen FROM payment_order WHERE terminal_key LIKE :key")
                .bind("key", "term:" + fx.code + ":" + trace + ":%")
                .map(r -> r.get("channel", String.class) + " " + r.get("status", String.class) + " "
                        + r.get("amount_fen", Long.class))
                .all().collectList().block();
    }

    /** Refunds of this outlet's payment-code sales, as "STATUS amount". */
    private List<String> refunds() {
        return db.sql("SELECT f.status, f.amount_fen FROM payment_refund f JOIN payment_order o ON o.id = f.order_id"
                        + " WHERE o.terminal_key LIKE :key ORDER BY f.id")
                .bind("key", "term:" + fx.code + ":%")
                .map(r -> r.get("status", String.class) + " " + r.get("amount_fen", Long.class))
                .all().collectList().block();
    }
}
