package org.onecard.excel.column;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.Texts;

/**
 * A calendar date: a real Excel date cell (its time of day is dropped), or text such as
 * 2026-12-31, 2026/12/31, 2026.12.31, 2026-1-5, 20261231 or 2026年12月31日. Impossible dates
 * (2026-02-30) are refused, never rolled over.
 */
public record DateColumn(ColumnHeader header) implements Column<LocalDate> {

    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?"),
            Pattern.compile("(\\d{4})()(\\d{2})(\\d{2})"),
            Pattern.compile("(\\d{4})(年)(\\d{1,2})月(\\d{1,2})日?"));

    @Override
    public CellResult<LocalDate> read(CellValue cell) {
        var problem = CellChecks.precheck(header, cell);
        if (problem.isPresent()) {
            return CellResult.bad(problem.get());
        }
        LocalDate date = dateIn(cell);
        return date == null ? CellResult.bad(header.reason(Issue.NOT_A_DATE)) : CellResult.ok(date);
    }

    @Override
    public ColumnRule rule() {
        return ColumnRule.required(CellFormat.DATE, "日期，如 2026-12-31、2026/12/31 或 20261231");
    }

    private static LocalDate dateIn(CellValue cell) {
        if (cell instanceof CellValue.DateTime dateTime) {
            return dateTime.value().toLocalDate();
        }
        if (cell instanceof CellValue.Numeric number) {
            return compactDigits(number.value());
        }
        if (cell instanceof CellValue.Text text) {
            return parse(Texts.folded(text.text()));
        }
        return null;
    }

    /** 20261231 typed into a General cell arrives as a number. */
    private static LocalDate compactDigits(BigDecimal number) {
        if (!Decimals.isWhole(number) || number.signum() <= 0 || number.precision() - number.scale() != 8) {
            return null;
        }
        return parse(number.toBigIntegerExact().toString());
    }

    private static LocalDate parse(String text) {
        for (Pattern format : FORMATS) {
            Matcher m = format.matcher(text);
            if (m.matches()) {
                return of(m.group(1), m.group(3), m.group(4));
            }
        }
        return null;
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
