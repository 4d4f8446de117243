package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.excel.column.Cells.date;
import static org.onecard.excel.column.Cells.number;
import static org.onecard.excel.column.Cells.reason;
import static org.onecard.excel.column.Cells.text;
import static org.onecard.excel.column.Cells.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.CellValue;

class IntegerColumnTests {

    private final IntegerColumn version = Columns.integer(ColumnHeader.of(8, "version", "导入版本"), 1, Integer.MAX_VALUE);

    @Test
    void readsWholeNumbersWrittenAnyWay() {
        assertThat(value(version.read(number(5)))).isEqualTo(5L);
        assertThat(value(version.read(number(5.0)))).isEqualTo(5L);
        assertThat(value(version.read(text(" 5 ")))).isEqualTo(5L);
        assertThat(value(version.read(text("5.00")))).isEqualTo(5L);
        assertThat(value(version.read(text("５")))).isEqualTo(5L);
        assertThat(value(version.read(text("2147483647")))).isEqualTo(2147483647L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5", "abc", "1e3", "五", "0x5"})
    void refusesTextThatIsNotAWholeNumber(String typed) {
        reason(version.read(text(typed)), Issue.NOT_AN_INTEGER);
    }

    @Test
    void refusesFractionsDatesAndBooleans() {
        reason(version.read(number(1.5)), Issue.NOT_AN_INTEGER);
        reason(version.read(date(2026, 1, 1)), Issue.NOT_AN_INTEGER);
        reason(version.read(new CellValue.Bool(true)), Issue.NOT_AN_INTEGER);
    }

    @Test
    void refusesNumbersOutsideTheRangeNamingIt() {
        Reason zero = reason(version.read(number(0)), Issue.OUT_OF_RANGE);
        assertThat(zero.messageZh()).isEqualTo("应在1到2147483647之间");
        reason(version.read(text("-3")), Issue.OUT_OF_RANGE);
        reason(version.read(text("2147483648")), Issue.OUT_OF_RANGE);
        reason(version.read(text("99999999999999999999999")), Issue.OUT_OF_RANGE);
    }

    @Test
    void refusesABlankCell() {
        reason(version.read(CellValue.BLANK), Issue.REQUIRED);
    }

    @Test
    void cannotBeDeclaredWithAnEmptyRange() {
        assertThatThrownBy(() -> Columns.integer(ColumnHeader.of(0, "x", "x"), 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
