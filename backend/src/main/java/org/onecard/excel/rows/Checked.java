package org.onecard.excel.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.ImportReport;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.SheetContent;

/**
 * Every data row parsed and checked, nothing applied yet. The caller looks at it and decides
 * what phase 2 does (apply the accepted rows, or nothing).
 *
 * @param source the sheet as read, kept so refused rows can be written back for fixing
 * @param rows   one result per data row, in sheet order
 */
public record Checked<R>(SheetContent source, List<RowResult<R>> rows) implements Validation<R> {

    public Checked {
        rows = List.copyOf(rows);
    }

    public List<RowResult.Accepted<R>> accepted() {
        List<RowResult.Accepted<R>> accepted = new ArrayList<>();
        for (RowResult<R> row : rows) {
            if (row instanceof RowResult.Accepted<R> a) {
                accepted.add(a);
            }
        }
        return accepted;
    }

    public boolean anyRefused() {
        return rows.stream().anyMatch(RowResult.Refused.class::isInstance);
    }

    /** These rows refused too, for reasons found after parsing (duplicates, lookups). */
    public Checked<R> refusing(Map<Integer, List<Reason>> reasonsByRowNumber) {
        if (reasonsByRowNumber.isEmpty()) {
            return this;
        }
        List<RowResult<R>> updated = new ArrayList<>(rows.size());
        for (RowResult<R> row : rows) {
            List<Reason> more = reasonsByRowNumber.getOrDefault(row.rowNumber(), List.of());
            updated.add(more.isEmpty() ? row : refused(row, more));
        }
        return new Checked<>(source, updated);
    }

    public ImportReport report(ImportOutcome outcome) {
        return ImportReport.of(outcome, rows.stream().map(RowResult::toReportRow).toList());
    }

    private static <R> RowResult<R> refused(RowResult<R> row, List<Reason> more) {
        List<Reason> reasons = new ArrayList<>();
        if (row instanceof RowResult.Refused<R> refused) {
            reasons.addAll(refused.reasons());
        }
        reasons.addAll(more);
        return new RowResult.Refused<>(row.rowNumber(), reasons);
    }
}
