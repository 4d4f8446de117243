package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.CellValue;

/** Shorthand for column tests. */
final class Cells {

    private Cells() {
    }

    static CellValue text(String text) {
        return new CellValue.Text(text);
    }

    static CellValue number(double value) {
        return CellValue.Numeric.of(value);
    }

    static CellValue date(int year, int month, int day) {
        return new CellValue.DateTime(LocalDateTime.of(year, month, day, 0, 0));
    }

    static <T> T value(CellResult<T> result) {
        assertThat(result).as("expected a value").isInstanceOf(CellResult.Ok.class);
        return ((CellResult.Ok<T>) result).value();
    }

    static Reason reason(CellResult<?> result) {
        assertThat(result).as("expected a reason").isInstanceOf(CellResult.Bad.class);
        return ((CellResult.Bad<?>) result).reason();
    }

    static Reason reason(CellResult<?> result, Issue issue) {
        Reason reason = reason(result);
        assertThat(reason.code()).isEqualTo(issue.key());
        return reason;
    }
}
