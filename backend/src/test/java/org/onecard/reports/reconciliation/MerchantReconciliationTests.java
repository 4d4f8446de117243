package org.onecard.reports.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.AsOperator.id;
import static org.onecard.testing.AsOperator.num;
import static org.onecard.testing.Checks.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.reports.export.XlsxExporter;
import org.onecard.testing.AsOperator;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The merchant reconciliation over sales and corrections booked through the ledger: each outlet's
 * figures against hand-kept expectations, and its net takings against the daily consumption summary.
 */
@MariaDbTest
@SuppressWarnings("unchecked")
class MerchantReconciliationTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    /** The takings fields in order; the hand-kept arrays hold the first six, then the sales cancelled. */
    private static final String[] KEYS = {"purchases", "purchaseFen", "corrections", "correctionFen", "refunds",
        "refundFen", "voids", "voidFen", "otherFen", "netCount", "netFen"};

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    BusinessClock clock;

    String admin;
    AsOperator as;
    long personId;
    long merchant1;
    long merchant2;
    long outletA;
    long outletB;
    long outletC;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        as = new AsOperator(web, admin);
        long unit = people.insertOrgUnit("8" + NEXT.incrementAndGet(), "对账部" + NEXT.get(), null).block();
        personId = people.insertPerson("MR" + NEXT.incrementAndGet(), "对账人", unit).block();
        merchant1 = id(as.post("/api/merchants", null, Map.of("name", "甲商户" + NEXT.incrementAndGet())));
        merchant2 = id(as.post("/api/merchants", null, Map.of("name", "乙商户" + NEXT.incrementAndGet())));
        outletA = id(as.post("/api/outlets", null, Map.of("merchantId", merchant1, "name", "甲一", "kind", "CANTEEN")));
        outletB = id(as.post("/api/outlets", null, Map.of("merchantId", merchant1, "name", "甲二", "kind", "CANTEEN")));
        outletC = id(as.post("/api/outlets", null, Map.of("merchantId", merchant2, "name", "乙一", "kind", "SHOP")));
        today = clock.accountingDate(clock.now());
        as.setParameter("correctionWindowHours", 240);
        as.post("/api/cards", "issue-" + NEXT.incrementAndGet(), Map.of("personId", personId, "serial",
                "MR" + NEXT.incrementAndGet(), "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", 900_000));
    }

    /** Generated sales and corrections: every outlet as kept by hand, and net = the daily consumption summary. */
    @Test
    void agreesWithHandKeptFiguresAndWithTheDailyConsumptionSummary() {
        Random random = new Random(31);
        long[] outlets = {outletA, outletB, outletC};
        Map<Long, long[]> expected = new HashMap<>();
        List<long[]> sales = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            long outlet = outlets[random.nextInt(3)];
            long amount = 1 + random.nextInt(2_000);
            sales.add(new long[] {supplement(outlet, amount), outlet, amount});
            add(expected, outlet, 0, 1, amount);
        }
        for (int i = 0; i < sales.size(); i += 3) {
            long[] sale = sales.get(i);
            int kind = random.nextInt(3);
            long to = kind == 0 ? 0 : kind == 1 ? sale[2] + 1 + random.nextInt(300) : random.nextInt((int) sale[2]);
            if (to == sale[2]) {
                continue;
            }
            as.post("/api/consumptions/" + sale[0] + "/correction", "mrc-" + sale[0], Map.of("amountFen", to));
            long delta = to - sale[2];
            if (delta > 0) {
                add(expected, sale[1], 2, 1, delta);
            } else {
                add(expected, sale[1], 4, 1, -delta);
                if (to == 0) {
                    expected.get(sale[1])[6]++;
                }
            }
        }

        String mine = "&outletId=" + outletA + "&outletId=" + outletB + "&outletId=" + outletC;
        Map<String, Object> report = reconcile("from=" + today + "&to=" + today + mine);

        Map<Long, Map<String, Object>> lines = new HashMap<>();
        for (Map<String, Object> l : (List<Map<String, Object>>) report.get("lines")) {
            lines.put(num(l, "outletId"), (Map<String, Object>) l.get("takings"));
        }
        assertThat(lines.keySet()).containsExactlyInAnyOrder(outletA, outletB, outletC);
        long[] total = new long[11];
        for (long outlet : outlets) {
            long[] e = expected.getOrDefault(outlet, new long[7]);
            long[] want = {e[0], e[1], e[2], e[3], e[4], e[5], 0, 0, 0, e[0] - e[6], e[1] + e[3] - e[5]};
            assertThat(figures(lines.get(outlet))).as("outlet %d", outlet).containsExactly(want);
            Map<String, Object> daily = as.getJson("/api/reports/daily-consumption?from=" + today + "&to=" + today
                    + "&outletId=" + outlet);
            Map<String, Object> dailyTotals = (Map<String, Object>) daily.get("totals");
            assertThat(List.of(num(dailyTotals, "count"), num(dailyTotals, "amountFen"))).as("daily of %d", outlet)
                    .containsExactly(want[9], want[10]);
            for (int k = 0; k < total.length; k++) {
                total[k] += want[k];
            }
        }
        assertThat(figures((Map<String, Object>) report.get("totals"))).containsExactly(total);
        Map<String, Object> daily = as.getJson("/api/reports/daily-consumption?from=" + today + "&to=" + today + mine);
        assertThat(num((Map<String, Object>) daily.get("totals"), "amountFen")).isEqualTo(total[10]);

        List<Map<String, Object>> merchants = (List<Map<String, Object>>) report.get("merchants");
        assertThat(merchants).extracting(m -> num(m, "merchantId")).containsExactly(merchant1, merchant2);
        long netOf1 = figures((Map<String, Object>) lines.get(outletA))[10] + figures(lines.get(outletB))[10];
        assertThat(num((Map<String, Object>) merchants.get(0).get("takings"), "netFen")).isEqualTo(netOf1);
        assertThat((Map<String, Object>) report.get("heading")).containsEntry("outletLabel", "甲一、甲二、乙一");
    }

    /** A sale booked a moment ago is in today's figures at once; one merchant's filter reads only its outlets. */
    @Test
    void readsTodayUpToNowAndFiltersByMerchantAndOutlet() {
        supplement(outletA, 500);
        Map<String, Object> before = reconcile("from=" + today + "&to=" + today + "&merchantId=" + merchant1);
        assertThat((List<Map<String, Object>>) before.get("lines")).extracting(l -> num(l, "outletId"))
                .containsExactly(outletA, outletB);
        supplement(outletA, 250);
        Map<String, Object> after = reconcile("from=" + today + "&to=" + today + "&merchantId=" + merchant1
                + "&outletId=" + outletA);
        assertThat((List<Map<String, Object>>) after.get("lines")).hasSize(1);
        assertThat(num((Map<String, Object>) after.get("totals"), "netFen")).isEqualTo(750);
        assertThat(num((Map<String, Object>) after.get("totals"), "netCount")).isEqualTo(2);
        assertThat((Map<String, Object>) after.get("heading")).containsEntry("outletLabel", "甲一");
        assertThat(asOf(after)).isNotNull();
        Map<String, Object> earlier = reconcile("from=" + today.minusDays(3) + "&to=" + today.minusDays(1));
        assertThat(num((Map<String, Object>) earlier.get("totals"), "netFen")).isZero();
    }

    @Test
    void refusesBadRangesUnknownMerchantsAndOutletsAndOutletsOfAnotherMerchant() {
        String day = "from=" + today + "&to=" + today;
        problem(as.get("/api/reports/merchant-reconciliation?to=" + today), 400, 7020);
        problem(as.get("/api/reports/merchant-reconciliation?from=" + today + "&to=" + today.minusDays(1)), 400, 7020);
        problem(as.get("/api/reports/merchant-reconciliation?from=" + today.minusDays(366) + "&to=" + today), 400, 7020);
        problem(as.get("/api/reports/merchant-reconciliation.xlsx?from=" + today.minusDays(400) + "&to=" + today), 400,
                7020);
        problem(as.get("/api/reports/merchant-reconciliation?" + day + "&merchantId=999999"), 404, 7050);
        problem(as.get("/api/reports/merchant-reconciliation.xlsx?" + day + "&merchantId=999999"), 404, 7050);
        problem(as.get("/api/reports/merchant-reconciliation?" + day + "&outletId=999999"), 404, 7051);
        problem(as.get("/api/reports/merchant-reconciliation?" + day + "&merchantId=" + merchant2 + "&outletId="
                + outletA), 400, 7052);
        as.get("/api/reports/merchant-reconciliation?" + day + "&merchantId=x").expectStatus().isBadRequest();
        as.get("/api/reports/merchant-reconciliation?from=2026-02-30&to=" + today).expectStatus().isBadRequest();
        web.get().uri("/api/reports/merchant-reconciliation?" + day).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anOperatorLimitedToOneOutletSeesOnlyItAndIsRefusedOthers() {
        supplement(outletA, 100);
        supplement(outletB, 900);
        long scoped = operators.create("mr" + NEXT.incrementAndGet(), "商户操作员", "secret-pass-1",
                Set.of("FINANCE"), null).block();
        operators.setScopes(scoped, Set.of(), Set.of(outletA)).block();
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", "mr" + NEXT.get(),
                "password", "secret-pass-1"));
        Map<String, Object> mine = new AsOperator(web, token).getJson("/api/reports/merchant-reconciliation?from="
                + today + "&to=" + today + "&merchantId=" + merchant1);
        assertThat((List<Map<String, Object>>) mine.get("lines")).extracting(l -> num(l, "outletId"))
                .containsExactly(outletA);
        assertThat(num((Map<String, Object>) mine.get("totals"), "netFen")).isEqualTo(100);
        problem(web.get().uri("/api/reports/merchant-reconciliation?from=" + today + "&to=" + today + "&outletId="
                + outletB).headers(h -> h.setBearerAuth(token)).exchange(), 403, 7021);
    }

    @Test
    void theWorkbookListsOutletsMerchantSubtotalsAndTotals() throws IOException {
        long sale = supplement(outletA, 1_000);
        supplement(outletB, 234);
        supplement(outletC, 5);
        as.post("/api/consumptions/" + sale + "/correction", "mrx-" + sale, Map.of("amountFen", 800));

        byte[] bytes = as.get("/api/reports/merchant-reconciliation.xlsx?from=" + today + "&to=" + today + "&outletId="
                + outletA + "&outletId=" + outletB + "&outletId=" + outletC)
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ReconciliationSheet.TITLE);
            int h = XlsxExporter.HEADER_ROW;
            assertThat(sheet.getRow(h).getCell(12).getStringCellValue()).isEqualTo("净收入");
            assertThat(values(sheet.getRow(h + 1))).containsExactly(1.0, 10.0, 0.0, 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 1.0, 8.0);
            assertThat(sheet.getRow(h + 2).getCell(1).getStringCellValue()).isEqualTo("甲二");
            assertThat(sheet.getRow(h + 3).getCell(1).getStringCellValue()).isEqualTo(ReconciliationSheet.SUBTOTAL);
            assertThat(values(sheet.getRow(h + 3))).containsExactly(2.0, 12.34, 0.0, 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 2.0,
                    10.34);
            assertThat(sheet.getRow(h + 5).getCell(1).getStringCellValue()).isEqualTo(ReconciliationSheet.SUBTOTAL);
            Row totals = sheet.getRow(h + 6);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(values(totals)).containsExactly(3.0, 12.39, 0.0, 0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 3.0, 10.39);
            assertThat(sheet.getRow(h + 8).getCell(0).getStringCellValue()).isEqualTo(XlsxExporter.PREPARED_BY);
        }
    }

    private static Object asOf(Map<String, Object> report) {
        return report.get("asOf");
    }

    private static List<Double> values(Row row) {
        List<Double> out = new ArrayList<>();
        for (int c = 2; c <= 12; c++) {
            out.add(row.getCell(c).getNumericCellValue());
        }
        return out;
    }

    private static void add(Map<Long, long[]> expected, long outlet, int at, long n, long fen) {
        long[] e = expected.computeIfAbsent(outlet, k -> new long[7]);
        e[at] += n;
        e[at + 1] += fen;
    }

    private static long[] figures(Map<String, Object> takings) {
        long[] out = new long[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            out[i] = num(takings, KEYS[i]);
        }
        return out;
    }

    private long supplement(long outlet, long amountFen) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("personId", personId);
        entry.put("outletId", outlet);
        entry.put("occurredAt", clock.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        entry.put("amountFen", amountFen);
        return ((Number) as.post("/api/consumptions/supplementary", "mrs-" + NEXT.incrementAndGet(), entry)
                .get("postingId")).longValue();
    }

    private Map<String, Object> reconcile(String query) {
        return as.getJson("/api/reports/merchant-reconciliation?" + query);
    }
}
