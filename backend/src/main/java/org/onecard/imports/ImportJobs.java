package org.onecard.imports;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onecard.common.Sha256;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.excel.ApplyPolicy;
import org.onecard.excel.ExcelImports;
import org.onecard.excel.RowCheck;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.Validation;
import org.onecard.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Runs imports as jobs. The upload is read and parsed while the client waits (a file-level
 * problem — too large, too many rows, wrong header — is answered at once as problem+json); the
 * lookups and the one-transaction apply run in the background, and the status endpoint reads the
 * job's progress and, at the end, its row report.
 *
 * <p>Jobs are kept in memory, bounded in number and age ({@link ImportProperties}). That is
 * safe for the money: each row's posting key and the import version are durable, so a file
 * uploaded again after a restart refuses every row already applied.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ExcelImports excel;
    private final Map<ImportKind, ImportUseCase<?>> useCases;
    private final ImportProperties properties;
    private final BusinessClock clock;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final Map<String, Submission> submissions = new HashMap<>();

    /** What an Idempotency-Key was first used for. */
    private record Submission(String jobId, String fileHash) {
    }

    public ImportJobs(ExcelImports excel, List<ImportUseCase<?>> useCases, ImportProperties properties,
                      BusinessClock clock) {
        this.excel = excel;
        this.useCases = useCases.stream().collect(Collectors.toMap(ImportUseCase::kind, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Parses the file and starts its job; the same key and file again returns the first job.
     *
     * @param key the client's Idempotency-Key, or null
     */
    public Mono<ImportJob> start(ImportKind kind, byte[] file, CurrentUser user, String key, boolean dryRun,
                                 ApplyPolicy policy) {
        String submission = key == null ? null : user.id() + ":" + kind + ":" + key;
        String hash = sha256(file);
        return Mono.defer(() -> earlier(submission, hash).map(Mono::just)
                .orElseGet(() -> start(useCase(kind), file, user, submission, hash, dryRun, policy)));
    }

    private <R> Mono<ImportJob> start(ImportUseCase<R> useCase, byte[] file, CurrentUser user, String submission,
                                      String hash, boolean dryRun, ApplyPolicy policy) {
        return useCase.spec().flatMap(spec -> excel.validate(file, spec, RowCheck.none())).flatMap(parsed -> {
            if (parsed instanceof Validation.FileRefused<R> refused) {
                return Mono.error(problem(refused.refusal()));
            }
            Checked<R> checked = (Checked<R>) parsed;
            ImportJob job;
            synchronized (this) {
                Optional<ImportJob> first = earlier(submission, hash);
                if (first.isPresent()) {
                    return Mono.just(first.get());
                }
                job = register(useCase.kind(), user, submission, hash, dryRun, policy);
            }
            run(job, useCase, checked, user);
            return Mono.just(job);
        });
    }

    /** The job, for the operator who started it. */
    public synchronized Optional<ImportJob> find(String id, CurrentUser user) {
        expire();
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.operatorId() == user.id());
    }

    private <R> void run(ImportJob job, ImportUseCase<R> useCase, Checked<R> parsed, CurrentUser user) {
        job.progress().start(parsed.rows().size());
        job.progress().advance(parsed.rows().size() - parsed.accepted().size());
        AtomicReference<Checked<R>> checked = new AtomicReference<>(parsed);
        long started = System.nanoTime();
        long[] applyingAt = {0};
        useCase.check(parsed, user, job.progress())
                .doOnNext(checked::set)
                .flatMap(rows -> job.dryRun() ? Mono.just(rows.report(ImportOutcome.VALIDATED))
                        : excel.apply(rows, job.policy(), accepted -> {
                            job.applying();
                            applyingAt[0] = System.nanoTime();
                            return useCase.apply(accepted, user, job.progress());
                        }))
                .doOnNext(report -> log.info("Import {} ({}): {} rows, {} applied; checked in {} ms, applied in {} ms",
                        job.id(), job.kind().path(), report.totals().rows(), report.totals().applied(),
                        millis(started, applyingAt[0]), applyingAt[0] == 0 ? 0 : millis(applyingAt[0], System.nanoTime())))
                .subscribe(report -> job.done(report, clock.now()),
                        error -> job.failed(failure(job, error), checked.get().report(ImportOutcome.NOTHING_APPLIED),
                                clock.now()));
    }

    private static long millis(long from, long to) {
        return to == 0 ? 0 : (to - from) / 1_000_000;
    }

    private static ImportJob.Failure failure(ImportJob job, Throwable error) {
        if (error instanceof ImportFailure f) {
            return new ImportJob.Failure(f.code(), f.getMessage(), f.rowNumber());
        }
        log.error("Import job {} ({}) failed", job.id(), job.kind(), error);
        return new ImportJob.Failure(ResultCode.INTERNAL_ERROR, "The import failed; nothing was imported", 0);
    }

    private synchronized Optional<ImportJob> earlier(String submission, String hash) {
        expire();
        Submission first = submission == null ? null : submissions.get(submission);
        if (first == null || !jobs.containsKey(first.jobId())) {
            return Optional.empty();
        }
        if (!first.fileHash().equals(hash)) {
            throw new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                    "This Idempotency-Key was already used to upload a different file");
        }
        return Optional.of(jobs.get(first.jobId()));
    }

    private ImportJob register(ImportKind kind, CurrentUser user, String submission, String hash, boolean dryRun,
                               ApplyPolicy policy) {
        long running = jobs.values().stream().filter(j -> !j.finished()).count();
        if (running >= properties.maxRunning()) {
            throw new ApiException(ResultCode.IMPORT_BUSY, running + " imports are running; try again shortly");
        }
        Iterator<ImportJob> oldest = jobs.values().iterator();
        while (jobs.size() >= properties.maxJobs() && oldest.hasNext()) {
            if (oldest.next().finished()) {
                oldest.remove();
            }
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), kind, user.id(), dryRun, policy, clock.now());
        jobs.put(job.id(), job);
        if (submission != null) {
            submissions.put(submission, new Submission(job.id(), hash));
        }
        return job;
    }

    private void expire() {
        Instant cutoff = clock.now().minus(properties.keepFinished());
        jobs.values().removeIf(job -> job.finishedAt().map(at -> at.isBefore(cutoff)).orElse(false));
        submissions.values().removeIf(s -> !jobs.containsKey(s.jobId()));
    }

    @SuppressWarnings("unchecked")
    private <R> ImportUseCase<R> useCase(ImportKind kind) {
        return (ImportUseCase<R>) useCases.get(kind);
    }

    static ApiException problem(FileRefusal refusal) {
        return new ApiException(refusal.resultCode(), refusal.messageZh() + " / " + refusal.messageEn());
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
