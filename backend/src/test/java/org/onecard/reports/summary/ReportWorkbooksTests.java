package org.onecard.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.AsOperator.id;
import static org.onecard.testing.AsOperator.num;
import static org.onecard.testing.Checks.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.apache.poi.ss.usermodel.Cell;
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
import org.onecard.testing.AsOperator;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The workbooks of the meal statistics, the terminal daily debit/credit and the operators' cash
 * reports, cell by cell against figures kept by hand over generated data.
 */
@MariaDbTest
@SuppressWarnings("unchecked")
class ReportWorkbooksTests {

    private static final AtomicInteger NEXT = new AtomicInteger(40);
    private static final AtomicLong GENERATED = new AtomicLong(7_000_000_000L);
    private static final int H = XlsxExporter.HEADER_ROW;

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
    AsOperator as;
    long outlet;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Logins.operator(web, operators, "ADMIN");
        as = new AsOperator(web, admin);
        long merchant = id(as.post("/api/merchants", null, Map.of("name", "导出商户" + NEXT.incrementAndGet())));
        outlet = id(as.post("/api/outlets", null, Map.of("merchantId", merchant, "name", "导出食堂", "kind", "CANTEEN")));
        today = clock.accountingDate(clock.now());
    }

    /** Per person and per department: a count and an amount per meal, the line's totals, the totals row. */
    @Test
    void mealStatisticsWorkbooksSumPerPersonAndDepartmentAndMeal() throws IOException {
        String dept = "9" + NEXT.incrementAndGet();
        long parent = people.insertOrgUnit(dept, "导出部", null).block();
        long child = people.insertOrgUnit(dept + "01", "导出科", parent).block();
        long[] persons = {people.insertPerson(dept + "-1", "甲", parent).block(),
            people.insertPerson(dept + "-2", "乙", parent).block(), people.insertPerson(dept + "-3", "丙", child).block()};
        String[] codes = {dept + "-1", dept + "-2", dept + "-3"};
        String[] units = {dept, dept, dept + "01"};
        Integer[] meals = {1, 2, 3, null};
        Random random = new Random(5);
        Map<String, long[]> byPerson = new TreeMap<>();
        Map<String, long[]> byUnit = new TreeMap<>();
        long[] totals = new long[10];
        List<ConsumptionRecord> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int p = random.nextInt(3);
            int m = random.nextInt(4);
            long fen = 1 + random.nextInt(1_500);
            rows.add(meal(persons[p], today.minusDays(random.nextInt(3)), meals[m], fen));
            for (long[] t : List.of(byPerson.computeIfAbsent(codes[p], k -> new long[10]),
                    byUnit.computeIfAbsent(units[p], k -> new long[10]), totals)) {
                t[2 * m]++;
                t[2 * m + 1] += fen;
                t[8]++;
                t[9] += fen;
            }
        }
        rows.add(meal(persons[0], today.minusDays(3), 1, 77_777)); // before the range
        consumptions.insertAll(rows).block();
        String range = "?from=" + today.minusDays(2) + "&to=" + today + "&departmentCode=" + dept;

        Sheet people = sheet(as.get("/api/reports/meal-statistics/people.xlsx" + range));
        assertThat(people.getRow(1).getCell(0).getStringCellValue()).isEqualTo(MealStatisticsSheet.PERSON_TITLE);
        assertThat(texts(people.getRow(H))).containsExactly("工号", "姓名", "早餐次数", "早餐金额", "午餐次数", "午餐金额",
                "晚餐次数", "晚餐金额", "非餐别时段次数", "非餐别时段金额", "合计次数", "合计金额");
        expectRows(people, new ArrayList<>(byPerson.values()), totals);
        assertThat(people.getRow(H + 1).getCell(0).getStringCellValue()).isEqualTo(codes[0]);
        assertThat(people.getRow(H + 3).getCell(1).getStringCellValue()).isEqualTo("丙");

        Sheet units1 = sheet(as.get("/api/reports/meal-statistics/departments.xlsx" + range));
        assertThat(units1.getRow(1).getCell(0).getStringCellValue()).isEqualTo(MealStatisticsSheet.DEPARTMENT_TITLE);
        expectRows(units1, new ArrayList<>(byUnit.values()), totals);

        problem(as.get("/api/reports/meal-statistics/people.xlsx?from=" + today), 400, 7020);
        problem(as.get("/api/reports/meal-statistics/departments.xlsx?from=" + today + "&to=" + today.minusDays(1)), 400,
                7020);
    }

    /** A terminal's day: two purchases taken from the wallet, a correction given back. */
    @Test
    void terminalDailyWorkbookListsEachTerminalDayWithTotals() throws IOException {
        long person = people.insertPerson("T" + NEXT.incrementAndGet(), "终端人",
                people.insertOrgUnit("7" + NEXT.get(), "终端部", null).block()).block();
        as.setParameter("correctionWindowHours", 240);
        as.post("/api/cards", "wb-issue-" + NEXT.incrementAndGet(), Map.of("personId", person, "serial",
                "WB" + NEXT.incrementAndGet(), "depositFen", 0, "cardCostFen", 0, "firstRechargeFen", 10_000));
        int machineNo = 800 + NEXT.incrementAndGet() % 90;
        Map<String, Object> terminal = as.post("/api/terminals", null, Map.of("machineNo", machineNo, "serial",
                "SN-WB-" + machineNo, "purpose", "CONSUMPTION", "outletId", outlet, "mode", "FREE_AMOUNT"));
        String code = (String) ((Map<String, Object>) terminal.get("terminal")).get("code");
        supplement(code, person, 400);
        long second = supplement(code, person, 650);
        as.post("/api/consumptions/" + second + "/correction", "wb-cor-" + second, Map.of("amountFen", 500));

        Sheet sheet = sheet(as.get("/api/reports/terminal-daily.xlsx?from=" + today + "&to=" + today + "&outletId="
                + outlet));
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(TerminalDailySheet.TITLE);
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("导出食堂");
        Row line = sheet.getRow(H + 1);
        assertThat(line.getCell(0).getStringCellValue()).isEqualTo(today.toString());
        assertThat(line.getCell(1).getNumericCellValue()).isEqualTo(machineNo);
        assertThat(line.getCell(2).getStringCellValue()).isEqualTo(code);
        assertThat(numbers(line, 4, 8)).containsExactly(2.0, 10.50, 1.0, 1.50, 9.00);
        Row totals = sheet.getRow(H + 2);
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(numbers(totals, 4, 8)).containsExactly(2.0, 10.50, 1.0, 1.50, 9.00);
        problem(as.get("/api/reports/terminal-daily.xlsx?to=" + today), 400, 7020);
    }

    /** Generated POS recharges, cash-outs and reversals of two operators over two days, kept by hand. */
    @Test
    void cashReportWorkbooksShowEachOperatorsDayAndTheHistory() throws IOException {
        long op1 = operators.create("cash" + NEXT.incrementAndGet(), "收款甲", "secret-pass-1", Set.of("FINANCE"), null)
                .block();
        long op2 = operators.create("cash" + NEXT.incrementAndGet(), "收款乙", "secret-pass-1", Set.of("FINANCE"), null)
                .block();
        Random random = new Random(9);
        Map<String, long[]> expected = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            long op = random.nextBoolean() ? op1 : op2;
            LocalDate day = today.minusDays(random.nextInt(2));
            boolean recharge = random.nextInt(4) != 0;
            long fen = 100 * (1 + random.nextInt(50));
            long bonus = recharge && random.nextBoolean() ? fen / 10 : 0;
            LocalDate reversed = random.nextInt(5) == 0 ? today : null;
            insertRecharge(op, day, recharge, fen, bonus, reversed);
            long[] e = expected.computeIfAbsent(day + "|" + op, k -> new long[9]);
            if (recharge) {
                e[0]++;
                e[1] += fen;
                e[6] += bonus;
            } else {
                e[4]++;
                e[5] += fen;
            }
            if (reversed != null) {
                long[] r = expected.computeIfAbsent(reversed + "|" + op, k -> new long[9]);
                r[2]++;
                r[3] += recharge ? fen : -fen;
                r[6] -= bonus;
            }
        }
        expected.values().forEach(e -> e[7] = e[1] - e[3] - e[5]);

        Sheet history = sheet(as.get("/api/cash-reports.xlsx?from=" + today.minusDays(1) + "&to=" + today));
        assertThat(history.getRow(1).getCell(0).getStringCellValue()).isEqualTo(CashReportSheet.HISTORY_TITLE);
        assertThat(history.getRow(H).getCell(3).getStringCellValue()).isEqualTo("POS现金充值金额");
        long[] sum = new long[9];
        int r = H + 1;
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            Row row = history.getRow(r++);
            String[] key = e.getKey().split("\\|");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(key[0]);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(Long.parseLong(key[1]) == op1 ? "收款甲" : "收款乙");
            assertThat(numbers(row, 2, 9)).as(e.getKey()).containsExactly(cash(e.getValue()));
            for (int k = 0; k < sum.length; k++) {
                sum[k] += e.getValue()[k];
            }
        }
        assertThat(history.getRow(r).getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(numbers(history.getRow(r), 2, 9)).containsExactly(cash(sum));

        Sheet day = sheet(as.get("/api/cash-reports/day.xlsx?date=" + today + "&operatorId=" + op2));
        assertThat(day.getRow(1).getCell(0).getStringCellValue()).isEqualTo(CashReportSheet.DAY_TITLE);
        assertThat(day.getRow(H + 1).getCell(0).getStringCellValue()).isEqualTo("收款乙");
        assertThat(numbers(day.getRow(H + 1), 1, 8)).containsExactly(cash(expected.get(today + "|" + op2)));
        assertThat(numbers(day.getRow(H + 2), 1, 8)).containsExactly(cash(expected.get(today + "|" + op2)));

        problem(as.get("/api/cash-reports.xlsx?from=" + today + "&to=" + today.minusDays(1)), 400, 1001);
        as.get("/api/cash-reports/day.xlsx").expectStatus().isBadRequest();
    }

    @Test
    void theHeadingIsTheOrganisationAndTheOutletsAsked() {
        Map<String, Object> heading = as.getJson("/api/reports/heading?outletId=" + outlet);
        assertThat(heading).containsEntry("organisation", "OneCard 一卡通").containsEntry("outletLabel", "导出食堂")
                .containsEntry("printedOn", today.toString());
    }

    private static Double[] cash(long[] e) {
        return new Double[] {(double) e[0], yuan(e[1]), (double) e[2], yuan(e[3]), (double) e[4], yuan(e[5]),
            yuan(e[6]), yuan(e[7])};
    }

    private void expectRows(Sheet sheet, List<long[]> lines, long[] totals) {
        for (int i = 0; i < lines.size(); i++) {
            assertThat(numbers(sheet.getRow(H + 1 + i), 2, 11)).as("line %d", i).containsExactly(cells(lines.get(i)));
        }
        Row sum = sheet.getRow(H + 1 + lines.size());
        assertThat(sum.getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(numbers(sum, 2, 11)).containsExactly(cells(totals));
    }

    private static Double[] cells(long[] t) {
        Double[] out = new Double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = i % 2 == 0 ? (double) t[i] : yuan(t[i]);
        }
        return out;
    }

    private static double yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).doubleValue();
    }

    /** Numeric cells from..to; an empty cell reads 0. */
    private static List<Double> numbers(Row row, int from, int to) {
        List<Double> out = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? 0.0 : cell.getNumericCellValue());
        }
        return out;
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private Sheet sheet(WebTestClient.ResponseSpec response) throws IOException {
        byte[] bytes = response.expectStatus().isOk().expectHeader().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return workbook.getSheetAt(0);
        }
    }

    private void insertRecharge(long operator, LocalDate day, boolean recharge, long fen, long bonus,
                                LocalDate reversed) {
        long posting = GENERATED.incrementAndGet();
        var spec = db.sql("INSERT INTO terminal_recharge (posting_id, idem_key, kind, terminal_id, terminal_code,"
                        + " operator_id, card_id, amount_fen, bonus_fen, accounting_date, created_at, reversal_posting_id,"
                        + " reversal_date) VALUES (:p, :k, :kind, 1, 'T1', :op, 1, :fen, :bonus, :day, :at, :rev, :revDay)")
                .bind("p", posting).bind("k", "gen-" + posting).bind("kind", recharge ? "RECHARGE" : "REFUND")
                .bind("op", operator).bind("fen", fen).bind("bonus", bonus).bind("day", day)
                .bind("at", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        spec = reversed == null ? spec.bindNull("rev", Long.class).bindNull("revDay", LocalDate.class)
                : spec.bind("rev", posting + 500_000_000L).bind("revDay", reversed);
        spec.then().block();
    }

    private ConsumptionRecord meal(long person, LocalDate day, Integer meal, long amountFen) {
        return new ConsumptionRecord(GENERATED.incrementAndGet(), person, null, outlet, "9", ConsumptionKind.OFFLINE,
                amountFen, amountFen, 0, DeductionOrder.CASH_ONLY, Instant.now().truncatedTo(ChronoUnit.MILLIS), day,
                meal, null, null, null, null, null, null);
    }

    private long supplement(String terminalNo, long person, long amountFen) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("terminalNo", terminalNo);
        entry.put("personId", person);
        entry.put("outletId", outlet);
        entry.put("occurredAt", clock.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        entry.put("amountFen", amountFen);
        return ((Number) as.post("/api/consumptions/supplementary", "wbs-" + NEXT.incrementAndGet(), entry)
                .get("postingId")).longValue();
    }
}
