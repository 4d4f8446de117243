package org.onecard.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.simulator.PaymentSimulator;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Orders a cardholder pays on the phone itself: WeChat H5 pay and Alipay WAP, against the simulator. */
@MariaDbTest
@TestPropertySource(properties = "onecard.payments.simulator.enabled=true")
class PayModeTests {

    /** The running server itself, not a mock exchange: WeChat H5 pay needs the phone's address. */
    WebTestClient web;
    @LocalServerPort
    int port;
    /** A mock exchange, which has no peer address. */
    @Autowired
    WebTestClient mock;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    CardholderCredentials credentials;
    @Autowired
    PaymentSimulator simulator;

    PaymentFixture f;

    @BeforeEach
    void setUp() {
        web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
        f = new PaymentFixture(web, operators, people, credentials);
    }

    @Test
    void wechatH5OrderSendsThePhoneToTheCashierWhichPaysAndComesBackToTheRechargePage() {
        Map<?, ?> order = create("h5-1", "WECHAT", 1_234, "H5");
        String orderNo = (String) order.get("orderNo");
        assertThat(order.get("mode")).isEqualTo("H5");
        String payUrl = (String) order.get("payUrl");
        assertThat(payUrl).contains("/sim/pay/WECHAT/" + orderNo + "?prepay_id=wx");
        String back = URLDecoder.decode(payUrl.substring(payUrl.indexOf("&redirect_url=") + 14), StandardCharsets.UTF_8);
        assertThat(back).endsWith("/h5/recharge?orderNo=" + orderNo);
        // a retry answers the same order and address
        Map<?, ?> again = f.createOrder("h5-1", "WECHAT", 1_234, "H5").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("payUrl")).isEqualTo(payUrl);

