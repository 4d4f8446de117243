package org.onecard.reports.details;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onecard.common.time.BusinessClock;
import org.onecard.reports.details.Details.Selection;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.ReportHeading;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The details workbook, however many rows: the rows come from the database a few hundred at a time
 * (backpressure), go through the streaming exporter into a temporary file, and the file is sent and
 * deleted. Neither the rows nor the workbook are ever in memory as a whole.
 */
@Service
public class DetailsExport {

    /** Rows asked of the database at a time while writing. */
    static final int PREFETCH = 256;
    private static final int CHUNK_BYTES = 64 * 1024;

    private final Details details;
    private final ReportHeading heading;
    private final BusinessClock clock;

    DetailsExport(Details details, ReportHeading heading, BusinessClock clock) {
        this.details = details;
        this.heading = heading;
        this.clock = clock;
    }

    /** Writes the workbook of the selection to {@code out}, on a thread that may block. */
    public Mono<Void> write(Selection selection, OutputStream out) {
        return heading.of(selection.filter().outlets()).flatMap(h -> Mono.<Void>fromRunnable(() -> DetailsSheet.write(
                selection.filter(), h, details.rows(selection).toIterable(PREFETCH), clock.zone(), out))
                .subscribeOn(Schedulers.boundedElastic()));
    }

    Mono<ResponseEntity<Flux<DataBuffer>>> download(Selection selection) {
        return Mono.fromCallable(() -> Files.createTempFile("onecard-details-", ".xlsx"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> Mono.using(() -> Files.newOutputStream(file), out -> write(selection, out),
                                DetailsExport::close)
                        .onErrorResume(e -> Mono.fromRunnable(() -> delete(file)).then(Mono.error(e)))
                        .then(Mono.fromCallable(() -> response(selection, file))));
    }

    private static ResponseEntity<Flux<DataBuffer>> response(Selection selection, Path file) throws IOException {
        String name = "明细报表-" + selection.filter().range().from() + "-" + selection.filter().range().to() + ".xlsx";
        Flux<DataBuffer> body = DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, CHUNK_BYTES)
                .doFinally(signal -> delete(file));
        return XlsxDownload.ok(name).contentLength(Files.size(file)).body(body);
    }

    private static void close(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is removed with the temporary directory
        }
    }
}
