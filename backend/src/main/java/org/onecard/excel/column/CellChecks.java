package org.onecard.excel.column;

import java.util.Optional;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.CellValue;

/** What every column does first. */
final class CellChecks {

    private CellChecks() {
    }

    /** A blank cell is missing; a formula error is never a value. */
    static Optional<Reason> precheck(ColumnHeader header, CellValue cell) {
        if (cell.isBlank()) {
            return Optional.of(header.reason(Issue.REQUIRED));
        }
        if (cell instanceof CellValue.ErrorValue error) {
            return Optional.of(header.reason(Issue.ERROR_VALUE, error.code()));
        }
        return Optional.empty();
    }
}
