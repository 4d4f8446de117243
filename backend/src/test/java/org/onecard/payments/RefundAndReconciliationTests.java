package org.onecard.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@TestPropertySource(properties = "onecard.payments.simulator.enabled=true")
class RefundAndReconciliationTests {

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
    DatabaseClient db;

    PaymentFixture f;

    @BeforeEach
    void setUp() {
        f = new PaymentFixture(web, operators, people, credentials);
    }

    private String paidThroughPage(String channel, long amountFen) {
        String orderNo = (String) f.order(channel, amountFen).get("orderNo");
        web.post().uri("/sim/pay/" + channel + "/" + orderNo).exchange().expectStatus().isOk();
        return orderNo;
    }

    private WebTestClient.ResponseSpec refund(String token, String orderNo, String key, Object amountFen) {
        return web.post().uri("/api/payments/orders/" + orderNo + "/refunds").headers(h -> {
            h.setBearerAuth(token);
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amountFen", amountFen, "reason", "多充")).exchange();
    }

    @Test
    void aPaidOrderIsRefundedThroughItsGatewayFromTheCashWalletOnce() {
        for (String channel : new String[] {"WECHAT", "ALIPAY"}) {
            long before = f.cashFen();
            String orderNo = paidThroughPage(channel, 5_000);

            Map<?, ?> first = refund(f.admin, orderNo, channel + "-r1", 2_000).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(first.get("status")).isEqualTo("SUCCESS");
            refund(f.admin, orderNo, channel + "-r1", 2_000).expectStatus().isOk()
                    .expectBody().jsonPath("$.replayed").isEqualTo(true).jsonPath("$.refundNo").isEqualTo(first.get("refundNo"));
            problem(refund(f.admin, orderNo, channel + "-r1", 1_000), 409, 1007);
            problem(refund(f.admin, orderNo, channel + "-r2", 3_001), 422, 6007);
            refund(f.admin, orderNo, channel + "-r3", 3_000).expectStatus().isCreated();
            problem(refund(f.admin, orderNo, channel + "-r4", 1), 422, 6007);

            assertThat(f.cashFen()).isEqualTo(before);
            assertThat(simulator.trade(PaymentChannel.valueOf(channel), orderNo)).isNotNull();
            Map<?, ?> order = web.get().uri("/api/payments/orders/" + orderNo).headers(h -> h.setBearerAuth(f.admin))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(order.get("status")).isEqualTo("REFUNDED");
            assertThat(order.get("refundedFen")).isEqualTo(5_000);
        }
        Checks.booksClean(web, f.admin);
    }

    @Test
    void theDailyRechargeSummaryTakesOnlineRefundsOffTheirGatewaysNet() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<?, ?> before = rechargeDay(today);
        String wechat = paidThroughPage("WECHAT", 5_000);
        String alipay = paidThroughPage("ALIPAY", 800);
        refund(f.admin, wechat, "dr-1", 2_000).expectStatus().isCreated();
        refund(f.admin, alipay, "dr-2", 800).expectStatus().isCreated();
        refund(f.admin, alipay, "dr-2", 800).expectStatus().isOk();

        Map<?, ?> after = rechargeDay(today);
        assertThat(tally(after, "channels", "WECHAT")).containsExactly(tally(before, "channels", "WECHAT")[0] + 1,
                tally(before, "channels", "WECHAT")[1] + 5_000);
        assertThat(tally(after, "refunds", "WECHAT")).containsExactly(tally(before, "refunds", "WECHAT")[0] + 1,
                tally(before, "refunds", "WECHAT")[1] + 2_000);
        assertThat(tally(after, "refunds", "ALIPAY")).containsExactly(tally(before, "refunds", "ALIPAY")[0] + 1,
                tally(before, "refunds", "ALIPAY")[1] + 800);
        assertThat(tally(after, "refunds", "COUNTER_CASH")).containsExactly(tally(before, "refunds", "COUNTER_CASH"));
        assertThat(((Number) after.get("netFen")).longValue())
                .isEqualTo(((Number) before.get("netFen")).longValue() + 5_000 + 800 - 2_000 - 800);
    }

    private Map<?, ?> rechargeDay(LocalDate day) {
        List<?> days = (List<?>) web.get().uri("/api/reports/daily-recharge?from=" + day + "&to=" + day)
                .headers(h -> h.setBearerAuth(f.admin)).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody().get("days");
        return days.isEmpty() ? Map.of("channels", List.of(), "refunds", List.of(), "netFen", 0) : (Map<?, ?>) days.get(0);
    }

    private static long[] tally(Map<?, ?> day, String list, String channel) {
        return ((List<?>) day.get(list)).stream().map(c -> (Map<?, ?>) c).filter(c -> channel.equals(c.get("channel")))
                .findFirst().map(c -> new long[] {((Number) c.get("count")).longValue(),
                        ((Number) c.get("amountFen")).longValue()}).orElse(new long[] {0, 0});
    }

    @Test
    void refundsOfUnpaidOrdersOrWithBadInputAreRefusedAndMoveNothing() {
        String unpaid = (String) f.order("WECHAT", 800).get("orderNo");
        problem(refund(f.admin, unpaid, "u-1", 800), 409, 6001);
        problem(refund(f.admin, "OC-none", "u-2", 800), 404, 1002);
        String paid = paidThroughPage("WECHAT", 800);
        problem(refund(f.admin, paid, null, 100), 400, 1006);
        problem(refund(f.admin, paid, "u-3", 0), 400, 1001);
        problem(refund(f.admin, paid, "u-4", 1.5), 400, 1001);
        String cashier = Logins.operator(web, operators, "CASHIER");
        refund(cashier, paid, "u-5", 100).expectStatus().isForbidden();
        refund(f.cardholder, paid, "u-6", 100).expectStatus().isForbidden();
        assertThat(f.cashFen()).isEqualTo(800);
        Checks.booksClean(web, f.admin);
    }

    @Test
    void reconciliationMatchesTheGatewayStatementAgainstTheLedgerAndNamesEveryDifference() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String matched = paidThroughPage("WECHAT", 1_100);
        String differs = paidThroughPage("WECHAT", 1_200);
        db.sql("UPDATE payment_order SET amount_fen = 1300 WHERE order_no = :no").bind("no", differs).then().block();
        String unnotified = (String) f.order("WECHAT", 1_400).get("orderNo");
        simulator.pay(PaymentChannel.WECHAT, unnotified);
        String alipay = paidThroughPage("ALIPAY", 1_500);

        Map<?, ?> wechat = reconcile("WECHAT", today);
        assertThat(orderNos(wechat, "missingInLedger")).contains(unnotified);
        assertThat(orderNos(wechat, "amountDifferences")).containsExactly(differs);
        assertThat(orderNos(wechat, "missingInStatement")).isEmpty();
        assertThat((Integer) wechat.get("matched")).isGreaterThanOrEqualTo(1);
        assertThat(orderNos(wechat, "matchedOrders")).contains(matched).doesNotContain(differs, unnotified, alipay)
                .hasSize((Integer) wechat.get("matched"));

        Map<?, ?> ali = reconcile("ALIPAY", today);
        assertThat(orderNos(ali, "missingInLedger")).doesNotContain(alipay);
        assertThat(orderNos(ali, "amountDifferences")).isEmpty();

        // an order our books call paid that the gateway's statement does not show
        db.sql("UPDATE payment_order SET channel = 'ALIPAY' WHERE order_no = :no").bind("no", matched).then().block();
        assertThat(orderNos(reconcile("ALIPAY", today), "missingInStatement")).contains(matched);

        problem(web.get().uri("/api/payments/reconciliation?channel=WECHAT&date=yesterday")
                .headers(h -> h.setBearerAuth(f.admin)).exchange(), 400, 1001);
    }

