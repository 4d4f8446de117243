package org.onecard.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.ledger.verify.LedgerVerifier;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The notifications the gateways send, true and false, through the production verification
 * code: only a true one credits, and it credits exactly once however often it comes.
 */
@MariaDbTest
@TestPropertySource(properties = "onecard.payments.simulator.enabled=true")
class NotificationTests {

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
    OrderFollowUp followUp;
    @Autowired
    PaymentOrders orders;
    @Autowired
    NotificationStore notifications;
    @Autowired
    LedgerVerifier verifier;

    PaymentFixture f;

    @BeforeEach
    void setUp() {
        f = new PaymentFixture(web, operators, people, credentials);
    }

    /** An order the simulated gateway holds as paid, with no notification sent yet. */
    private String paidOrder(PaymentChannel channel, long amountFen) {
        String orderNo = (String) f.order(channel.name(), amountFen).get("orderNo");
        assertThat(simulator.pay(channel, orderNo)).isTrue();
        return orderNo;
    }

    private WebTestClient.ResponseSpec post(Notice notice) {
        return web.post().uri(java.net.URI.create(notice.notifyUrl()).getPath()).contentType(notice.contentType())
                .headers(h -> notice.headers().forEach(h::set)).bodyValue(notice.body()).exchange();
    }

    private long count(String orderNo, String outcome) {
        return notifications.count(orderNo, outcome).block();
    }

    private void assertBooksClean() {
        assertThat(verifier.verify().block().clean()).isTrue();
    }

    @Test
    void aValidWechatNotificationIsAnsweredWith204AndCreditsTheWallet() {
        String orderNo = paidOrder(PaymentChannel.WECHAT, 1_234);

        post(simulator.notice(PaymentChannel.WECHAT, orderNo, NoticeTweak.NONE)).expectStatus().isNoContent();

        assertThat(f.cashFen()).isEqualTo(1_234);
        assertThat(f.myOrder(orderNo, false).get("status")).isEqualTo("PAID");
        assertThat(count(orderNo, "CREDITED")).isEqualTo(1);
        assertBooksClean();
    }

    @Test
    void aValidAlipayNotificationIsAnsweredSuccessAndCreditsTheWallet() {
        String orderNo = paidOrder(PaymentChannel.ALIPAY, 2_001);

        post(simulator.notice(PaymentChannel.ALIPAY, orderNo, NoticeTweak.NONE)).expectStatus().isOk()
                .expectBody(String.class).isEqualTo("success");

        assertThat(f.cashFen()).isEqualTo(2_001);
        assertThat(count(orderNo, "CREDITED")).isEqualTo(1);
        assertBooksClean();
    }

    @Test
    void aForgedSignatureIsRefusedInEachGatewaysFormatAndCreditsNothing() {
        String wechat = paidOrder(PaymentChannel.WECHAT, 700);
        post(simulator.notice(PaymentChannel.WECHAT, wechat, NoticeTweak.forged())).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("FAIL").jsonPath("$.message").isNotEmpty();

        Notice genuine = simulator.notice(PaymentChannel.WECHAT, wechat, NoticeTweak.NONE);
        Notice tampered = new Notice(genuine.channel(), genuine.notifyUrl(), genuine.headers(),
                genuine.body().replace("\"TRANSACTION.SUCCESS\"", "\"TRANSACTION.SUCCESS\" "), genuine.contentType());
        post(tampered).expectStatus().isUnauthorized();

        String alipay = paidOrder(PaymentChannel.ALIPAY, 700);
        post(simulator.notice(PaymentChannel.ALIPAY, alipay, NoticeTweak.forged())).expectStatus().isOk()
                .expectBody(String.class).isEqualTo("failure");
        Notice real = simulator.notice(PaymentChannel.ALIPAY, alipay, NoticeTweak.NONE);
        post(new Notice(real.channel(), real.notifyUrl(), Map.of(), real.body().replace("total_amount=7.00",
                "total_amount=70.00"), real.contentType())).expectBody(String.class).isEqualTo("failure");

        assertThat(f.cashFen()).isZero();
        assertThat(count(wechat, "REJECTED")).isEqualTo(0); // a forged WeChat body names no order we trust
        assertThat(count(alipay, "REJECTED")).isEqualTo(2);
        assertThat(f.myOrder(wechat, false).get("status")).isEqualTo("CREATED");
        assertBooksClean();
    }

