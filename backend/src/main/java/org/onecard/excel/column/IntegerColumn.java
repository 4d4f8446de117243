package org.onecard.excel.column;

import java.math.BigDecimal;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;

/** A whole number between {@code min} and {@code max}; "5", 5 and 5.0 all read as 5, 5.5 does not. */
public record IntegerColumn(ColumnHeader header, long min, long max) implements Column<Long> {

    public IntegerColumn {
        if (min > max) {
            throw new IllegalArgumentException("min must not exceed max");
        }
    }

    @Override
    public CellResult<Long> read(CellValue cell) {
        var problem = CellChecks.precheck(header, cell);
        if (problem.isPresent()) {
            return CellResult.bad(problem.get());
        }
        BigDecimal value = Decimals.of(cell);
        if (value == null || !Decimals.isWhole(value)) {
            return CellResult.bad(header.reason(Issue.NOT_AN_INTEGER));
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return CellResult.bad(header.reason(Issue.OUT_OF_RANGE, min, max));
        }
        return CellResult.ok(value.longValueExact());
    }

    @Override
    public ColumnRule rule() {
        return ColumnRule.required(CellFormat.INTEGER, "整数，" + min + "到" + max);
    }
}
