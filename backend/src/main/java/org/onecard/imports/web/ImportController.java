package org.onecard.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.excel.ApplyPolicy;
import org.onecard.excel.ExcelImports;
import org.onecard.excel.ExcelProperties;
import org.onecard.excel.Upload;
import org.onecard.excel.UploadBytes;
import org.onecard.identity.CurrentUser;
import org.onecard.imports.ImportJob;
import org.onecard.imports.ImportJobs;
import org.onecard.imports.ImportKind;
import org.onecard.imports.ImportTemplates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports")
class ImportController {

    private static final String KEY = IdempotencyKeys.HEADER;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportJobs jobs;
    private final ImportTemplates templates;
    private final ExcelImports excel;
    private final ExcelProperties limits;

    ImportController(ImportJobs jobs, ImportTemplates templates, ExcelImports excel, ExcelProperties limits) {
        this.jobs = jobs;
        this.templates = templates;
        this.excel = excel;
        this.limits = limits;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "202", description = "the job was started (or, for the same key and file, found)",
            useReturnTypeSchema = true)
    @PreAuthorize("hasAuthority('people:manage') or hasAuthority('money:counter')")
    @Operation(operationId = "startImport", summary = "Upload an Excel file (departments, people, recharges, refunds);"
            + " every row is validated first, then the accepted rows are applied in one transaction")
    Mono<ResponseEntity<ImportJobView>> start(@PathVariable String kind, @RequestPart("file") Mono<FilePart> file,
                                              @RequestHeader(name = KEY, required = false) String key,
                                              @RequestParam(defaultValue = "false") boolean dryRun,
                                              @RequestParam(defaultValue = "ACCEPTED_ROWS") ApplyPolicy policy,
                                              @AuthenticationPrincipal CurrentUser user) {
        ImportKind k = allowed(kind, user);
        if (k.money() && !dryRun) {
            return IdempotencyKeys.required(key, () -> upload(k, file, key, false, policy, user));
        }
        return upload(k, file, key, dryRun, policy, user);
    }

    private Mono<ResponseEntity<ImportJobView>> upload(ImportKind k, Mono<FilePart> file, String key, boolean dryRun,
                                                       ApplyPolicy policy, CurrentUser user) {
        return file.flatMap(part -> UploadBytes.join(part.content(), limits.maxFileSize().toBytes()))
                .flatMap(upload -> upload instanceof Upload.Received received
                        ? jobs.start(k, received.bytes(), user, blankToNull(key), dryRun, policy)
                        : Mono.error(problem((Upload.Refused) upload)))
                .map(job -> ResponseEntity.status(HttpStatus.ACCEPTED).body(ImportJobView.of(job)));
    }

    @GetMapping("/{jobId}")
    @PreAuthorize("hasAuthority('people:manage') or hasAuthority('money:counter')")
    @Operation(operationId = "getImport", summary = "An import job: state, progress and, when done, the row report")
    Mono<ImportJobView> job(@PathVariable String jobId, @AuthenticationPrincipal CurrentUser user) {
        return Mono.just(ImportJobView.of(find(jobId, user)));
    }

    @GetMapping(path = "/{jobId}/report.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize("hasAuthority('people:manage') or hasAuthority('money:counter')")
    @Operation(operationId = "getImportReport", summary = "The row report of a finished import as a workbook")
    Mono<ResponseEntity<byte[]>> report(@PathVariable String jobId, @AuthenticationPrincipal CurrentUser user) {
        ImportJob job = find(jobId, user);
        ImportJob.State state = job.state(); // first: a finished state comes after its report (ImportJobView.of)
        return job.report().filter(r -> state == ImportJob.State.DONE || state == ImportJob.State.FAILED)
                .map(excel::report)
                .orElseGet(() -> Mono.error(new ApiException(ResultCode.IMPORT_NOT_FINISHED,
                        "Import " + jobId + " is " + state)))
                .map(bytes -> workbook(bytes, job.kind().path() + "-report.xlsx"));
    }

    @GetMapping(path = "/templates/{kind}.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize("hasAuthority('people:manage') or hasAuthority('money:counter')")
    @Operation(operationId = "getImportTemplate", summary = "The empty workbook to fill in for an import")
    Mono<ResponseEntity<byte[]>> template(@PathVariable String kind, @AuthenticationPrincipal CurrentUser user) {
        ImportKind k = allowed(kind, user);
        return templates.of(k).map(bytes -> workbook(bytes, k.path() + "-template.xlsx"));
    }

    private ImportJob find(String jobId, CurrentUser user) {
        return jobs.find(jobId, user).orElseThrow(() -> ApiException.notFound("Import " + jobId));
    }

    private static ImportKind allowed(String kind, CurrentUser user) {
        ImportKind k = ImportKind.ofPath(kind).orElseThrow(() -> ApiException.notFound("Import kind " + kind));
        if (!user.can(k.permission())) {
            throw new ApiException(ResultCode.FORBIDDEN, "Importing " + kind + " needs " + k.permission());
        }
        return k;
    }

    private static ApiException problem(Upload.Refused refused) {
        return new ApiException(refused.refusal().resultCode(),
                refused.refusal().messageZh() + " / " + refused.refusal().messageEn());
    }

    private static String blankToNull(String key) {
        return key == null || key.isBlank() ? null : key;
    }

    private static ResponseEntity<byte[]> workbook(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
