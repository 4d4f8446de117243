package org.onecard.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Operators;
import org.onecard.identity.PrincipalKind;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.reports.dashboard.Dashboard.Snapshot;
import org.onecard.reports.dashboard.Dashboard.Takings;
import org.onecard.reports.dashboard.MinuteBuckets.Minute;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.terminal.live.persistence.LiveStore;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The dashboard over generated purchases: outlet A is in the operator's scope, outlet B is not.
 * Expectations are summed by hand from what was generated.
 */
@MariaDbTest
@SuppressWarnings("unchecked")
class DashboardTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Generated consumptions get posting ids far above any the ledger hands out in a test. */
    private static final AtomicLong GENERATED = new AtomicLong(9_100_000_000L);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    ConsumptionStore consumptions;
    @Autowired
    LiveStore liveStore;
    @Autowired
    Dashboard dashboard;
    @Autowired
    BusinessClock clock;

    String admin;
    long personId;
    long outletA;
    long outletB;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        personId = people.insertPerson("D" + NEXT.incrementAndGet(), "看板人", unit).block();
        long merchant = id(post("/api/merchants", Map.of("name", "看板食堂" + NEXT.incrementAndGet())));
        outletA = id(post("/api/outlets", Map.of("merchantId", merchant, "name", "东区食堂", "kind", "CANTEEN")));
        outletB = id(post("/api/outlets", Map.of("merchantId", merchant, "name", "西区食堂", "kind", "CANTEEN")));
        today = clock.accountingDate(clock.now());
    }

    @Test
    void takingsOfTodayByOutletAndMealCountOnlyTheOperatorsOutlets() {
        Random random = new Random(6);
        List<ConsumptionRecord> rows = new ArrayList<>();
        Map<Integer, long[]> byMeal = new TreeMap<>();
        long[] total = new long[2];
        long[] noMeal = new long[2];
        for (int i = 0; i < 120; i++) {
            Integer meal = random.nextInt(5) == 0 ? null : 1 + random.nextInt(3);
            long fen = 1 + random.nextInt(2_000);
            rows.add(purchase(today, outletA, meal, fen, Instant.now()));
            long[] m = meal == null ? noMeal : byMeal.computeIfAbsent(meal, k -> new long[2]);
            m[0]++;
            m[1] += fen;
            total[0]++;
            total[1] += fen;
        }
        rows.add(purchase(today, outletB, 1, 777, Instant.now()));          // another outlet, outside the scope
        rows.add(purchase(today.minusDays(1), outletA, 1, 555, Instant.now().minus(Duration.ofDays(1))));
        consumptions.insertAll(rows).block();

        Map<String, Object> d = get(scopedTo(outletA), 200);

        assertThat(d.get("accountingDate")).isEqualTo(today.toString());
        assertThat(d.get("timeZone")).isEqualTo(clock.zone().getId());
        assertThat((List<Map<String, Object>>) d.get("byOutlet")).hasSize(1).first().satisfies(o -> {
            assertThat(num(o, "id")).isEqualTo(outletA);
            assertThat(o.get("name")).isEqualTo("东区食堂");
            assertThat(new long[] {num(o, "count"), num(o, "amountFen")}).containsExactly(total);
        });
        Map<String, Object> sum = (Map<String, Object>) d.get("total");
        assertThat(new long[] {num(sum, "count"), num(sum, "amountFen")}).containsExactly(total);
        List<Map<String, Object>> meals = (List<Map<String, Object>>) d.get("byMeal");
        Map<Object, long[]> actual = new HashMap<>();
        meals.forEach(m -> actual.put(m.get("id"), new long[] {num(m, "count"), num(m, "amountFen")}));
        Map<Object, long[]> expected = new HashMap<>();
        byMeal.forEach((k, v) -> expected.put(k, v));
        expected.put(null, noMeal);
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(meals).extracting(m -> m.get("name")).containsExactly("早餐", "午餐", "晚餐", null);

        Map<String, Object> everything = get(admin, 200);
        assertThat(num((Map<String, Object>) everything.get("total"), "amountFen")).isEqualTo(total[1] + 777);
        assertThat((List<Map<String, Object>>) everything.get("byOutlet")).extracting(o -> o.get("name"))
                .containsExactly("东区食堂", "西区食堂");
        assertThat(everything.get("recharge")).isNotNull();
    }

    /**
     * Minute i of the window is [start + i, start + i + 1): a purchase at the window's start is in
     * the first minute, one a millisecond before it is out; one a millisecond before the end is in
     * the current minute, one at the end is out. Another outlet's purchases are not counted.
     */
    @Test
    void purchasesPerMinuteAreZeroFilledAndCutAtTheWindowEdges() {
        Instant now = clock.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(30);
        MinuteBuckets w = MinuteBuckets.endingAt(now);
        List<ConsumptionRecord> rows = new ArrayList<>();
        rows.add(purchase(today, outletA, 1, 100, w.start()));
        rows.add(purchase(today, outletA, 1, 100, w.start().minusMillis(1)));
        rows.add(purchase(today, outletA, 1, 100, w.end().minusMillis(1)));
        rows.add(purchase(today, outletA, 1, 100, w.end()));
        rows.add(purchase(today, outletA, 1, 100, w.start().plus(Duration.ofMinutes(10)).plusSeconds(59)));
        rows.add(purchase(today, outletA, 1, 100, w.start().plus(Duration.ofMinutes(10))));
        rows.add(purchase(today, outletA, 1, 100, w.start().plus(Duration.ofMinutes(11))));
        rows.add(purchase(today, outletB, 1, 100, w.start().plus(Duration.ofMinutes(10))));
        consumptions.insertAll(rows).block();
        CurrentUser merchantOnly = new CurrentUser(PrincipalKind.OPERATOR, 1, "m", Set.of("merchant:read"), Set.of(),
                Set.of(outletA));

        Snapshot s = ((Outcome.Done<Snapshot>) dashboard.at(now, merchantOnly).block()).value();

        assertThat(s.perMinute()).hasSize(60);
        assertThat(s.perMinute().get(0).start()).isEqualTo(now.truncatedTo(ChronoUnit.MINUTES).minusSeconds(59 * 60));
        for (int i = 0; i < 60; i++) {
            assertThat(s.perMinute().get(i).start()).isEqualTo(w.start().plus(Duration.ofMinutes(i)));
        }
        long[] counts = s.perMinute().stream().mapToLong(Minute::count).toArray();
        long[] expected = new long[60];
        expected[0] = 1;
        expected[10] = 2;
        expected[11] = 1;
        expected[59] = 1;
        assertThat(counts).containsExactly(expected);
        assertThat(s.total()).isEqualTo(new Takings(null, null, 7, 700));
        assertThat(s.recharge()).as("no ledger:read, no recharges").isNull();
    }

    @Test
    void terminalsOfTheScopeAreCountedRegisteredAndSeenToday() {
        long seenToday = terminal(outletA);
        long seenYesterday = terminal(outletA);
        terminal(outletA);
        long disabled = terminal(outletA);
        long elsewhere = terminal(outletB);
        web.post().uri("/api/terminals/" + disabled + "/disable").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().is2xxSuccessful();
        Instant now = clock.now();
        liveStore.write(List.of(new LiveStore.Seen(seenToday, now, null, null),
                new LiveStore.Seen(seenYesterday, now.minus(Duration.ofDays(1)), null, null),
                new LiveStore.Seen(elsewhere, now, null, null))).block();

        Map<String, Object> t = (Map<String, Object>) get(scopedTo(outletA), 200).get("terminals");

        assertThat(new long[] {num(t, "registered"), num(t, "online"), num(t, "seenToday")})
                .containsExactly(3, 0, 1);
        Map<String, Object> all = (Map<String, Object>) get(admin, 200).get("terminals");
        assertThat(new long[] {num(all, "registered"), num(all, "seenToday")}).containsExactly(4, 2);
    }

    @Test
    void rechargesOfTodayComeByChannelAndOperatorsWithoutReportRightsAreRefused() {
        Map<String, Object> before = (Map<String, Object>) get(admin, 200).get("recharge");
        long card = issue(1_000);
        post("/api/cards/" + card + "/recharge", Map.of("amountFen", 2_500));
        Map<String, Object> after = (Map<String, Object>) get(admin, 200).get("recharge");
        assertThat(channel(after, "COUNTER_CASH")[0]).isEqualTo(channel(before, "COUNTER_CASH")[0] + 2);
        assertThat(channel(after, "COUNTER_CASH")[1]).isEqualTo(channel(before, "COUNTER_CASH")[1] + 3_500);
        assertThat(num(after, "netFen")).isEqualTo(num(before, "netFen") + 3_500);

        web.get().uri("/api/reports/dashboard").exchange().expectStatus().isUnauthorized();
        get(Logins.operator(web, operators), 403);
    }

    private String scopedTo(long outlet) {
        String username = "dash" + NEXT.incrementAndGet();
        long id = operators.create(username, "看板员" + NEXT.get(), "secret-pass-1", Set.of("FINANCE"), null).block();
        operators.setScopes(id, Set.of(), Set.of(outlet)).block();
        return Logins.tokenFor(web, "/api/auth/login", Map.of("username", username, "password", "secret-pass-1"));
    }

    private ConsumptionRecord purchase(LocalDate day, long outlet, Integer meal, long fen, Instant at) {
        return new ConsumptionRecord(GENERATED.incrementAndGet(), personId, null, outlet, "7", ConsumptionKind.ONLINE,
                fen, fen, 0, DeductionOrder.SUBSIDY_THEN_CASH, at.truncatedTo(ChronoUnit.MILLIS), day, meal, null,
                null, null, null, null, null);
    }

    private long terminal(long outlet) {
        int machineNo = 100 + NEXT.incrementAndGet();
        return id((Map<String, Object>) post("/api/terminals", Map.of("machineNo", machineNo, "serial", "DSH" + machineNo, "model", "TX-100",
                "purpose", "CONSUMPTION", "outletId", outlet, "mode", "FREE_AMOUNT")).get("terminal"));
    }

    private long issue(long cashFen) {
        long unit = people.insertOrgUnit("1" + NEXT.incrementAndGet(), "充值部门" + NEXT.get(), null).block();
        long person = people.insertPerson("C" + NEXT.incrementAndGet(), "充值人", unit).block();
        return id(post("/api/cards", Map.of("personId", person, "serial", "DS" + NEXT.incrementAndGet(),
                "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", cashFen)));
    }

    private static long[] channel(Map<String, Object> day, String channel) {
        return ((List<Map<String, Object>>) day.get("channels")).stream().filter(c -> channel.equals(c.get("channel")))
                .map(c -> new long[] {num(c, "count"), num(c, "amountFen")}).findFirst().orElseThrow();
    }

    private Map<String, Object> get(String token, int status) {
        return web.get().uri("/api/reports/dashboard").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> post(String uri, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin);
            h.set("Idempotency-Key", "dash-" + NEXT.incrementAndGet());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    private static long num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }
}
