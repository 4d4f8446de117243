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

    /**
     * The state is read first: the job writes its failure, report and end before its state (all
     * volatile), so a view that sees FAILED or DONE also sees what came with it. Read the other way
     * round, a job finishing in between showed FAILED without its failure.
     */
    static ImportJobView of(ImportJob job) {
        ImportJob.State state = job.state();
        FailureView failure = job.failure()
                .map(f -> new FailureView(f.code().code(), f.detail(), f.rowNumber())).orElse(null);
        boolean showReport = state == ImportJob.State.DONE || state == ImportJob.State.FAILED;
        return new ImportJobView(job.id(), job.kind().path(), state, job.dryRun(), job.policy(),
                job.progress().processed(), job.progress().total(), job.createdAt(), job.finishedAt().orElse(null),
                failure, showReport ? job.report().orElse(null) : null);
    }
}
