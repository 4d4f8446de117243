package org.onecard.excel.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Row by row, what an import took and why it refused the rest (DOMAIN §7). */
public record ImportReport(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ImportOutcome outcome, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Totals totals,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ReportRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public static ImportReport of(ImportOutcome outcome, List<ReportRow> rows) {
        int accepted = (int) rows.stream().filter(r -> r.status() == RowStatus.ACCEPTED).count();
        int applied = outcome == ImportOutcome.APPLIED ? accepted : 0;
        return new ImportReport(outcome, new Totals(rows.size(), accepted, rows.size() - accepted, applied), rows);
    }

    public List<ReportRow> refusedRows() {
        return rows.stream().filter(r -> r.status() == RowStatus.REFUSED).toList();
    }
}
