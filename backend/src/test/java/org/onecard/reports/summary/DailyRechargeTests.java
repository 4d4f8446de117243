package org.onecard.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class DailyRechargeTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    BusinessClock clock;

    String admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        today = clock.accountingDate(clock.now());
    }

    @Test
    void countsCounterCashIncludingTheFirstRechargeAtIssueAndBatchRechargesApart() {
        Map<String, Object> before = today();
        long first = issue(1_000);
        long second = issue(0);
        post("/api/cards/" + first + "/recharge", Map.of("amountFen", 2_500));
        post("/api/cards/batch/recharge", Map.of("cardIds", List.of(first, second), "amountFen", 300));

        Map<String, Object> after = today();
        assertThat(channel(after, "COUNTER_CASH")).containsExactly(channel(before, "COUNTER_CASH")[0] + 2,
                channel(before, "COUNTER_CASH")[1] + 3_500);
        assertThat(channel(after, "IMPORT")).containsExactly(channel(before, "IMPORT")[0] + 2,
                channel(before, "IMPORT")[1] + 600);
        assertThat(channel(after, "WECHAT")).containsExactly(channel(before, "WECHAT"));
        assertThat(num(after, "netFen")).isEqualTo(num(before, "netFen") + 4_100);
        Map<String, Object> report = report("from=" + today + "&to=" + today);
        assertThat(num((Map<String, Object>) report.get("totals"), "netFen")).isEqualTo(num(after, "netFen"));
        assertThat((List<Map<String, Object>>) after.get("channels")).extracting(c -> c.get("channel"))
                .containsExactly("COUNTER_CASH", "POS", "CASHIER", "WECHAT", "ALIPAY", "IMPORT");
    }

    @Test
    void aCounterCashRefundIsTakenOffTheNetOnItsDay() {
        Map<String, Object> before = today();
        long card = issue(1_000);
        post("/api/cards/" + card + "/refund", Map.of("wallet", "CASH", "amountFen", 400));

        Map<String, Object> after = today();
        assertThat(refund(after, "COUNTER_CASH")).containsExactly(refund(before, "COUNTER_CASH")[0] + 1,
                refund(before, "COUNTER_CASH")[1] + 400);
        assertThat(refund(after, "WECHAT")).containsExactly(refund(before, "WECHAT"));
        assertThat(num(after, "refundedFen")).isEqualTo(num(before, "refundedFen") + 400);
        assertThat(num(after, "netFen")).isEqualTo(num(before, "netFen") + 1_000 - 400);
        assertThat((List<Map<String, Object>>) after.get("refunds")).extracting(c -> c.get("channel"))
                .containsExactly("COUNTER_CASH", "CASHIER", "WECHAT", "ALIPAY");
    }

    @Test
    void badRangesAreRefusedAndTheWorkbookComesDown() {
        problem(get("/api/reports/daily-recharge?from=" + today), 400, 7020);
        problem(get("/api/reports/daily-recharge?from=" + today.plusDays(1) + "&to=" + today), 400, 7020);
        problem(get("/api/reports/daily-recharge.xlsx?from=" + today.minusYears(2) + "&to=" + today), 400, 7020);
        get("/api/reports/daily-recharge.xlsx?from=" + today + "&to=" + today).expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private Map<String, Object> today() {
        List<Map<String, Object>> days = (List<Map<String, Object>>) report("from=" + today + "&to=" + today)
                .get("days");
        return days.isEmpty() ? Map.of("channels", List.of(), "refunds", List.of(), "netFen", 0, "refundedFen", 0)
                : days.get(0);
    }

    private static long[] channel(Map<String, Object> day, String channel) {
        return tally(day, "channels", channel);
    }

    private static long[] refund(Map<String, Object> day, String channel) {
        return tally(day, "refunds", channel);
    }

    private static long[] tally(Map<String, Object> day, String list, String channel) {
        return ((List<Map<String, Object>>) day.get(list)).stream().filter(c -> channel.equals(c.get("channel")))
                .findFirst().map(c -> new long[] {num(c, "count"), num(c, "amountFen")}).orElse(new long[] {0, 0});
    }

    private long issue(long firstRechargeFen) {
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "充值部" + NEXT.get(), null).block();
        long person = people.insertPerson("Q" + NEXT.incrementAndGet(), "充值人", unit).block();
        Map<String, Object> card = post("/api/cards", Map.of("personId", person, "serial", "RCH" + NEXT.incrementAndGet(),
                "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", firstRechargeFen));
        return num(card, "id");
    }

    private Map<String, Object> report(String query) {
        return get("/api/reports/daily-recharge?" + query).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(admin)).exchange();
    }

    private Map<String, Object> post(String uri, Object body) {
        byte[] bytes = web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin);
            h.set("Idempotency-Key", "rk-" + NEXT.incrementAndGet());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody().returnResult().getResponseBody();
        return bytes != null && bytes.length > 0 && bytes[0] == '{' ? readMap(bytes) : Map.of();
    }

    private static Map<String, Object> readMap(byte[] bytes) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(bytes, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }
}
