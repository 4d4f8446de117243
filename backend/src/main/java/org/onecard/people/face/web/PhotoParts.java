package org.onecard.people.face.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.people.face.PhotoUpload;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a multipart upload as it streams in, never holding more than a cap per file and never
 * writing to disk: a photo keeps at most one byte past the 50 KB rule (enough to refuse it with
 * its real size), a ZIP at most the import limit. The whole request is cut off (413) once it
 * passes {@code maxTotalBytes}; more than {@code maxParts} parts are refused (1008).
 */
final class PhotoParts {

    private final long maxTotalBytes;
    private final int maxParts;
    private final int photoCapBytes;

    PhotoParts(long maxTotalBytes, int maxParts, int photoCapBytes) {
        this.maxTotalBytes = maxTotalBytes;
        this.maxParts = maxParts;
        this.photoCapBytes = photoCapBytes;
    }

    /** The file parts, in the order they came; form fields are read (within the limits) and left out. */
    Mono<List<PhotoUpload>> read(Flux<PartEvent> events) {
        AtomicLong total = new AtomicLong();
        AtomicInteger parts = new AtomicInteger();
        return events.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.reduceWith(Collected::new, (collected, event) -> collected.add(event, total)))
                .filter(collected -> collected.started && collected.file)
                .doOnNext(collected -> {
                    if (parts.incrementAndGet() > maxParts) {
                        throw new ApiException(ResultCode.TOO_MANY_ITEMS, "At most " + maxParts + " files at once");
                    }
                })
                .map(Collected::upload)
                .collectList();
    }

    /** One part as far as it has arrived. */
    private final class Collected {
        private boolean started;
        private boolean file;
        private String fileName;
        private String contentType;
        private long capBytes;
        private long sizeBytes;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Collected add(PartEvent event, AtomicLong total) {
            DataBuffer buffer = event.content();
            try {
                if (!started) {
                    start(event);
                }
                int n = buffer.readableByteCount();
                if (total.addAndGet(n) > maxTotalBytes) {
                    throw new ApiException(ResultCode.PAYLOAD_TOO_LARGE, "The upload is larger than "
                            + maxTotalBytes + " bytes");
                }
                sizeBytes += n;
                int room = (int) Math.max(0, Math.min(n, capBytes - kept.size()));
                if (room > 0) {
                    byte[] bytes = new byte[room];
                    buffer.read(bytes);
                    kept.writeBytes(bytes);
                }
                return this;
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        private void start(PartEvent event) {
            started = true;
            file = event instanceof FilePartEvent;
            fileName = event instanceof FilePartEvent f ? f.filename() : null;
            MediaType type = event.headers().getContentType();
            contentType = type == null ? null : type.toString();
            capBytes = PhotoUpload.isZip(fileName, contentType) ? maxTotalBytes : photoCapBytes + 1L;
        }

        PhotoUpload upload() {
            return new PhotoUpload(fileName, contentType, kept.toByteArray(), sizeBytes);
        }
    }
}
