package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.column.Cells.date;
import static org.onecard.excel.column.Cells.number;
import static org.onecard.excel.column.Cells.reason;
import static org.onecard.excel.column.Cells.text;
import static org.onecard.excel.column.Cells.value;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.CellValue;

class TextColumnTests {

    private final TextColumn name = Columns.text(ColumnHeader.of(2, "name", "姓名"), 4);
    private final TextColumn employeeNo = Columns.text(ColumnHeader.of(1, "employeeNo", "工号"), 20)
            .matching("[0-9A-Za-z]+", "字母或数字", "letters or digits");

    @Test
    void trimsSpacesOfEveryKindAtBothEnds() {
        assertThat(value(name.read(text("  张三 ")))).isEqualTo("张三");
        assertThat(value(name.read(text("\u3000张三\u00A0")))).isEqualTo("张三");
        assertThat(value(name.read(text("\uFEFF张 三\t")))).isEqualTo("张 三");
    }

    @Test
    void refusesABlankRequiredCell() {
        Reason reason = reason(name.read(CellValue.BLANK), Issue.REQUIRED);
        assertThat(reason.displayZh()).isEqualTo("姓名：不能为空");
        assertThat(reason.displayEn()).isEqualTo("name: is required");
        reason(name.read(text(" \u3000 ")), Issue.REQUIRED);
    }

    @Test
    void countsChineseCharactersOneByOneAgainstTheMaximum() {
        assertThat(value(name.read(text("欧阳娜娜")))).isEqualTo("欧阳娜娜");
        Reason reason = reason(name.read(text("欧阳娜娜娜")), Issue.TOO_LONG);
        assertThat(reason.messageZh()).isEqualTo("不能超过4个字符");
        assertThat(reason.messageEn()).isEqualTo("must be at most 4 characters");
    }

    @Test
    void countsLengthAfterTrimming() {
        assertThat(value(name.read(text("   张三李四   ")))).isEqualTo("张三李四");
    }

    @Test
    void refusesLineBreaksInsideTheText() {
        reason(name.read(text("张\n三")), Issue.CONTROL_CHARACTERS);
    }

    @Test
    void refusesTextThatBreaksThePatternDescribingIt() {
        Reason reason = reason(employeeNo.read(text("E-001")), Issue.WRONG_FORMAT);
        assertThat(reason.messageZh()).isEqualTo("格式不正确，应为字母或数字");
        assertThat(reason.messageEn()).isEqualTo("has the wrong format, expected letters or digits");
    }

    @Test
    void readsNumbersTypedIntoATextColumnAsTheirDigits() {
        assertThat(value(employeeNo.read(number(1001)))).isEqualTo("1001");
        assertThat(value(employeeNo.read(number(12345678901d)))).isEqualTo("12345678901");
        assertThat(value(name.read(number(1.5)))).isEqualTo("1.5");
    }

    @Test
    void readsDatesTypedIntoATextColumnAsIsoText() {
        assertThat(value(Columns.text(ColumnHeader.of(0, "x", "x"), 30).read(date(2026, 1, 5)))).isEqualTo("2026-01-05");
        assertThat(value(Columns.text(ColumnHeader.of(0, "x", "x"), 30)
                .read(new CellValue.DateTime(LocalDateTime.of(2026, 1, 5, 8, 30))))).isEqualTo("2026-01-05 08:30:00");
    }

    @Test
    void refusesFormulaErrors() {
        reason(name.read(new CellValue.ErrorValue("#N/A")), Issue.ERROR_VALUE);
    }

    @Test
    void optionalTextIsEmptyWhenBlankButStillCheckedWhenFilled() {
        Column<Optional<String>> optional = Columns.optional(name);
        assertThat(value(optional.read(CellValue.BLANK))).isEmpty();
        assertThat(value(optional.read(text("张三")))).contains("张三");
        reason(optional.read(text("欧阳娜娜娜")), Issue.TOO_LONG);
        assertThat(optional.rule().required()).isFalse();
        assertThat(optional.header()).isEqualTo(name.header());
    }
}