        assertThat(f.myOrder(orderNo, true).get("status")).isEqualTo("CREATED");
        web.get().uri(URI.create(payUrl)).exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("12.34").contains("id=\"return\"")
                        .contains(back.replace("&", "&amp;")));
        web.post().uri(URI.create(payUrl)).exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("Merchant notified").contains(back));

        paidOnce(PaymentChannel.WECHAT, orderNo, 1_234);
    }

    @Test
    void alipayWapAddressIsSignedOpensTheTradeWhenThePhoneGoesThereAndPays() {
        Map<?, ?> order = create("wap-1", "ALIPAY", 2_000, "WAP");
        String orderNo = (String) order.get("orderNo");
        assertThat(order.get("mode")).isEqualTo("WAP");
        String payUrl = (String) order.get("payUrl");
        assertThat(payUrl).contains("/sim/alipay/gateway.do?").contains("method=alipay.trade.wap.pay")
                .contains("sign=").contains("return_url=");
        // nothing reached Alipay yet: the order waits
        assertThat(f.myOrder(orderNo, true).get("status")).isEqualTo("CREATED");

        // the address does not survive a change: the signature covers every parameter
        String tampered = payUrl.replace("20.00", "00.01");
        assertThat(tampered).isNotEqualTo(payUrl);
        web.get().uri(URI.create(tampered)).exchange().expectStatus().isBadRequest().expectBody(String.class)
                .value(html -> assertThat(html).contains("isv.invalid-signature"));
        assertThat(simulator.trade(PaymentChannel.ALIPAY, orderNo)).isNull();

        URI cashier = web.get().uri(URI.create(payUrl)).exchange().expectStatus().isFound()
                .returnResult(String.class).getResponseHeaders().getLocation();
        assertThat(cashier.toString()).endsWith("/sim/pay/ALIPAY/" + orderNo);
        web.get().uri(cashier).exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("20.00").contains("/h5/recharge?orderNo=" + orderNo));
        web.post().uri(cashier).exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("Merchant notified"));

        paidOnce(PaymentChannel.ALIPAY, orderNo, 2_000);
    }

    @Test
    void wechatJsapiOrderGivesTheSignedBridgeParametersForThePayer() throws Exception {
        Map<?, ?> order = f.createOrder("js-1", "WECHAT", 880, "JSAPI", "oUser-1").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String orderNo = (String) order.get("orderNo");
        assertThat(order.get("mode")).isEqualTo("JSAPI");
        Map<?, ?> params = new ObjectMapper().readValue((String) order.get("payUrl"), Map.class);
        assertThat(List.<Object>copyOf(params.keySet())).containsExactly("appId", "timeStamp", "nonceStr", "package", "signType", "paySign");
        assertThat((String) params.get("package")).startsWith("prepay_id=wx");
        // another openid is another order: the key cannot be reused for it
        problem(f.createOrder("js-1", "WECHAT", 880, "JSAPI", "oUser-2"), 409, 1007);

        // WeChat's client refuses parameters whose signature does not hold
        String forged = ((String) order.get("payUrl")).replace("\"nonceStr\":\"", "\"nonceStr\":\"x");
        assertThat(simulator.payJsapi(forged)).isNull();
        assertThat(simulator.payJsapi((String) order.get("payUrl"))).isEqualTo(orderNo);
        assertThat(simulator.notifyPaid(PaymentChannel.WECHAT, orderNo).block()).isTrue();
        paidOnce(PaymentChannel.WECHAT, orderNo, 880);
    }

    @Test
    void aPhoneOrderPaidWithoutANotificationIsFoundByTheQuery() {
        for (String[] channelMode : new String[][] {{"WECHAT", "H5"}, {"ALIPAY", "WAP"}}) {
            PaymentChannel channel = PaymentChannel.valueOf(channelMode[0]);
            long before = f.cashFen();
            Map<?, ?> order = create("q-" + channel, channel.name(), 700, channelMode[1]);
            String orderNo = (String) order.get("orderNo");
            if (channel == PaymentChannel.ALIPAY) {
                web.get().uri(URI.create((String) order.get("payUrl"))).exchange().expectStatus().isFound();
            }
            assertThat(simulator.pay(channel, orderNo)).isTrue();
            assertThat(f.myOrder(orderNo, true).get("status")).isEqualTo("PAID");
            assertThat(f.cashFen()).isEqualTo(before + 700);
        }
        Checks.booksClean(web, f.admin);
    }

    @Test
    void aModeTheChannelDoesNotOfferIsRefusedAndOpensNothing() {
        problem(f.createOrder("m-1", "WECHAT", 100, "WAP"), 422, 6020);
        problem(f.createOrder("m-2", "ALIPAY", 100, "H5"), 422, 6020);
        problem(f.createOrder("m-3", "WECHAT", 100, "MWEB"), 400, 1001);
        problem(f.createOrder("m-4", "ALIPAY", 100, "qr"), 400, 1001);
        problem(f.createOrder("m-5", "ALIPAY", 100, 3), 400, 1001);
        problem(f.createOrder("m-9", "ALIPAY", 100, "JSAPI", "oUser-1"), 422, 6020);
        problem(f.createOrder("m-10", "WECHAT", 100, "JSAPI"), 422, 6022);
        problem(f.createOrder("m-11", "WECHAT", 100, "JSAPI", " "), 422, 6022);
        problem(f.createOrder("m-12", "WECHAT", 100, "JSAPI", "o".repeat(129)), 400, 1001);
        // without the phone's address WeChat would refuse an H5 order: refused before anything is stored
        problem(mock.post().uri("/api/h5/payments/orders").headers(h -> {
            h.setBearerAuth(f.cardholder);
            h.set("Idempotency-Key", "m-8");
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("channel", "WECHAT", "amountFen", 100, "mode", "H5"))
                .exchange(), 422, 6021);
        assertThat(myOrders()).isEmpty();

        // QR is the default, and a key once used for one mode is not reused for another
        Map<?, ?> qr = create("m-6", "WECHAT", 100, null);
        assertThat(qr.get("mode")).isEqualTo("QR");
        problem(f.createOrder("m-6", "WECHAT", 100, "H5"), 409, 1007);
        Map<?, ?> same = f.createOrder("m-6", "WECHAT", 100, "QR").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(same.get("orderNo")).isEqualTo(qr.get("orderNo"));
        create("m-7", "ALIPAY", 100, "WAP");
        problem(f.createOrder("m-7", "ALIPAY", 100, "QR"), 409, 1007);
        assertThat(myOrders()).hasSize(2);
        assertThat(f.cashFen()).isZero();
    }

    private Map<?, ?> create(String key, String channel, long amountFen, String mode) {
        return f.createOrder(key, channel, amountFen, mode).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    private List<?> myOrders() {
        return web.get().uri("/api/h5/payments/orders").headers(h -> h.setBearerAuth(f.cardholder)).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    /** Paid and credited once: the gateway's repeated notification moves no more money. */
    private void paidOnce(PaymentChannel channel, String orderNo, long fen) {
        Map<?, ?> paid = f.myOrder(orderNo, false);
        assertThat(paid.get("status")).isEqualTo("PAID");
        assertThat(paid.get("gatewayTradeNo")).isNotNull();
        assertThat(f.cashFen()).isEqualTo(fen);
        assertThat(simulator.notifyPaid(channel, orderNo).block()).isTrue();
        assertThat(f.myOrder(orderNo, true).get("status")).isEqualTo("PAID");
        assertThat(f.cashFen()).isEqualTo(fen);
        Checks.booksClean(web, f.admin);
    }
}
