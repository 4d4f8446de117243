package org.onecard.terminal.offline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.excel.Upload;
import org.onecard.excel.UploadBytes;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.offline.OfflineFileImport;
import org.onecard.terminal.offline.OfflineFileImport.OfflineFileSummary;
import org.onecard.terminal.offline.OfflineStore;
import org.onecard.terminal.offline.OfflineStore.Filter;
import org.onecard.terminal.offline.OfflineStore.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Offline records as the server took them, and the import of a terminal's offline file (USB stick). */
@RestController
@RequestMapping("/api/offline-records")
@Tag(name = "Terminals")
class OfflineController {

    static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    record OfflineRecordView(
            @Schema(requiredMode = RequiredMode.REQUIRED) String key,
            @Schema(requiredMode = RequiredMode.REQUIRED) String terminalCode,
            @Schema(requiredMode = RequiredMode.REQUIRED) String trace,
            @Schema(requiredMode = RequiredMode.REQUIRED) String batchNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "ADVICE, BATCH or FILE") String source,
            @Schema(requiredMode = RequiredMode.REQUIRED) String credential,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant receivedAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "BOOKED or REJECTED") String status,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "0 when booked, else why not") int resultCode,
            Long postingId, Long cardId, Long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "booked below 0") boolean overdrawn) {

        static OfflineRecordView of(Stored s) {
            return new OfflineRecordView(s.key(), s.terminalCode(), s.trace(), s.batchNo(), s.source(), s.credential(),
                    s.amountFen(), s.occurredAt(), s.receivedAt(), s.status(), s.resultCode(), s.postingId(), s.cardId(),
                    s.personId(), s.overdrawn());
        }
    }

    record OfflineRecordPageView(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<OfflineRecordView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {
    }

    private final OfflineStore store;
    private final OfflineFileImport files;

    OfflineController(OfflineStore store, OfflineFileImport files) {
        this.store = store;
        this.files = files;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listOfflineRecords", summary = "Offline records of terminals in your outlets, newest first")
    Mono<OfflineRecordPageView> list(
            @RequestParam(required = false) String terminalCode,
            @Parameter(description = "BOOKED or REJECTED") @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdrawnOnly,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        if (page < 0 || size < 1 || status != null && !OfflineStore.BOOKED.equals(status)
                && !OfflineStore.REJECTED.equals(status)) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED,
                    "page must be 0 or more, size 1 or more, status BOOKED or REJECTED"));
        }
        int rows = Math.min(size, 200);
        Filter filter = new Filter(blankToNull(terminalCode), status, overdrawnOnly, user.outletScope());
        return Mono.zip(store.page(filter, (long) page * rows, rows).map(OfflineRecordView::of).collectList(),
                store.count(filter)).map(t -> new OfflineRecordPageView(t.getT1(), page, rows, t.getT2()));
    }

    @PostMapping(path = "/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "importOfflineFile", summary = "Import a terminal's offline record file (USB stick):"
            + " checked whole (format, terminal, MAC), then each record taken once, as if uploaded")
    Mono<OfflineFileSummary> importFile(@RequestPart("file") Mono<FilePart> file, @AuthenticationPrincipal CurrentUser user) {
        return file.flatMap(part -> UploadBytes.join(part.content(), MAX_FILE_BYTES))
                .flatMap(upload -> upload instanceof Upload.Received received
                        ? files.importFile(received.bytes(), user)
                        : Mono.error(new ApiException(ResultCode.OFFLINE_FILE_INVALID, "The file is above 2 MB")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