    @Test
    void financeSeesOrdersAndTheNotificationsReceived() {
        String orderNo = paidThroughPage("ALIPAY", 900);

        List<?> paid = orders("status=PAID&channel=ALIPAY&size=500");
        assertThat(paid).anySatisfy(o -> assertThat(((Map<?, ?>) o).get("orderNo")).isEqualTo(orderNo));
        web.get().uri("/api/payments/notifications?orderNo=" + orderNo).headers(h -> h.setBearerAuth(f.admin))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].outcome").isEqualTo("CREDITED").jsonPath("$.items[0].channel").isEqualTo("ALIPAY");
        String cashier = Logins.operator(web, operators, "CASHIER");
        web.get().uri("/api/payments/orders").headers(h -> h.setBearerAuth(cashier)).exchange().expectStatus().isForbidden();
        web.get().uri("/api/payments/orders/" + orderNo + "/refunds").headers(h -> h.setBearerAuth(cashier)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void ordersFilterByNumberStatusChannelAndDayCreatedAndPageWithTheirTotal() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String paid = paidThroughPage("WECHAT", 700);
        String waiting = (String) f.order("WECHAT", 600).get("orderNo");

        Map<?, ?> one = web.get().uri("/api/payments/orders?orderNo=" + paid).headers(h -> h.setBearerAuth(f.admin))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(one.get("total")).isEqualTo(1);
        assertThat(orderNosOf(one)).containsExactly(paid);
        assertThat(orderNosOf(page("orderNo=" + paid + "&status=CREATED"))).isEmpty();
        assertThat(orderNosOf(page("orderNo=" + paid + "&channel=ALIPAY"))).isEmpty();
        assertThat(orderNosOf(page("orderNo=" + waiting + "&status=CREATED&channel=WECHAT"))).containsExactly(waiting);
        // the day filters include both ends; yesterday and tomorrow hold neither order
        assertThat(orderNosOf(page("orderNo=" + paid + "&from=" + today + "&to=" + today))).containsExactly(paid);
        assertThat(orderNosOf(page("orderNo=" + paid + "&to=" + today.minusDays(1)))).isEmpty();
        assertThat(orderNosOf(page("orderNo=" + paid + "&from=" + today.plusDays(1)))).isEmpty();

        // paging: one row a page, newest first, the total counts every match
        Map<?, ?> first = page("from=" + today + "&size=1&page=0");
        Map<?, ?> second = page("from=" + today + "&size=1&page=1");
        assertThat((Integer) first.get("total")).isGreaterThanOrEqualTo(2).isEqualTo(second.get("total"));
        assertThat(orderNosOf(first)).hasSize(1);
        assertThat(orderNosOf(second)).hasSize(1).doesNotContainAnyElementsOf(orderNosOf(first));

        problem(web.get().uri("/api/payments/orders?from=21-11-2026").headers(h -> h.setBearerAuth(f.admin)).exchange(),
                400, 1001);
        problem(web.get().uri("/api/payments/orders?page=-1").headers(h -> h.setBearerAuth(f.admin)).exchange(), 400, 1001);
        problem(web.get().uri("/api/payments/orders?status=LOST").headers(h -> h.setBearerAuth(f.admin)).exchange(),
                400, 1001);
    }

