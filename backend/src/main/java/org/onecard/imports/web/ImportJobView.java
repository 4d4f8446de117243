package org.onecard.imports.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import org.onecard.excel.ApplyPolicy;
import org.onecard.excel.report.ImportReport;
import org.onecard.imports.ImportJob;

/** An import job as the status endpoint shows it. */
@Schema(name = "ImportJob")
record ImportJobView(
        @Schema(requiredMode = RequiredMode.REQUIRED) String id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "recharges") String kind,
        @Schema(requiredMode = RequiredMode.REQUIRED) ImportJob.State state,
        @Schema(requiredMode = RequiredMode.REQUIRED) boolean dryRun,
        @Schema(requiredMode = RequiredMode.REQUIRED) ApplyPolicy policy,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "rows done in the current phase") int processedRows,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "data rows of the file") int totalRows,
        @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
        Instant finishedAt,
        @Schema(description = "why nothing was applied, when the job FAILED") FailureView failure,
        @Schema(description = "row by row, once the job is DONE (and when it FAILED after validating)") ImportReport report) {

    record FailureView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "result code") int code,
            @Schema(requiredMode = RequiredMode.REQUIRED) String detail,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the row being applied, 0 when none") int rowNumber) {
    }

    static ImportJobView of(ImportJob job) {
        FailureView failure = job.failure()
                .map(f -> new FailureView(f.code().code(), f.detail(), f.rowNumber())).orElse(null);
        boolean showReport = job.state() == ImportJob.State.DONE || job.state() == ImportJob.State.FAILED;
        return new ImportJobView(job.id(), job.kind().path(), job.state(), job.dryRun(), job.policy(),
                job.progress().processed(), job.progress().total(), job.createdAt(), job.finishedAt().orElse(null),
                failure, showReport ? job.report().orElse(null) : null);
    }
}
