package org.onecard.excel;

import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.Sizes;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Mono;

/** Joins a WebFlux body (e.g. {@code FilePart.content()}) into bytes, never holding more than the limit. */
public final class UploadBytes {

    private UploadBytes() {
    }

    /**
     * The whole body, or a refusal naming the limit as soon as the body passes it (the rest is
     * not read and the buffers taken so far are released). An empty body gives no bytes.
     */
    public static Mono<Upload> join(Publisher<? extends DataBuffer> body, long maxBytes) {
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
        return DataBufferUtils.join(body, limit)
                .<Upload>map(buffer -> new Upload.Received(copyAndRelease(buffer)))
                .defaultIfEmpty(new Upload.Received(new byte[0]))
                .onErrorResume(DataBufferLimitException.class,
                        e -> Mono.just(new Upload.Refused(FileRefusal.of(Issue.FILE_TOO_LARGE, Sizes.describe(maxBytes)))));
    }

    private static byte[] copyAndRelease(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
