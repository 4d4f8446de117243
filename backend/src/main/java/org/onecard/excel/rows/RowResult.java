package org.onecard.excel.rows;

import java.util.List;
import org.onecard.excel.report.Reason;
import org.onecard.excel.report.ReportRow;

/** One data row after parsing and checking: its typed value, or why it was refused. */
public sealed interface RowResult<R> {

    /** The 1-based row number Excel shows. */
    int rowNumber();

    ReportRow toReportRow();

    record Accepted<R>(int rowNumber, R value) implements RowResult<R> {
        @Override
        public ReportRow toReportRow() {
            return ReportRow.accepted(rowNumber);
        }
    }

    record Refused<R>(int rowNumber, List<Reason> reasons) implements RowResult<R> {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refused row needs a reason");
            }
        }

        @Override
        public ReportRow toReportRow() {
            return ReportRow.refused(rowNumber, reasons);
        }
    }
}
