package org.onecard.imports;

import java.time.Instant;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.excel.ApplyPolicy;
import org.onecard.excel.report.ImportReport;

/** One upload being validated and applied; read by the status endpoint while it runs. */
public final class ImportJob {

    public enum State { VALIDATING, APPLYING, DONE, FAILED }

    /** Why a job failed as a whole; nothing of the file was applied. */
    public record Failure(ResultCode code, String detail, int rowNumber) {
    }

    private final String id;
    private final ImportKind kind;
    private final long operatorId;
    private final boolean dryRun;
    private final ApplyPolicy policy;
    private final Instant createdAt;
    private final Progress progress = new Progress();
    private volatile State state = State.VALIDATING;
    private volatile ImportReport report;
    private volatile Failure failure;
    private volatile Instant finishedAt;

    ImportJob(String id, ImportKind kind, long operatorId, boolean dryRun, ApplyPolicy policy, Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.operatorId = operatorId;
        this.dryRun = dryRun;
        this.policy = policy;
        this.createdAt = createdAt;
    }

    void applying() {
        progress.nextPhase();
        state = State.APPLYING;
    }

    void done(ImportReport finalReport, Instant at) {
        report = finalReport;
        finishedAt = at;
        state = State.DONE;
    }

    void failed(Failure why, ImportReport checkedReport, Instant at) {
        failure = why;
        report = checkedReport;
        finishedAt = at;
        state = State.FAILED;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    public String id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public long operatorId() {
        return operatorId;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public ApplyPolicy policy() {
        return policy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Progress progress() {
        return progress;
    }

    public State state() {
        return state;
    }

    /** The row report: set when the job is done, and when it failed after validating. */
    public Optional<ImportReport> report() {
        return Optional.ofNullable(report);
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
