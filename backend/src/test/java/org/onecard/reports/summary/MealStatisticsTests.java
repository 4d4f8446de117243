package org.onecard.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class MealStatisticsTests {

    private static final AtomicInteger NEXT = new AtomicInteger(10);
    private static final AtomicLong GENERATED = new AtomicLong(8_000_000_000L);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    ConsumptionStore consumptions;
    @Autowired
    BusinessClock clock;

    String admin;
    String parentCode;
    long parent;
    long child;
    long ann;
    long bob;
    long cy;
    long outlet;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        parentCode = "0" + NEXT.incrementAndGet();
        parent = people.insertOrgUnit(parentCode, "餐统部" + parentCode, null).block();
        child = people.insertOrgUnit(parentCode + "01", "餐统科" + parentCode, parent).block();
        long other = people.insertOrgUnit(parentCode + "02", "外部" + parentCode, parent).block();
        ann = people.insertPerson("A" + parentCode, "安", parent).block();
        bob = people.insertPerson("B" + parentCode, "波", child).block();
        cy = people.insertPerson("C" + parentCode, "辞", other).block();
        long merchant = id(post("/api/merchants", Map.of("name", "餐统商户" + parentCode)));
        outlet = id(post("/api/outlets", Map.of("merchantId", merchant, "name", "餐统食堂", "kind", "CANTEEN")));
        today = clock.accountingDate(clock.now());
    }

    @Test
    void countsMealsPerPersonAndPerDepartmentOverTheRange() {
        List<ConsumptionRecord> rows = new ArrayList<>();
        rows.add(meal(ann, today, 1, 300));
        rows.add(meal(ann, today.minusDays(1), 1, 350));
        rows.add(meal(ann, today, 2, 1_200));
        rows.add(meal(bob, today, 2, 1_000));
        rows.add(meal(bob, today, null, 80));
        rows.add(meal(cy, today, 3, 900));
        rows.add(meal(ann, today.minusDays(5), 1, 99_999)); // before the range
        consumptions.insertAll(rows).block();
        String range = "from=" + today.minusDays(1) + "&to=" + today + "&departmentCode=" + parentCode;

        Map<String, Object> byPerson = get("/api/reports/meal-statistics/people?" + range);
        Map<String, Map<String, Object>> lines = byCode(byPerson);
        assertThat(lines.keySet()).containsExactly("A" + parentCode, "B" + parentCode, "C" + parentCode);
        assertThat(meals(lines.get("A" + parentCode))).isEqualTo(Map.of("1", List.of(2L, 650L), "2", List.of(1L, 1_200L)));
        assertThat(meals(lines.get("B" + parentCode))).isEqualTo(Map.of("2", List.of(1L, 1_000L), "null", List.of(1L, 80L)));
        assertThat(num(lines.get("A" + parentCode), "amountFen")).isEqualTo(1_850);
        assertThat(num(byPerson, "count")).isEqualTo(6);
        assertThat(num(byPerson, "amountFen")).isEqualTo(3_830);
        assertThat((List<Map<String, Object>>) byPerson.get("totalsByMeal")).extracting(m -> m.get("mealName"))
                .containsExactly("早餐", "午餐", "晚餐", null);

        Map<String, Object> byDepartment = get("/api/reports/meal-statistics/departments?" + range);
        Map<String, Map<String, Object>> departments = byCode(byDepartment);
        assertThat(departments.keySet()).containsExactly(parentCode, parentCode + "01", parentCode + "02");
        assertThat(num(departments.get(parentCode + "01"), "count")).isEqualTo(2);
        assertThat(num(departments.get(parentCode + "01"), "amountFen")).isEqualTo(1_080);

        Map<String, Object> childOnly = get("/api/reports/meal-statistics/people?from=" + today + "&to=" + today
                + "&departmentCode=" + parentCode + "01");
        assertThat(byCode(childOnly).keySet()).containsExactly("B" + parentCode);
    }

    @Test
    void anOperatorLimitedToADepartmentSeesOnlyItsPeopleAndBadRangesAreRefused() {
        consumptions.insertAll(List.of(meal(ann, today, 1, 300), meal(bob, today, 1, 400))).block();
        long scoped = operators.create("ms" + parentCode, "部门操作员", "secret-pass-1", Set.of("FINANCE"), null).block();
        operators.setScopes(scoped, Set.of(child), Set.of()).block();
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", "ms" + parentCode,
                "password", "secret-pass-1"));

        Map<String, Object> mine = web.get().uri("/api/reports/meal-statistics/people?from=" + today + "&to=" + today
                        + "&departmentCode=" + parentCode).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(byCode(mine).keySet()).containsExactly("B" + parentCode);
        assertThat(num(mine, "amountFen")).isEqualTo(400);

        problem(web.get().uri("/api/reports/meal-statistics/people?from=" + today).headers(h -> h.setBearerAuth(admin))
                .exchange(), 400, 7020);
        problem(web.get().uri("/api/reports/meal-statistics/departments?from=" + today.minusDays(400) + "&to=" + today)
                .headers(h -> h.setBearerAuth(admin)).exchange(), 400, 7020);
    }

    private ConsumptionRecord meal(long person, LocalDate day, Integer meal, long amountFen) {
        return new ConsumptionRecord(GENERATED.incrementAndGet(), person, null, outlet, "9", ConsumptionKind.OFFLINE,
                amountFen, amountFen, 0, DeductionOrder.CASH_ONLY, Instant.now(), day, meal, null, null, null, null,
                null, null);
    }

    private static Map<String, Map<String, Object>> byCode(Map<String, Object> report) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) report.get("lines")) {
            out.put((String) line.get("code"), line);
        }
        return out;
    }

    private static Map<String, List<Long>> meals(Map<String, Object> line) {
        Map<String, List<Long>> out = new HashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) line.get("meals")) {
            out.put(String.valueOf(m.get("mealPeriodId")), List.of(num(m, "count"), num(m, "amountFen")));
        }
        return out;
    }

    private Map<String, Object> get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> post(String uri, Object body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    private static long num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }
}