    @Test
    void ordersNameTheirPayerForTheCardCentreOnlyAndFilterByTheirEmployeeNumber() {
        String mine = (String) f.order("WECHAT", 300).get("orderNo");
        PaymentFixture other = new PaymentFixture(web, operators, people, credentials);
        String theirs = (String) other.order("ALIPAY", 400).get("orderNo");

        Map<?, ?> byMe = page("employeeNo=" + f.employeeNo.toLowerCase());

        assertThat(orderNosOf(byMe)).containsExactly(mine);
        Map<?, ?> row = (Map<?, ?>) ((List<?>) byMe.get("items")).get(0);
        assertThat(row.get("employeeNo")).isEqualTo(f.employeeNo);
        assertThat(row.get("personName")).isEqualTo("付款人");
        assertThat(orderNosOf(page("employeeNo=" + other.employeeNo))).containsExactly(theirs);
        assertThat(page("employeeNo=NOBODY-" + System.nanoTime()).get("total")).isEqualTo(0);
        assertThat(f.myOrder(mine, false).get("personName")).as("the cardholder's own view names nobody").isNull();
    }

    @Test
    void anOrdersRefundsAreListedOldestFirstAndNotificationsFilterByChannelAndOutcome() {
        String orderNo = paidThroughPage("ALIPAY", 1_000);
        refund(f.admin, orderNo, "list-r1", 300).expectStatus().isCreated();
        refund(f.admin, orderNo, "list-r2", 200).expectStatus().isCreated();
        problem(refund(f.admin, orderNo, "list-r3", 600), 422, 6007);

        List<Map<?, ?>> refunds = web.get().uri("/api/payments/orders/" + orderNo + "/refunds")
                .headers(h -> h.setBearerAuth(f.admin)).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream().<Map<?, ?>>map(m -> m).toList();
        assertThat(refunds).extracting(r -> (Object) r.get("amountFen")).containsExactly(300, 200);
        assertThat(refunds).extracting(r -> (Object) r.get("status")).containsOnly("SUCCESS");
        assertThat(refunds).extracting(r -> (Object) r.get("reason")).containsOnly("多充");
        assertThat(refunds).extracting(r -> (Object) r.get("orderNo")).containsOnly(orderNo);
        String unpaid = (String) f.order("ALIPAY", 100).get("orderNo");
        web.get().uri("/api/payments/orders/" + unpaid + "/refunds").headers(h -> h.setBearerAuth(f.admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        problem(web.get().uri("/api/payments/orders/OC-none/refunds").headers(h -> h.setBearerAuth(f.admin)).exchange(),
                404, 1002);

        assertThat(notificationOutcomes("orderNo=" + orderNo + "&channel=ALIPAY&outcome=CREDITED")).containsExactly("CREDITED");
        assertThat(notificationOutcomes("orderNo=" + orderNo + "&channel=WECHAT")).isEmpty();
        assertThat(notificationOutcomes("orderNo=" + orderNo + "&outcome=REJECTED")).isEmpty();
        problem(web.get().uri("/api/payments/notifications?outcome=LOST").headers(h -> h.setBearerAuth(f.admin))
                .exchange(), 400, 1001);
    }

    private Map<?, ?> page(String query) {
        return web.get().uri("/api/payments/orders?" + query).headers(h -> h.setBearerAuth(f.admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<?> orders(String query) {
        return (List<?>) page(query).get("items");
    }

    private static List<Object> orderNosOf(Map<?, ?> page) {
        return ((List<?>) page.get("items")).stream().<Object>map(o -> ((Map<?, ?>) o).get("orderNo")).toList();
    }

    private List<Object> notificationOutcomes(String query) {
        Map<?, ?> page = web.get().uri("/api/payments/notifications?" + query).headers(h -> h.setBearerAuth(f.admin))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().<Object>map(o -> ((Map<?, ?>) o).get("outcome")).toList();
    }

    private Map<?, ?> reconcile(String channel, LocalDate day) {
        return web.get().uri("/api/payments/reconciliation?channel=" + channel + "&date=" + day)
                .headers(h -> h.setBearerAuth(f.admin)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static List<Object> orderNos(Map<?, ?> report, String list) {
        return ((List<?>) report.get(list)).stream().<Object>map(d -> ((Map<?, ?>) d).get("orderNo")).toList();
    }
}
