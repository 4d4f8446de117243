package org.onecard.reports.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.reports.details.DetailsData.Expected;
import org.onecard.reports.export.XlsxExporter;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
@SuppressWarnings("unchecked")
class DetailsReportTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;

    String admin;
    long operatorId;
    long outletA;
    long outletB;
    DetailsData data;
    /** Each test's rows on days of their own (the database is the class's): first .. first + 11. */
    LocalDate first;

    @BeforeEach
    void setUp() {
        int n = NEXT.incrementAndGet();
        String username = "details" + n;
        operatorId = operators.create(username, "明细员" + n, "secret-pass-1", Set.of("ADMIN"), null).block();
        admin = Logins.tokenFor(web, "/api/auth/login", Map.of("username", username, "password", "secret-pass-1"));
        long merchant = id(post("/api/merchants", Map.of("name", "明细食堂" + n)));
        outletA = id(post("/api/outlets", Map.of("merchantId", merchant, "name", "一食堂", "kind", "CANTEEN")));
        outletB = id(post("/api/outlets", Map.of("merchantId", merchant, "name", "二食堂", "kind", "CANTEEN")));
        // the reports below read first + 1 .. first + 10, so the rows of the ends are left out
        first = LocalDate.of(2024, 1, 1).plusDays(20L * n);
        data = new DetailsData(db, "D" + n, 8_000_000_000L + n * 10_000_000L, new long[] {outletA, outletB}, operatorId)
                .generate(first, 12, 400, 7 + n);
    }

    @Test
    void everyKindOfTheRangeInOrderWithTotalsOverThePages() {
        String range = "from=" + first.plusDays(1) + "&to=" + first.plusDays(10);
        List<Expected> expected = expected(e -> true);
        assertThat(expected).hasSizeGreaterThan(200);

        List<Long> seen = new ArrayList<>();
        Map<String, Object> firstPage = null;
        for (int offset = 0; offset < expected.size() + 7; offset += 7) {
            Map<String, Object> page = details(range + "&offset=" + offset + "&limit=7");
            firstPage = firstPage == null ? page : firstPage;
            rows(page).forEach(r -> seen.add(num(r, "transferId")));
            assertThat(num(page, "count")).isEqualTo(expected.size());
            assertThat(num(page, "amountFen")).isEqualTo(sum(expected));
        }
        // the order is accounting date, posting, transfer; no row on two pages, none missing
        assertThat(seen).containsExactlyElementsOf(expected.stream().map(Expected::transferId).toList());
        assertThat(kindTotals(firstPage)).isEqualTo(kindTotals(expected));
        assertThat(kindTotals(firstPage)).doesNotContainKey("null").containsKeys("RECHARGE", "CONSUMPTION", "SUPPLEMENT",
                "SUBSIDY", "REFUND");
    }

    @Test
    void rowsNameTheirCardPersonDepartmentOutletTerminalOperatorAndMeal() {
        Expected e = expected(x -> "CONSUMPTION_SUPPLEMENT".equals(x.code()) && x.meal() != null).get(0);
        Map<String, Object> row = rows(details("from=" + e.day() + "&to=" + e.day() + "&kind=SUPPLEMENT&limit=500"))
                .stream().filter(r -> num(r, "transferId") == e.transferId()).findFirst().orElseThrow();
        int person = indexOf(e.personId());
        assertThat(row).containsEntry("kind", "SUPPLEMENT").containsEntry("code", "CONSUMPTION_SUPPLEMENT")
                .containsEntry("cardNo", e.cardNo()).containsEntry("employeeNo", data.prefix + "E" + person)
                .containsEntry("personName", "明细" + person).containsEntry("outletName",
                        e.outletId() == outletA ? "一食堂" : "二食堂")
                .containsEntry("terminal", e.terminal()).containsEntry("operatorName", "明细员" + NEXT.get())
                .containsEntry("accountingDate", e.day().toString());
        assertThat(num(row, "amountFen")).isEqualTo(e.amountFen()).isNegative();
        assertThat(num(row, "mealPeriodId")).isEqualTo(e.meal().longValue());
        assertThat(row.get("department")).isIn("明细部", "明细分部");
        assertThat(row.get("balanceAfterFen")).isNotNull();

        Expected grant = expected(x -> "SUBSIDY_GRANT".equals(x.code())).get(0);
        Map<String, Object> subsidy = rows(details("from=" + grant.day() + "&to=" + grant.day() + "&kind=subsidy"
                + "&personId=" + grant.personId())).stream().filter(r -> num(r, "transferId") == grant.transferId())
                .findFirst().orElseThrow();
        assertThat(subsidy).doesNotContainKeys("cardNo", "outletName", "mealPeriodId").containsEntry("kind", "SUBSIDY");
        assertThat(num(subsidy, "amountFen")).isEqualTo(grant.amountFen()).isPositive();
    }

    @Test
    void filtersCombineAsTheHandComputedExpectationSays() {
        String range = "from=" + first.plusDays(1) + "&to=" + first.plusDays(10);
        int p2 = 2;
        check(range + "&kind=CONSUMPTION&kind=SUPPLEMENT&outletId=" + outletA,
                e -> Set.of(DetailKind.CONSUMPTION, DetailKind.SUPPLEMENT).contains(e.kind())
                        && Objects.equals(e.outletId(), outletA));
        // a department includes the departments under it (P01 under P), not the others (Q)
        check(range + "&departmentCode=" + data.deptP(), e -> e.deptCode().startsWith(data.deptP()));
        check(range + "&departmentCode=" + data.deptP() + "01&kind=RECHARGE",
                e -> e.deptCode().equals(data.deptP() + "01") && e.kind() == DetailKind.RECHARGE);
        check(range + "&personId=" + data.personIds[p2], e -> e.personId() == data.personIds[p2]);
        check(range + "&cardNo=" + data.cardNos[p2] + "&kind=REFUND&kind=RECHARGE",
                e -> data.cardNos[p2].equals(e.cardNo()) && Set.of(DetailKind.REFUND, DetailKind.RECHARGE)
                        .contains(e.kind()));
        check(range + "&terminal=" + data.prefix + "T2", e -> (data.prefix + "T2").equals(e.terminal()));
        check(range + "&operatorId=" + operatorId + "&kind=CONSUMPTION", e -> false);
        check(range + "&operatorId=" + operatorId, e -> e.operatorId() != null);
        check(range + "&mealPeriodId=2&outletId=" + outletB,
                e -> Integer.valueOf(2).equals(e.meal()) && Objects.equals(e.outletId(), outletB));
        check("from=" + first.plusDays(3) + "&to=" + first.plusDays(3) + "&departmentCode=" + data.prefix + "Q",
                e -> e.day().equals(first.plusDays(3)) && e.deptCode().equals(data.prefix + "Q"));
    }

    @Test
    void anOperatorScopedToAnOutletSeesOnlyItsRowsAndIsRefusedOthers() {
        String username = "scoped" + NEXT.incrementAndGet();
        long scoped = operators.create(username, "营业点员", "secret-pass-1", Set.of("ADMIN"), null).block();
        operators.setScopes(scoped, Set.of(), Set.of(outletB)).block();
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", username, "password", "secret-pass-1"));
        String range = "from=" + first.plusDays(1) + "&to=" + first.plusDays(10);
        Map<String, Object> page = get(token, "/api/reports/details?" + range + "&limit=500").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Expected> expected = expected(e -> Objects.equals(e.outletId(), outletB));
        assertThat(num(page, "count")).isEqualTo(expected.size());
        assertThat(num(page, "amountFen")).isEqualTo(sum(expected));
        problem(get(token, "/api/reports/details?" + range + "&outletId=" + outletA), 403, 7021);
    }

    @Test
    void theOperatorFilterOffersEveryOperatorDisabledOnesTooToReportReadersOnly() {
        String username = "gone" + NEXT.incrementAndGet();
        long gone = operators.create(username, "离职员", "secret-pass-1", Set.of("CASHIER"), null).block();
        operators.setEnabled(gone, false).block();
        String plain = "plain" + NEXT.incrementAndGet();
        operators.create(plain, "无权员", "secret-pass-1", Set.of(), null).block();
        String token = Logins.tokenFor(web, "/api/auth/login", Map.of("username", plain, "password", "secret-pass-1"));

        List<Map<String, Object>> names = get(admin, "/api/reports/operators").expectStatus().isOk()
                .expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();

        assertThat(names).anySatisfy(o -> assertThat(o).containsEntry("id", (int) operatorId)
                .containsEntry("enabled", true));
        assertThat(names).anySatisfy(o -> assertThat(o).containsEntry("id", (int) gone)
                .containsEntry("displayName", "离职员").containsEntry("enabled", false));
        assertThat(names).extracting(o -> (String) o.get("username")).isSorted();
        problem(get(token, "/api/reports/operators"), 403, 2010);
        web.get().uri("/api/reports/operators").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void badFiltersAreRefusedWithTheirCodes() {
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2026-01-02"), 400, 7020);
        problem(get(admin, "/api/reports/details?from=2025-01-02&to=2025-01-01"), 400, 7020);
        problem(get(admin, "/api/reports/details?from=2025-01-02"), 400, 7020);
        problem(get(admin, "/api/reports/details.xlsx?from=2024-01-01&to=2025-12-31"), 400, 7020);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&kind=LOTTERY"), 400, 7040);
        problem(get(admin, "/api/reports/details.xlsx?from=2025-01-01&to=2025-01-02&kind=RECHARGE&kind=x"), 400, 7040);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&limit=0"), 400, 7041);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&limit=501"), 400, 7041);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&offset=-1"), 400, 7041);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&personId=0"), 400, 7042);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&mealPeriodId=-2"), 400, 7042);
        problem(get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&cardNo=" + "9".repeat(33)), 400, 7042);
        get(admin, "/api/reports/details?from=2025-01-01&to=2025-01-02&personId=abc").expectStatus().isBadRequest();
        // 366 days, both ends included, is the most
        Map<String, Object> year = details("from=" + first.plusDays(1).minusDays(365) + "&to=" + first.plusDays(1)
                + "&cardNo=&departmentCode=" + data.deptP());
        assertThat(num(year, "count")).isEqualTo(data.rows.stream().filter(e -> e.kind() != null
                && !e.day().isAfter(first.plusDays(1)) && e.deptCode().startsWith(data.deptP())).count());
        web.get().uri("/api/reports/details?from=2025-01-01&to=2025-01-02").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theWorkbookHoldsTheFilteredRowsHeadingAndTotals() throws IOException {
        String query = "from=" + first.plusDays(1) + "&to=" + first.plusDays(10) + "&kind=CONSUMPTION&kind=REFUND"
                + "&departmentCode=" + data.deptP();
        List<Expected> expected = expected(e -> Set.of(DetailKind.CONSUMPTION, DetailKind.REFUND).contains(e.kind())
                && e.deptCode().startsWith(data.deptP()));
        byte[] xlsx = get(admin, "/api/reports/details.xlsx?" + query).expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("OneCard 一卡通");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("明细报表（消费、退款）");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("营业点：全部营业点    日期：" + first.plusDays(1) + " 至 " + first.plusDays(10));
            assertThat(sheet.getRow(XlsxExporter.HEADER_ROW).getCell(11).getStringCellValue()).isEqualTo("金额");
            List<String> cards = new ArrayList<>();
            long fen = 0;
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(XlsxExporter.HEADER_ROW + 1 + i);
                cards.add(row.getCell(3).getStringCellValue());
                fen += BigDecimal.valueOf(row.getCell(11).getNumericCellValue()).movePointRight(2).longValueExact();
                assertThat(row.getCell(13).getStringCellValue()).isEqualTo(String.valueOf(expected.get(i).transferId()));
            }
            assertThat(cards).containsExactlyElementsOf(expected.stream().map(Expected::cardNo).toList());
            assertThat(fen).isEqualTo(sum(expected));
            Row totals = sheet.getRow(XlsxExporter.HEADER_ROW + 1 + expected.size());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo(expected.size() + " 笔");
            assertThat(BigDecimal.valueOf(totals.getCell(11).getNumericCellValue()).movePointRight(2).longValueExact())
                    .isEqualTo(sum(expected));
            assertThat(sheet.getRow(XlsxExporter.HEADER_ROW + 3 + expected.size()).getCell(0).getStringCellValue())
                    .isEqualTo(XlsxExporter.PREPARED_BY);
        }
    }

    @Test
    void anIssuedCardsDepositCostAndFirstRechargeAreNamedByTheirCardEvent() {
        long unit = people.insertOrgUnit("I" + NEXT.incrementAndGet() + System.nanoTime() % 10_000, "发卡部", null)
                .block();
        long person = people.insertPerson("I" + System.nanoTime() % 100_000_000L, "发卡人", unit).block();
        Map<String, Object> card = web.post().uri("/api/cards").headers(h -> {
            h.setBearerAuth(admin);
            h.set("Idempotency-Key", "details-issue-" + person);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("personId", person, "serial", "DS" + person,
                "depositFen", 1000, "cardCostFen", 500, "firstRechargeFen", 3000)).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String range = "from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1);
        Map<String, Object> page = details(range + "&personId=" + person);
        assertThat(rows(page)).extracting(r -> r.get("code") + " " + r.get("amountFen") + " " + r.get("cardNo") + " "
                + r.get("balanceAfterFen")).containsExactlyInAnyOrder(
                "ISSUE_DEPOSIT -1000 " + card.get("cardNo") + " null", "ISSUE_CARD_COST -500 " + card.get("cardNo") + " null", "RECHARGE_CASH 3000 " + card.get("cardNo") + " 3000");
        assertThat(rows(page)).allSatisfy(r -> assertThat(r).containsEntry("department", "发卡部")
                .containsEntry("operatorId", (int) operatorId));
        assertThat(kindTotals(page)).containsEntry("CARD_COST", List.of(2L, -1500L))
                .containsEntry("RECHARGE", List.of(1L, 3000L));
        // one posting of three transfers, a page of one each: in the order the ledger wrote them, every time
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            paged.add((String) rows(details(range + "&personId=" + person + "&limit=1&offset=" + offset)).get(0)
                    .get("code"));
        }
        assertThat(paged).containsExactly("ISSUE_DEPOSIT", "ISSUE_CARD_COST", "RECHARGE_CASH");
    }

    private void check(String query, Predicate<Expected> filter) {
        List<Expected> expected = expected(filter);
        Map<String, Object> page = details(query + "&limit=500");
        assertThat(rows(page)).extracting(r -> num(r, "transferId"))
                .as(query).containsExactlyElementsOf(expected.stream().map(Expected::transferId).toList());
        assertThat(num(page, "count")).as(query).isEqualTo(expected.size());
        assertThat(num(page, "amountFen")).as(query).isEqualTo(sum(expected));
        assertThat(kindTotals(page)).as(query).isEqualTo(kindTotals(expected));
    }

    /** The generated rows of first + 1 .. first + 10 the report shows, in its order, that pass {@code filter}. */
    private List<Expected> expected(Predicate<Expected> filter) {
        return data.rows.stream().filter(e -> e.kind() != null && !e.day().isBefore(first.plusDays(1))
                        && !e.day().isAfter(first.plusDays(10)) && filter.test(e))
                .sorted((a, b) -> a.day().equals(b.day()) ? Long.compare(a.transferId(), b.transferId())
                        : a.day().compareTo(b.day()))
                .toList();
    }

    private static long sum(List<Expected> rows) {
        return rows.stream().mapToLong(Expected::amountFen).sum();
    }

    private static Map<String, List<Long>> kindTotals(List<Expected> rows) {
        Map<DetailKind, long[]> sums = new EnumMap<>(DetailKind.class);
        for (Expected e : rows) {
            long[] s = sums.computeIfAbsent(e.kind(), k -> new long[2]);
            s[0]++;
            s[1] += e.amountFen();
        }
        Map<String, List<Long>> out = new HashMap<>();
        sums.forEach((k, s) -> out.put(k.name(), List.of(s[0], s[1])));
        return out;
    }

    private static Map<String, List<Long>> kindTotals(Map<String, Object> page) {
        Map<String, List<Long>> out = new HashMap<>();
        for (Map<String, Object> t : (List<Map<String, Object>>) page.get("totalsByKind")) {
            out.put((String) t.get("kind"), List.of(num(t, "count"), num(t, "amountFen")));
        }
        return out;
    }

    private int indexOf(long personId) {
        for (int i = 0; i < data.personIds.length; i++) {
            if (data.personIds[i] == personId) {
                return i;
            }
        }
        throw new IllegalArgumentException("no person " + personId);
    }

    private Map<String, Object> details(String query) {
        return get(admin, "/api/reports/details?" + query).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static List<Map<String, Object>> rows(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("rows");
    }

    private WebTestClient.ResponseSpec get(String token, String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private Map<String, Object> post(String uri, Object body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static long id(Map<String, Object> body) {
        return num(body, "id");
    }

    private static long num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
