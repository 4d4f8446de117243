package org.onecard.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.audit.AuditLog;
import org.onecard.audit.web.AuditViews.AuditPageView;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(operationId = "auditLog", summary = "The audit log, newest first")
    Mono<AuditPageView> page(
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200")
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            return Mono.error(invalid("page", "must be 0 or more"));
        }
        if (size < 1) {
            return Mono.error(invalid("size", "must be 1 or more"));
        }
        return auditLog.page(page, size).map(AuditPageView::of);
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ResultCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }
}
