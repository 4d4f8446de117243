package org.onecard.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.ledger.verify.LedgerVerifier;
import org.onecard.payments.PaymentFixture;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.persistence.NotificationStore;
import org.onecard.payments.simulator.NoticeTweak;
import org.onecard.payments.simulator.PaymentSimulator;
import org.onecard.payments.simulator.PaymentSimulator.Notice;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Forged payment notifications against the real verification code, for both gateways: a body
 * with another's signature, an unknown order, an order of the other gateway, another merchant,
 * and a captured genuine notification replayed — each refused in the gateway's own format (WeChat
 * 4xx, Alipay "failure"), nothing credited; the genuine one from the simulator credits once.
 * Stranger's key, other amount, other app id, stale or future timestamps, and eight copies at
 * once: {@code payments.NotificationTests}.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// every test leaves paid-but-uncredited orders open on purpose: more than the cardholder's usual 5
@TestPropertySource(properties = {"onecard.payments.simulator.enabled=true", "onecard.payments.max-open-orders=100"})
class NotificationAttackTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    CardholderCredentials credentials;
    @Autowired
    PaymentSimulator simulator;
    @Autowired
    NotificationStore notifications;
    @Autowired
    LedgerVerifier verifier;

    PaymentFixture f;

    @BeforeAll
    void setUp() {
        f = new PaymentFixture(web, operators, people, credentials);
    }

    private String paidOrder(PaymentChannel channel, long amountFen) {
        String orderNo = (String) f.order(channel.name(), amountFen).get("orderNo");
        assertThat(simulator.pay(channel, orderNo)).isTrue();
        return orderNo;
    }

    /** Posts the notification; true when the answer is the gateway's "taken". */
    private boolean taken(Notice notice) {
        var result = web.post().uri(URI.create(notice.notifyUrl()).getPath()).contentType(notice.contentType())
                .headers(h -> notice.headers().forEach(h::set)).bodyValue(notice.body()).exchange()
                .expectBody(String.class).returnResult();
        if (notice.channel() == PaymentChannel.WECHAT) {
            boolean ok = result.getStatus().is2xxSuccessful();
            if (!ok) {
                assertThat(result.getStatus().is4xxClientError()).as("a refusal is the sender's fault").isTrue();
                assertThat(result.getResponseBody()).contains("\"code\":\"FAIL\"");
            }
            return ok;
        }
        assertThat(result.getResponseBody()).isIn("success", "failure");
        return "success".equals(result.getResponseBody());
    }

    private long count(String orderNo, String outcome) {
        return notifications.count(orderNo, outcome).block();
    }

    private void assertNothingCredited(long cashBefore, String... unpaidOrders) {
        assertThat(f.cashFen()).isEqualTo(cashBefore);
        for (String orderNo : unpaidOrders) {
            assertThat(f.myOrder(orderNo, false).get("status")).isEqualTo("CREATED");
            assertThat(count(orderNo, "CREDITED")).isZero();
        }
        assertThat(verifier.verify().block().clean()).isTrue();
    }

    @Test
    void aSignatureTakenFromAnotherNotificationIsRefused() {
        long before = f.cashFen();
        String cheap = paidOrder(PaymentChannel.WECHAT, 100);
        String dear = paidOrder(PaymentChannel.WECHAT, 90_000);
        Notice signedCheap = simulator.notice(PaymentChannel.WECHAT, cheap, NoticeTweak.NONE);
        Notice signedDear = simulator.notice(PaymentChannel.WECHAT, dear, NoticeTweak.NONE);
        assertThat(taken(new Notice(PaymentChannel.WECHAT, signedDear.notifyUrl(), signedCheap.headers(),
                signedDear.body(), signedDear.contentType()))).isFalse();

        String alipayCheap = paidOrder(PaymentChannel.ALIPAY, 100);
        String alipayDear = paidOrder(PaymentChannel.ALIPAY, 90_000);
        String cheapForm = simulator.notice(PaymentChannel.ALIPAY, alipayCheap, NoticeTweak.NONE).body();
        Notice dearForm = simulator.notice(PaymentChannel.ALIPAY, alipayDear, NoticeTweak.NONE);
        String cheapSign = param(cheapForm, "sign");
        String grafted = dearForm.body().replace("sign=" + param(dearForm.body(), "sign"), "sign=" + cheapSign);
        assertThat(grafted).isNotEqualTo(dearForm.body());
        assertThat(taken(new Notice(PaymentChannel.ALIPAY, dearForm.notifyUrl(), Map.of(), grafted,
                dearForm.contentType()))).isFalse();
        // a second out_trade_no after the signed one: the first wins, so the graft cannot redirect the credit
        assertThat(taken(new Notice(PaymentChannel.ALIPAY, dearForm.notifyUrl(), Map.of(),
                "out_trade_no=" + alipayDear + "&" + cheapForm, dearForm.contentType()))).isFalse();

        assertNothingCredited(before, cheap, dear, alipayCheap, alipayDear);
    }

    private static String param(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void aGenuinelySignedNotificationForAnOrderWeDoNotHoldIsRefused() {
        long before = f.cashFen();
        for (PaymentChannel channel : PaymentChannel.values()) {
            String orderNo = paidOrder(channel, 500);
            String unknown = "NOSUCH" + System.nanoTime() % 1_000_000_000L;
            assertThat(taken(simulator.notice(channel, orderNo, NoticeTweak.orderNo(unknown)))).isFalse();
            assertThat(count(unknown, "REJECTED")).isEqualTo(1);
            assertNothingCredited(before, orderNo);
        }
    }

    @Test
    void aNotificationNamingTheOtherGatewaysOrderIsRefused() {
        long before = f.cashFen();
        String wechatOrder = paidOrder(PaymentChannel.WECHAT, 600);
        String alipayOrder = paidOrder(PaymentChannel.ALIPAY, 600);

        assertThat(taken(simulator.notice(PaymentChannel.WECHAT, wechatOrder, NoticeTweak.orderNo(alipayOrder)))).isFalse();
        assertThat(taken(simulator.notice(PaymentChannel.ALIPAY, alipayOrder, NoticeTweak.orderNo(wechatOrder)))).isFalse();

        assertThat(count(alipayOrder, "REJECTED")).isEqualTo(1);
        assertThat(count(wechatOrder, "REJECTED")).isEqualTo(1);
        assertNothingCredited(before, wechatOrder, alipayOrder);
    }

    @Test
    void aNotificationForAnotherMerchantIsRefused() {
        long before = f.cashFen();
        for (PaymentChannel channel : PaymentChannel.values()) {
            String orderNo = paidOrder(channel, 700);
            assertThat(taken(simulator.notice(channel, orderNo, NoticeTweak.merchantId("1900000999")))).isFalse();
            assertThat(count(orderNo, "REJECTED")).isEqualTo(1);
            assertNothingCredited(before, orderNo);
        }
    }

    @Test
    void theGenuineNotificationCreditsOnceAndItsReplaysNothingMore() {
        for (PaymentChannel channel : PaymentChannel.values()) {
            long before = f.cashFen();
            String orderNo = paidOrder(channel, 1_111);
            Notice genuine = simulator.notice(channel, orderNo, NoticeTweak.NONE);

            assertThat(taken(genuine)).isTrue();
            assertThat(f.cashFen()).isEqualTo(before + 1_111);
            // a captured copy replayed, and a freshly signed one: taken (the gateway must stop resending), no credit
            for (Notice replay : List.of(genuine, genuine, simulator.notice(channel, orderNo, NoticeTweak.NONE))) {
                assertThat(taken(replay)).isTrue();
            }
            assertThat(f.cashFen()).isEqualTo(before + 1_111);
            assertThat(count(orderNo, "CREDITED")).isEqualTo(1);
            assertThat(count(orderNo, "REPEATED")).isEqualTo(3);
            // once credited, a forged change of amount is still refused and changes nothing
            assertThat(taken(simulator.notice(channel, orderNo, NoticeTweak.amount(111_100)))).isFalse();
            assertThat(f.cashFen()).isEqualTo(before + 1_111);
        }
        assertThat(verifier.verify().block().clean()).isTrue();
    }
}
