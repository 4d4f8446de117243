package org.onecard.reports.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.nio.charset.StandardCharsets;

/** A written report as a download, named so the browser keeps the Chinese title. */
public final class XlsxDownload {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload() {
    }

    public static ResponseEntity<byte[]> of(ReportSheet report, String fileName) {
        return ok(fileName).body(XlsxExporter.write(report));
    }

    /** A 200 with the workbook's type and file name, for a body written elsewhere (e.g. streamed). */
    public static ResponseEntity.BodyBuilder ok(String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
