package org.onecard.excel;

import java.util.List;
import java.util.Map;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.ImportReport;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.SheetSpec;
import org.onecard.excel.rows.SheetValidation;
import org.onecard.excel.rows.Validation;
import org.onecard.excel.sheet.ReadResult;
import org.onecard.excel.sheet.WorkbookReader;
import org.onecard.excel.write.ReportWriter;
import org.onecard.excel.write.TemplateWriter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The two-phase import driver. Phase 1 ({@link #validate}) reads the file and checks every row
 * without side effects; the caller inspects the {@link Checked} result and, if it wants, runs
 * phase 2 ({@link #apply}) under an {@link ApplyPolicy}. POI work runs on the bounded-elastic
 * scheduler, never on an event-loop thread.
 */
@Component
public class ExcelImports {

    private final ExcelProperties properties;
    private final WorkbookReader reader;

    public ExcelImports(ExcelProperties properties) {
        this.properties = properties;
        this.reader = new WorkbookReader(properties.readLimits());
    }

    /** Phase 1 from an upload body, joined under {@code onecard.excel.max-file-size}. */
    public <R> Mono<Validation<R>> validate(Flux<DataBuffer> body, ImportSpec<R> spec, RowCheck<? super R> check) {
        return UploadBytes.join(body, properties.maxFileSize().toBytes()).flatMap(upload -> {
            if (upload instanceof Upload.Received received) {
                return validate(received.bytes(), spec, check);
            }
            return Mono.just(new Validation.FileRefused<>(((Upload.Refused) upload).refusal()));
        });
    }

    /** Phase 1 from bytes: read, header, every row parsed, duplicates, then {@code check} per row. */
    public <R> Mono<Validation<R>> validate(byte[] bytes, ImportSpec<R> spec, RowCheck<? super R> check) {
        return Mono.fromCallable(() -> parse(bytes, spec))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(validation -> validation instanceof Checked<R> checked
                        ? runChecks(checked, check)
                        : Mono.just(validation));
    }

    /**
     * Phase 2: calls {@code applier} once with the accepted rows when the policy allows it, and
     * never otherwise. The report says which happened.
     */
    public <R> Mono<ImportReport> apply(Checked<R> checked, ApplyPolicy policy, Applier<R> applier) {
        if (!policy.permits(checked)) {
            return Mono.just(checked.report(ImportOutcome.NOTHING_APPLIED));
        }
        return Mono.defer(() -> applier.apply(checked.accepted()))
                .then(Mono.fromSupplier(() -> checked.report(ImportOutcome.APPLIED)));
    }

    /** The downloadable template for a sheet (.xlsx bytes). */
    public Mono<byte[]> template(SheetSpec spec) {
        return Mono.fromCallable(() -> TemplateWriter.write(spec)).subscribeOn(Schedulers.boundedElastic());
    }

    /** An import report as a workbook: row number, status, reasons (.xlsx bytes). */
    public Mono<byte[]> report(ImportReport report) {
        return Mono.fromCallable(() -> ReportWriter.write(report)).subscribeOn(Schedulers.boundedElastic());
    }

    /** The refused rows in the import layout with their reasons at the end, to fix and upload again. */
    public Mono<byte[]> refusedRows(Checked<?> checked, SheetSpec spec) {
        return Mono.fromCallable(() -> ReportWriter.refusedRows(checked, spec)).subscribeOn(Schedulers.boundedElastic());
    }

    private <R> Validation<R> parse(byte[] bytes, ImportSpec<R> spec) {
        ReadResult read = reader.read(bytes);
        if (read instanceof ReadResult.Loaded loaded) {
            return SheetValidation.validate(loaded.content(), spec);
        }
        return new Validation.FileRefused<>(((ReadResult.Refused) read).refusal());
    }

    private <R> Mono<Validation<R>> runChecks(Checked<R> checked, RowCheck<? super R> check) {
        return Flux.fromIterable(checked.accepted())
                .flatMap(row -> check.check(row.value())
                        .defaultIfEmpty(List.of())
                        .map(reasons -> Map.entry(row.rowNumber(), reasons)), properties.checkConcurrency())
                .filter(entry -> !entry.getValue().isEmpty())
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(reasons -> (Validation<R>) checked.refusing(reasons));
    }
}