    @Test
    void aNotificationSignedMoreThanFiveMinutesAgoOrAheadIsRefused() {
        String orderNo = paidOrder(PaymentChannel.WECHAT, 900);

        post(simulator.notice(PaymentChannel.WECHAT, orderNo, NoticeTweak.signedAt(Instant.now().minus(Duration.ofMinutes(6)))))
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.code").isEqualTo("FAIL");
        post(simulator.notice(PaymentChannel.WECHAT, orderNo, NoticeTweak.signedAt(Instant.now().plus(Duration.ofMinutes(6)))))
                .expectStatus().isUnauthorized();
        assertThat(f.cashFen()).isZero();

        // four minutes late is within the window
        post(simulator.notice(PaymentChannel.WECHAT, orderNo, NoticeTweak.signedAt(Instant.now().minus(Duration.ofMinutes(4)))))
                .expectStatus().isNoContent();
        assertThat(f.cashFen()).isEqualTo(900);
    }

    @Test
    void aSignedNotificationWithAnotherAmountOrAppIdCreditsNothing() {
        for (PaymentChannel channel : PaymentChannel.values()) {
            String orderNo = paidOrder(channel, 1_000);
            List<Notice> wrong = List.of(simulator.notice(channel, orderNo, NoticeTweak.amount(100_000)),
                    simulator.notice(channel, orderNo, NoticeTweak.amount(999)),
                    simulator.notice(channel, orderNo, NoticeTweak.appId("wx_someone_else")));
            for (Notice notice : wrong) {
                if (channel == PaymentChannel.WECHAT) {
                    post(notice).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("FAIL");
                } else {
                    post(notice).expectBody(String.class).isEqualTo("failure");
                }
            }
            assertThat(count(orderNo, "REJECTED")).isEqualTo(3);
            assertThat(f.myOrder(orderNo, false).get("status")).isEqualTo("CREATED");
        }
        assertThat(f.cashFen()).isZero();
        assertBooksClean();
    }

    @Test
    void theSameNotificationEightTimesAtOnceCreditsExactlyOnce() {
        for (PaymentChannel channel : PaymentChannel.values()) {
            long before = f.cashFen();
            String orderNo = paidOrder(channel, 3_000);
            Notice notice = simulator.notice(channel, orderNo, NoticeTweak.NONE);

            List<Boolean> taken = Flux.range(0, 8).flatMap(i -> simulator.send(notice).subscribeOn(Schedulers.parallel()))
                    .collectList().block();

            assertThat(taken).hasSize(8).containsOnly(true);
            assertThat(f.cashFen()).isEqualTo(before + 3_000);
            assertThat(count(orderNo, "CREDITED")).isEqualTo(1);
            assertThat(count(orderNo, "REPEATED")).isEqualTo(7);
        }
        assertBooksClean();
    }

    @Test
    void notificationsRacingOrderQueriesCreditExactlyOnce() {
        for (PaymentChannel channel : PaymentChannel.values()) {
            long before = f.cashFen();
            String orderNo = paidOrder(channel, 4_321);
            Notice notice = simulator.notice(channel, orderNo, NoticeTweak.NONE);
            var order = orders.find(orderNo).block();

            List<Mono<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racers.add(simulator.send(notice).subscribeOn(Schedulers.parallel()));
                racers.add(followUp.sync(order).subscribeOn(Schedulers.parallel()));
            }
            Flux.merge(racers).collectList().block();

            assertThat(f.cashFen()).isEqualTo(before + 4_321);
            assertThat(f.myOrder(orderNo, false).get("status")).isEqualTo("PAID");
            assertThat(count(orderNo, "CREDITED") + count(orderNo, "REPEATED")).isEqualTo(6);
            assertThat(count(orderNo, "CREDITED")).isLessThanOrEqualTo(1);
        }
        assertBooksClean();
    }

    @Test
    void anUnreadableOrUnknownNotificationIsRefusedAndRecorded() {
        web.post().uri(Gateways.WECHAT_NOTIFY_PATH).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();
        web.post().uri(Gateways.ALIPAY_NOTIFY_PATH)
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("out_trade_no=%zz&sign=x").exchange().expectBody(String.class).isEqualTo("failure");
        web.post().uri(Gateways.ALIPAY_NOTIFY_PATH)
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("a=" + "x".repeat(20_000)).exchange().expectBody(String.class).isEqualTo("failure");
        assertBooksClean();
    }
}
