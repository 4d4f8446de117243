package org.onecard.excel.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * @param rowNumber the 1-based row number Excel shows, so an operator can find the row
 * @param reasons   empty when accepted
 */
public record ReportRow(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int rowNumber, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RowStatus status,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Reason> reasons) {

    public ReportRow {
        reasons = List.copyOf(reasons);
        if ((status == RowStatus.REFUSED) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a refused row needs reasons and an accepted row has none");
        }
    }

    public static ReportRow accepted(int rowNumber) {
        return new ReportRow(rowNumber, RowStatus.ACCEPTED, List.of());
    }

    public static ReportRow refused(int rowNumber, List<Reason> reasons) {
        return new ReportRow(rowNumber, RowStatus.REFUSED, reasons);
    }
}
