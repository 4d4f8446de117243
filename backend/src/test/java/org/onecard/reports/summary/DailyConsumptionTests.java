package org.onecard.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.reports.export.XlsxExporter;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class DailyConsumptionTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Generated consumptions get posting ids far above any the ledger hands out in a test. */
    private static final AtomicLong GENERATED = new AtomicLong(9_000_000_000L);

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
    @Autowired
    DatabaseClient db;

    String admin;
    long personId;
    long outletA;
    long outletB;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        long unit = people.insertOrgUnit("0" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        personId = people.insertPerson("R" + NEXT.incrementAndGet(), "报表人", unit).block();
        long merchant = id(post("/api/merchants", null, Map.of("name", "报表食堂" + NEXT.incrementAndGet())));
        outletA = id(post("/api/outlets", null, Map.of("merchantId", merchant, "name", "一食堂", "kind", "CANTEEN")));
        outletB = id(post("/api/outlets", null, Map.of("merchantId", merchant, "name", "二食堂", "kind", "CANTEEN")));
        today = clock.accountingDate(clock.now());
    }

    @Test
    void sumsGeneratedConsumptionsByDateOutletAndMealWithTotals() {
        Random random = new Random(42);
        LocalDate first = today.minusDays(20);
        List<ConsumptionRecord> rows = new ArrayList<>();
        Map<String, long[]> expected = new TreeMap<>();
        long[] totals = new long[4];
        for (int i = 0; i < 300; i++) {
            LocalDate day = first.plusDays(random.nextInt(7));
            long outlet = random.nextBoolean() ? outletA : outletB;
            Integer meal = random.nextInt(4) == 0 ? null : 1 + random.nextInt(3);
            long cash = random.nextInt(800);
            long subsidy = random.nextInt(3) == 0 ? random.nextInt(500) : 0;
            rows.add(generated(day, outlet, meal, cash, subsidy));
            long[] e = expected.computeIfAbsent(day + "|" + (outlet == outletA ? "一食堂" : "二食堂") + "|" + meal,
                    k -> new long[4]);
            long[] add = {1, cash + subsidy, cash, subsidy};
            for (int j = 0; j < 4; j++) {
                e[j] += add[j];
                totals[j] += add[j];
            }
        }
        rows.add(generated(first.minusDays(1), outletA, 1, 999, 0));
        rows.add(generated(first.plusDays(7), outletB, 1, 999, 0));
        consumptions.insertAll(rows).block();

        Map<String, Object> report = summary("from=" + first + "&to=" + first.plusDays(6)
                + "&outletId=" + outletA + "&outletId=" + outletB);

        Map<String, long[]> actual = new TreeMap<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) report.get("lines")) {
            Map<String, Object> t = (Map<String, Object>) line.get("tally");
            actual.put(line.get("accountingDate") + "|" + line.get("outletName") + "|" + line.get("mealPeriodId"),
                    new long[] {num(t, "count"), num(t, "amountFen"), num(t, "cashFen"), num(t, "subsidyFen")});
        }
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        Map<String, Object> sum = (Map<String, Object>) report.get("totals");
        assertThat(new long[] {num(sum, "count"), num(sum, "amountFen"), num(sum, "cashFen"), num(sum, "subsidyFen")})
                .containsExactly(totals);
        assertThat(num(sum, "payCodeFen")).isZero();
        assertThat((Map<String, Object>) report.get("heading")).containsEntry("outletLabel", "一食堂、二食堂")
                .containsEntry("organisation", "OneCard 一卡通");

        Map<String, Object> onlyA = summary("from=" + first + "&to=" + first.plusDays(6) + "&outletId=" + outletA);
        long expectedA = expected.entrySet().stream().filter(e -> e.getKey().contains("|一食堂|"))
                .mapToLong(e -> e.getValue()[1]).sum();
        assertThat(num((Map<String, Object>) onlyA.get("totals"), "amountFen")).isEqualTo(expectedA);
    }

    /**
     * Meal periods cover [start, end): a purchase at a period's start is in it, one at its end is in
     * the next period (which starts there) or in none. Corrections count on their own accounting
     * date in the purchase's outlet and meal; a correction to 0 also takes the purchase out of the count.
     */
    @Test
    void splitsAtMealBoundariesAndCountsCorrectionsOnTheirOwnDate() {
        setMealsAndWindow();
        issueCard(10_000, 300);
        LocalDate day = today.minusDays(2);
        supplement(day, "06:00", 300);                      // 早餐: the subsidy pays it all
        supplement(day, "12:59:59", 200);                   // 午餐 to its last second
        long dinner = supplement(day, "13:00", 100);        // 午餐's end is 晚餐's start
        long lunch = supplement(day, "11:00", 400);         // 午餐's start
        supplement(day, "10:59:59", 50);                    // between 早餐 and 午餐: no meal
        supplement(day, "19:00", 70);                       // 晚餐's end, no period follows: no meal
        db.sql("UPDATE consumption SET accounting_date = :d WHERE posting_id = :p").bind("d", today.minusDays(1))
                .bind("p", dinner).then().block();
        post("/api/consumptions/" + lunch + "/correction", "cor-" + lunch, Map.of("amountFen", 250));
        post("/api/consumptions/" + dinner + "/correction", "cor-" + dinner, Map.of("amountFen", 0));

        Map<String, Object> report = summary("from=" + today.minusDays(1) + "&to=" + today + "&outletId=" + outletB);

        Map<String, List<Long>> lines = new TreeMap<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) report.get("lines")) {
            Map<String, Object> t = (Map<String, Object>) line.get("tally");
            lines.put(line.get("accountingDate") + " " + line.get("mealName"), List.of(num(t, "count"),
                    num(t, "amountFen"), num(t, "cashFen"), num(t, "subsidyFen"), num(t, "corrections"),
                    num(t, "correctedFen")));
        }
        assertThat(lines).containsExactlyInAnyOrderEntriesOf(Map.of(
                today.minusDays(1) + " 晚餐", List.of(1L, 100L, 100L, 0L, 0L, 0L),
                today + " 早餐", List.of(1L, 300L, 0L, 300L, 0L, 0L),
                today + " 午餐", List.of(2L, 450L, 450L, 0L, 1L, -150L),
                today + " 晚餐", List.of(-1L, -100L, -100L, 0L, 1L, -100L),
                today + " null", List.of(2L, 120L, 120L, 0L, 0L, 0L)));
        Map<String, Object> sum = (Map<String, Object>) report.get("totals");
        assertThat(List.of(num(sum, "count"), num(sum, "amountFen"), num(sum, "cashFen"), num(sum, "subsidyFen")))
                .containsExactly(5L, 870L, 570L, 300L);
    }

    @Test
    void anOperatorLimitedToSomeOutletsSeesOnlyThoseAndIsRefusedOthers() {
        consumptions.insertAll(List.of(generated(today, outletA, 2, 100, 0), generated(today, outletB, 2, 700, 0)))
                .block();
        long scoped = operators.create("rpt" + NEXT.incrementAndGet(), "营业点操作员", "secret-pass-1",
                Set.of("FINANCE"), null).block();
        operators.setScopes(scoped, Set.of(), Set.of(outletA)).block();
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", "rpt" + NEXT.get(),
                "password", "secret-pass-1"));

        Map<String, Object> mine = web.get().uri("/api/reports/daily-consumption?from=" + today + "&to=" + today)
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) mine.get("lines")).extracting(l -> l.get("outletId"))
                .containsOnly(((Number) outletA).intValue());
        assertThat(num((Map<String, Object>) mine.get("totals"), "amountFen")).isEqualTo(100);
        problem(web.get().uri("/api/reports/daily-consumption?from=" + today + "&to=" + today + "&outletId=" + outletB)
                .headers(h -> h.setBearerAuth(token)).exchange(), 403, 7021);
        problem(web.get().uri("/api/reports/daily-consumption.xlsx?from=" + today + "&to=" + today + "&outletId="
                + outletB).headers(h -> h.setBearerAuth(token)).exchange(), 403, 7021);
    }

    @Test
    void badRangesAreRefused() {
        problem(get("/api/reports/daily-consumption?to=" + today), 400, 7020);
        problem(get("/api/reports/daily-consumption?from=" + today), 400, 7020);
        problem(get("/api/reports/daily-consumption?from=" + today + "&to=" + today.minusDays(1)), 400, 7020);
        problem(get("/api/reports/daily-consumption?from=" + today.minusDays(366) + "&to=" + today), 400, 7020);
        problem(get("/api/reports/daily-consumption.xlsx?from=" + today.minusDays(400) + "&to=" + today), 400, 7020);
        get("/api/reports/daily-consumption?from=" + today.minusDays(365) + "&to=" + today).expectStatus().isOk();
        get("/api/reports/daily-consumption?from=2026-02-30&to=" + today).expectStatus().isBadRequest();
        get("/api/reports/daily-consumption?from=yesterday&to=" + today).expectStatus().isBadRequest();
        get("/api/reports/daily-consumption?from=" + today + "&to=" + today + "&outletId=x").expectStatus()
                .isBadRequest();
        web.get().uri("/api/reports/daily-consumption?from=" + today + "&to=" + today).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theWorkbookCarriesHeadingTableTotalsAndSignatures() throws IOException {
        consumptions.insertAll(List.of(generated(today, outletA, 1, 150, 50), generated(today, outletA, 1, 1_000, 0),
                generated(today, outletA, null, 1, 0))).block();

        byte[] bytes = get("/api/reports/daily-consumption.xlsx?from=" + today + "&to=" + today + "&outletId=" + outletA)
                .expectStatus().isOk().expectHeader().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().value("Content-Disposition", v -> assertThat(v).contains("attachment")
                        .contains(".xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("OneCard 一卡通");
            assertThat(text(sheet, 1, 0)).isEqualTo(DailyConsumptionSheet.TITLE);
            assertThat(text(sheet, 2, 0)).isEqualTo("营业点：一食堂    日期：" + today + " 至 " + today);
            Row header = sheet.getRow(XlsxExporter.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("金额");
            Row breakfast = sheet.getRow(XlsxExporter.HEADER_ROW + 1);
            assertThat(breakfast.getCell(0).getStringCellValue()).isEqualTo(today.toString());
            assertThat(breakfast.getCell(1).getStringCellValue()).isEqualTo("一食堂");
            assertThat(breakfast.getCell(2).getStringCellValue()).isEqualTo("早餐");
            assertThat(breakfast.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(breakfast.getCell(4).getNumericCellValue()).isEqualTo(12.00);
            assertThat(breakfast.getCell(6).getNumericCellValue()).isEqualTo(0.50);
            assertThat(breakfast.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row none = sheet.getRow(XlsxExporter.HEADER_ROW + 2);
            assertThat(none.getCell(2).getStringCellValue()).isEqualTo(DailyConsumptionSheet.NO_MEAL);
            assertThat(none.getCell(4).getNumericCellValue()).isEqualTo(0.01);
            Row totals = sheet.getRow(XlsxExporter.HEADER_ROW + 3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(12.01);
            assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(11.51);
            assertThat(text(sheet, XlsxExporter.HEADER_ROW + 5, 0)).isEqualTo(XlsxExporter.PREPARED_BY);
            assertThat(text(sheet, XlsxExporter.HEADER_ROW + 6, 0)).isEqualTo("打印日期：" + today);
        }
    }

    /** A terminal's day from the ledger: the purchases it took, the correction it gave back, per its outlet. */
    @Test
    void terminalDailyTakesWhatTheTerminalsPostingsMovedInAndOutOfWallets() {
        setMealsAndWindow();
        issueCard(10_000, 0);
        int machineNo = 900 + NEXT.incrementAndGet() % 90;
        Map<String, Object> terminal = post("/api/terminals", null, Map.of("machineNo", machineNo, "serial",
                "SN-RPT-" + machineNo, "purpose", "CONSUMPTION", "outletId", outletB, "mode", "FREE_AMOUNT"));
        String code = (String) ((Map<String, Object>) terminal.get("terminal")).get("code");
        LocalDate day = today.minusDays(1);
        supplementAt(code, day, "12:00", 400);
        long second = supplementAt(code, day, "12:05", 600);
        post("/api/consumptions/" + second + "/correction", "tcor-" + second, Map.of("amountFen", 450));

        Map<String, Object> report = get("/api/reports/terminal-daily?from=" + today + "&to=" + today + "&outletId="
                + outletB).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> lines = (List<Map<String, Object>>) report.get("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsEntry("terminalCode", code).containsEntry("machineNo", machineNo)
                .containsEntry("debits", 2).containsEntry("debitFen", 1_000).containsEntry("credits", 1)
                .containsEntry("creditFen", 150).containsEntry("netFen", 850);
        Map<String, Object> none = get("/api/reports/terminal-daily?from=" + today + "&to=" + today + "&outletId="
                + outletA).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Object>) none.get("lines")).isEmpty();
        problem(get("/api/reports/terminal-daily?from=" + today), 400, 7020);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private ConsumptionRecord generated(LocalDate day, long outlet, Integer meal, long cash, long subsidy) {
        return new ConsumptionRecord(GENERATED.incrementAndGet(), personId, null, outlet, "7", ConsumptionKind.ONLINE,
                cash + subsidy, cash, subsidy, DeductionOrder.SUBSIDY_THEN_CASH,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), day, meal, null, null, null, null, null, null);
    }

    private void setMealsAndWindow() {
        List<Map<String, Object>> periods = new ArrayList<>();
        periods.add(Map.of("id", 1, "name", "早餐", "start", "06:00", "end", "09:00", "enabled", true));
        periods.add(Map.of("id", 2, "name", "午餐", "start", "11:00", "end", "13:00", "enabled", true));
        periods.add(Map.of("id", 3, "name", "晚餐", "start", "13:00", "end", "19:00", "enabled", true));
        for (int id = 4; id <= 8; id++) {
            periods.add(Map.of("id", id, "enabled", false));
        }
        web.put().uri("/api/meal-periods").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("periods", periods)).exchange().expectStatus().isOk();
        Map<String, Object> parameters = get("/api/parameters").expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        parameters.put("correctionWindowHours", 240);
        web.put().uri("/api/parameters").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(parameters).exchange().expectStatus().isOk();
    }

    private void issueCard(long cashFen, long subsidyFen) {
        post("/api/cards", "issue-" + NEXT.incrementAndGet(), Map.of("personId", personId, "serial",
                "RPT" + NEXT.incrementAndGet(), "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", cashFen));
        if (subsidyFen == 0) {
            return;
        }
        web.post().uri("/api/subsidies").headers(h -> {
            h.setBearerAuth(admin);
            h.set("Idempotency-Key", "sub-" + NEXT.incrementAndGet());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("items",
                List.of(Map.of("personId", personId, "amountFen", subsidyFen)), "distribute", true)).exchange()
                .expectStatus().isCreated();
    }

    private long supplement(LocalDate day, String localTime, long amountFen) {
        return supplementAt(null, day, localTime, amountFen);
    }

    private long supplementAt(String terminalNo, LocalDate day, String localTime, long amountFen) {
        Map<String, Object> entry = new HashMap<>();
        if (terminalNo != null) {
            entry.put("terminalNo", terminalNo);
        }
        entry.put("personId", personId);
        entry.put("outletId", outletB);
        entry.put("occurredAt", day.atTime(LocalTime.parse(localTime)).atZone(clock.zone()).toInstant().toString());
        entry.put("amountFen", amountFen);
        return ((Number) post("/api/consumptions/supplementary", "rs-" + NEXT.incrementAndGet(), entry)
                .get("postingId")).longValue();
    }

    private Map<String, Object> summary(String query) {
        return get("/api/reports/daily-consumption?" + query).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(admin)).exchange();
    }

    private Map<String, Object> post(String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin);
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
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
