package org.onecard.excel.cardcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.onecard.excel.ExcelImports;
import org.onecard.excel.ExcelProperties;
import org.onecard.excel.RowCheck;
import org.onecard.excel.TestWorkbook;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.report.ReportRow;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.Validation;
import reactor.core.publisher.Mono;

class MoneySheetTests {

    static final Object[] HEADER = {"部门", "工号", "姓名", "卡号", "现金", "补贴", "补贴方式", "补贴到期日", "导入版本"};
    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 31);

    private final ExcelImports imports = new ExcelImports(ExcelProperties.defaults());

    @Test
    void readsGoodRowsWrittenInEveryWayOperatorsWriteThem() {
        Checked<MoneyRow> checked = validate(MoneySheet.recharge(), TestWorkbook.xlsx().row(HEADER)
                .row("财务部", "E001", "张三", "10001", 100, null, null, null, 1)
                .row(null, "E002", null, null, null, "50.5", "2", "2026/12/31", "2")
                .row(" ", 1003, "", 123456, 12.345, 0.005, "累加", EXPIRY, 3.0)
                .row(null, "E004", null, null, 1.005, "1.005", 1, "20261231", 4));

        assertThat(checked.anyRefused()).isFalse();
        assertThat(values(checked)).containsExactly(
                new MoneyRow(Optional.of("财务部"), "E001", Optional.of("张三"), Optional.of("10001"), 10_000, 0,
                        SubsidyMode.CUMULATIVE, Optional.empty(), 1),
                new MoneyRow(Optional.empty(), "E002", Optional.empty(), Optional.empty(), 0, 5_050,
                        SubsidyMode.RESET, Optional.of(EXPIRY), 2),
                new MoneyRow(Optional.empty(), "1003", Optional.empty(), Optional.of("123456"), 1_235, 1,
                        SubsidyMode.CUMULATIVE, Optional.of(EXPIRY), 3),
                new MoneyRow(Optional.empty(), "E004", Optional.empty(), Optional.empty(), 101, 101,
                        SubsidyMode.CUMULATIVE, Optional.of(EXPIRY), 4));
        assertThat(values(checked).get(2).cash().toYuanString()).isEqualTo("12.35");
    }

    @Test
    void refusesEveryKindOfBadCellWithItsOwnReason() {
        TestWorkbook workbook = TestWorkbook.xlsx().row(HEADER);
        List<Object[]> bad = List.of(
                with("E01", 1, null),
                with("E02", 1, "E0000000000000000002X"),
                with("E03", 1, "E 03"),
                with("E04", 2, "欧阳".repeat(17)),
                with("E05", 3, "12A"),
                with("E06", 4, "abc"),
                with("E07", 4, -1),
                with("E08", 5, "-0.01"),
                with("E09", 6, "3"),
                with("E10", 7, "2026-02-30"),
                with("E11", 7, "31/12/2026"),
                with("E12", 8, null),
                with("E13", 8, 0),
                with("E14", 8, 1.5),
                with("E15", 8, "v1"),
                with("E16", 4, FormulaError.DIV0));
        bad.forEach(workbook::row);

        Map<Integer, List<String>> reasons = reasonCodes(validate(MoneySheet.recharge(), workbook));

        assertThat(reasons).containsExactly(
                Map.entry(2, List.of("employeeNo " + Issue.REQUIRED.key())),
                Map.entry(3, List.of("employeeNo " + Issue.TOO_LONG.key())),
                Map.entry(4, List.of("employeeNo " + Issue.WRONG_FORMAT.key())),
                Map.entry(5, List.of("name " + Issue.TOO_LONG.key())),
                Map.entry(6, List.of("cardNo " + Issue.WRONG_FORMAT.key())),
                Map.entry(7, List.of("cash " + Issue.NOT_A_NUMBER.key())),
                Map.entry(8, List.of("cash " + Issue.NEGATIVE.key())),
                Map.entry(9, List.of("subsidy " + Issue.NEGATIVE.key())),
                Map.entry(10, List.of("subsidyMode " + Issue.NOT_A_CHOICE.key())),
                Map.entry(11, List.of("subsidyExpiry " + Issue.NOT_A_DATE.key())),
                Map.entry(12, List.of("subsidyExpiry " + Issue.NOT_A_DATE.key())),
                Map.entry(13, List.of("version " + Issue.REQUIRED.key())),
                Map.entry(14, List.of("version " + Issue.OUT_OF_RANGE.key())),
                Map.entry(15, List.of("version " + Issue.NOT_AN_INTEGER.key())),
                Map.entry(16, List.of("version " + Issue.NOT_AN_INTEGER.key())),
                Map.entry(17, List.of("cash " + Issue.ERROR_VALUE.key())));
    }

    @Test
    void refusesARowThatLoadsNothing() {
        Checked<MoneyRow> checked = validate(MoneySheet.recharge(), TestWorkbook.xlsx().row(HEADER)
                .row(null, "E01", null, null, null, null, null, null, 1)
                .row(null, "E02", null, null, 0, "0.00", null, null, 1)
                .row(null, "E03", null, null, 0.004, null, null, null, 1));

        assertThat(reasonCodes(checked).values()).allSatisfy(codes -> assertThat(codes).containsExactly(" " + MoneySheet.BOTH_ZERO));
        Reason reason = checked.report(ImportOutcome.VALIDATED).rows().get(0).reasons().get(0);
        assertThat(reason.displayZh()).isEqualTo("现金和补贴不能同时为 0");
        assertThat(reason.messageEn()).isEqualTo("cash and subsidy must not both be 0");
    }

    @Test
    void refusesTheSecondRowForTheSameEmployee() {
        Checked<MoneyRow> checked = validate(MoneySheet.recharge(), TestWorkbook.xlsx().row(HEADER)
                .row(null, "E001", null, null, 10, null, null, null, 1)
                .row(null, "E002", null, null, 10, null, null, null, 1)
                .row(null, "E001", null, null, null, 20, null, null, 1));

        ReportRow duplicate = checked.report(ImportOutcome.VALIDATED).rows().get(2);
        assertThat(duplicate.rowNumber()).isEqualTo(4);
        assertThat(duplicate.reasons()).extracting(Reason::displayZh).containsExactly("工号：与第2行重复");
    }

    @Test
    void takesANegativeRechargeOnlyWhereTheSiteAllowsIt() {
        TestWorkbook negative = TestWorkbook.xlsx().row(HEADER).row(null, "E001", null, null, -12.345, null, null, null, 1);

        assertThat(validate(MoneySheet.recharge(true), negative).accepted().get(0).value().cashFen()).isEqualTo(-1235);
        assertThat(validate(MoneySheet.recharge(true), TestWorkbook.xlsx().row(HEADER)
                .row(null, "E001", null, null, null, -1, null, null, 1)).anyRefused()).isTrue();
        assertThat(validate(MoneySheet.recharge(false), TestWorkbook.xlsx().row(HEADER)
                .row(null, "E001", null, null, -12.345, null, null, null, 1)).anyRefused()).isTrue();
    }

    @Test
    void refundsShareTheLayoutAndTakeOnlyPositiveAmounts() {
        ImportSpec<MoneyRow> refunds = MoneySheet.refunds();
        Checked<MoneyRow> checked = validate(refunds, TestWorkbook.xlsx().row(HEADER)
                .row(null, "E001", null, null, 30, null, null, null, 1)
                .row(null, "E002", null, null, null, "15.005", null, null, 1)
                .row(null, "E003", null, null, -30, null, null, null, 1));

        assertThat(refunds.sheet().title()).isEqualTo("退款导入");
        assertThat(refunds.sheet().columns()).extracting(c -> c.header().title())
                .containsExactly(Arrays.stream(HEADER).map(String.class::cast).toArray(String[]::new));
        assertThat(checked.accepted()).extracting(r -> r.value().cashFen() + r.value().subsidyFen()).containsExactly(3000L, 1501L);
        assertThat(reasonCodes(checked).get(4)).containsExactly("cash " + Issue.NEGATIVE.key());
    }

    @Test
    void readsAnOldXlsFileTheSameWay() {
        Checked<MoneyRow> checked = validate(MoneySheet.recharge(), TestWorkbook.xls().row(HEADER)
                .row("财务部", "E001", "张三", null, 12.345, "1.005", "清零", EXPIRY, 7)
                .row(null, "E002", null, null, -1, null, null, null, 7));

        assertThat(values(checked)).containsExactly(new MoneyRow(Optional.of("财务部"), "E001", Optional.of("张三"),
                Optional.empty(), 1235, 101, SubsidyMode.RESET, Optional.of(EXPIRY), 7));
        assertThat(reasonCodes(checked).get(3)).containsExactly("cash " + Issue.NEGATIVE.key());
    }

    /** The version rule needs the database: a caller passes it in as a lookup. */
    @Test
    void refusesAVersionNotAboveThePersonsLastThroughTheCallersLookup() {
        Map<String, Long> lastVersions = Map.of("E001", 5L, "E002", 2L);
        RowCheck<MoneyRow> newerVersion = row -> Mono.justOrEmpty(lastVersions.get(row.employeeNo()))
                .filter(last -> row.version() <= last)
                .map(last -> List.of(MoneySheet.VERSION.header().reason("money.version-not-newer",
                        "导入版本须大于上次的 " + last, "the import version must be greater than " + last)));
        TestWorkbook workbook = TestWorkbook.xlsx().row(HEADER)
                .row(null, "E001", null, null, 10, null, null, null, 5)
                .row(null, "E002", null, null, 10, null, null, null, 3)
                .row(null, "E003", null, null, 10, null, null, null, 1);

        Checked<MoneyRow> checked = (Checked<MoneyRow>) imports.validate(workbook.bytes(), MoneySheet.recharge(), newerVersion).block();

        assertThat(checked.accepted()).extracting(r -> r.value().employeeNo()).containsExactly("E002", "E003");
        assertThat(checked.report(ImportOutcome.VALIDATED).rows().get(0).reasons())
                .extracting(Reason::displayZh).containsExactly("导入版本：导入版本须大于上次的 5");
    }

    private static Object[] with(String employeeNo, int column, Object value) {
        Object[] row = {null, employeeNo, null, null, 10, null, null, null, 1};
        row[column] = value;
        return row;
    }

    private Checked<MoneyRow> validate(ImportSpec<MoneyRow> spec, TestWorkbook workbook) {
        Validation<MoneyRow> validation = imports.validate(workbook.bytes(), spec, RowCheck.none()).block();
        assertThat(validation).isInstanceOf(Checked.class);
        return (Checked<MoneyRow>) validation;
    }

    private static List<MoneyRow> values(Checked<MoneyRow> checked) {
        return checked.accepted().stream().map(RowResult.Accepted::value).toList();
    }

    /** Refused rows by row number, each reason as "field code". */
    static Map<Integer, List<String>> reasonCodes(Checked<?> checked) {
        return checked.report(ImportOutcome.VALIDATED).refusedRows().stream().collect(Collectors.toMap(
                ReportRow::rowNumber,
                row -> row.reasons().stream().map(r -> r.field() + " " + r.code()).toList(),
                (a, b) -> a,
                LinkedHashMap::new));
    }
}
