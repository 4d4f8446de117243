package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.column.Cells.date;
import static org.onecard.excel.column.Cells.number;
import static org.onecard.excel.column.Cells.reason;
import static org.onecard.excel.column.Cells.text;
import static org.onecard.excel.column.Cells.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.CellValue;

class AmountColumnTests {

    private final AmountColumn cash = Columns.amountFen(ColumnHeader.of(4, "cash", "现金"));

    @ParameterizedTest(name = "number {0} yuan is {1} fen")
    @CsvSource({"0.005, 1", "0.004, 0", "12.345, 1235", "1.005, 101", "2.675, 268", "1.015, 102", "100, 10000",
            "0.1, 10", "99.995, 10000", "0, 0"})
    void roundsNumericCellsHalfUpFromTheDecimalExcelShows(double yuan, long fen) {
        assertThat(value(cash.read(number(yuan)))).isEqualTo(fen);
    }

    @ParameterizedTest(name = "text \"{0}\" is {1} fen")
    @CsvSource(delimiter = '|', value = {"0.005|1", "12.345|1235", "1.005|101", " 12.5 |1250", "12.|1200", ".5|50",
            "+3|300", "１２．３４|1234", "¥12.50|1250", "￥12.50|1250", "12.50元|1250", "1,234.50|123450", "0012|1200"})
    void roundsTextHalfUpAsTyped(String yuan, long fen) {
        assertThat(value(cash.read(text(yuan)))).isEqualTo(fen);
    }

    @Test
    void addsUpFloatingPointNoiseToTheNearestFen() {
        assertThat(value(cash.read(number(0.1 + 0.2)))).isEqualTo(30L);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(delimiter = '|', value = {"abc", "12abc", "1e3", "1,23.4", "12 34", "--1", "1.2.3", "¥", "NaN", "0x10",
            "123456789012345678901234567890123456789012345"})
    void refusesTextThatIsNotAnAmount(String typed) {
        Reason reason = reason(cash.read(text(typed)), Issue.NOT_A_NUMBER);
        assertThat(reason.field()).isEqualTo("cash");
        assertThat(reason.title()).isEqualTo("现金");
        assertThat(reason.messageZh()).isEqualTo("不是有效的数字");
    }

    @Test
    void refusesDatesAndBooleansAsAmounts() {
        reason(cash.read(date(2026, 1, 1)), Issue.NOT_A_NUMBER);
        reason(cash.read(new CellValue.Bool(true)), Issue.NOT_A_NUMBER);
    }

    @Test
    void refusesNegativeAmountsUnlessTheColumnAllowsThem() {
        reason(cash.read(number(-1)), Issue.NEGATIVE);
        reason(cash.read(text("-0.001")), Issue.NEGATIVE);
        assertThat(value(cash.allowingNegative().read(number(-12.345)))).isEqualTo(-1235L);
        assertThat(value(cash.allowingNegative().read(text("-0.005")))).isEqualTo(-1L);
    }

    @Test
    void refusesABlankCellUnlessBlankMeansZero() {
        reason(cash.read(CellValue.BLANK), Issue.REQUIRED);
        reason(cash.read(text("  ")), Issue.REQUIRED);
        Column<Long> blankIsZero = Columns.orElse(cash, 0L, "0");
        assertThat(value(blankIsZero.read(CellValue.BLANK))).isZero();
        assertThat(value(blankIsZero.read(text("\u3000")))).isZero();
        reason(blankIsZero.read(text("x")), Issue.NOT_A_NUMBER);
    }

    @Test
    void refusesAmountsPastTheSanityBoundNamingIt() {
        assertThat(value(cash.read(text("99999999.99")))).isEqualTo(AmountColumn.DEFAULT_MAX_FEN);
        Reason reason = reason(cash.read(text("100000000")), Issue.AMOUNT_TOO_LARGE);
        assertThat(reason.messageZh()).contains("99999999.99");
        reason(cash.read(number(1e300)), Issue.AMOUNT_TOO_LARGE);
        reason(cash.withMaxFen(10_000).read(number(100.01)), Issue.AMOUNT_TOO_LARGE);
    }

    @Test
    void refusesFormulaErrorsNamingThem() {
        Reason reason = reason(cash.read(new CellValue.ErrorValue("#DIV/0!")), Issue.ERROR_VALUE);
        assertThat(reason.messageZh()).contains("#DIV/0!");
    }

    @Test
    void describesItselfForTheTemplate() {
        assertThat(cash.rule().format()).isEqualTo(CellFormat.AMOUNT);
        assertThat(cash.rule().required()).isTrue();
        assertThat(cash.rule().ruleZh()).contains("四舍五入", "不能为负数");
        assertThat(Columns.orElse(cash, 0L, "0").rule().required()).isFalse();
        assertThat(Columns.orElse(cash, 0L, "0").rule().ruleZh()).contains("不填表示0");
    }
}
