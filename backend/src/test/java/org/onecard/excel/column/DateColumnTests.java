package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.column.Cells.number;
import static org.onecard.excel.column.Cells.reason;
import static org.onecard.excel.column.Cells.text;
import static org.onecard.excel.column.Cells.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;

class DateColumnTests {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    private final DateColumn expiry = Columns.date(ColumnHeader.of(7, "subsidyExpiry", "补贴到期日"));

    @Test
    void readsARealDateCellDroppingTheTimeOfDay() {
        assertThat(value(expiry.read(new CellValue.DateTime(LocalDateTime.of(2026, 12, 31, 0, 0))))).isEqualTo(NEW_YEARS_EVE);
        assertThat(value(expiry.read(new CellValue.DateTime(LocalDateTime.of(2026, 12, 31, 23, 59))))).isEqualTo(NEW_YEARS_EVE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2026-12-31", "2026/12/31", "20261231", "2026.12.31", " 2026-12-31 ", "2026年12月31日",
            "2026年12月31", "２０２６－１２－３１", "2026/12/31 00:00", "2026-12-31 18:30:00"})
    void readsDatesTypedAsText(String typed) {
        assertThat(value(expiry.read(text(typed)))).isEqualTo(NEW_YEARS_EVE);
    }

    @Test
    void readsSingleDigitMonthsAndDays() {
        assertThat(value(expiry.read(text("2026-1-5")))).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(value(expiry.read(text("2026/1/5")))).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void readsEightDigitsTypedIntoAGeneralCell() {
        assertThat(value(expiry.read(number(20261231)))).isEqualTo(NEW_YEARS_EVE);
        assertThat(value(expiry.read(number(20261230)))).isEqualTo(NEW_YEARS_EVE.minusDays(1));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "31/12/2026", "12/31/2026", "2026-12/31",
            "2026123", "202612310", "tomorrow", "2026-12-31T00:00", "明年"})
    void refusesTextThatIsNotACalendarDate(String typed) {
        reason(expiry.read(text(typed)), Issue.NOT_A_DATE);
    }

    @Test
    void refusesNumbersThatAreNotEightDigitDates() {
        reason(expiry.read(number(46387)), Issue.NOT_A_DATE);
        reason(expiry.read(number(20261231.5)), Issue.NOT_A_DATE);
        reason(expiry.read(number(20261332)), Issue.NOT_A_DATE);
        reason(expiry.read(new CellValue.Bool(false)), Issue.NOT_A_DATE);
    }

    @Test
    void anOptionalDateMayBeLeftBlank() {
        Column<Optional<LocalDate>> optional = Columns.optional(expiry);
        assertThat(value(optional.read(CellValue.BLANK))).isEmpty();
        reason(optional.read(text("2026-02-30")), Issue.NOT_A_DATE);
        reason(expiry.read(CellValue.BLANK), Issue.REQUIRED);
    }
}
