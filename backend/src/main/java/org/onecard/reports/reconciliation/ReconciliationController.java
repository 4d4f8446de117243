package org.onecard.reports.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.reconciliation.ReconciliationViews.ReconciliationView;
import org.onecard.reports.summary.ReportHeading;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class ReconciliationController {

    private static final String READ = "hasAuthority('ledger:read') or hasAuthority('merchant:read')";

    private final MerchantReconciliation reconciliation;
    private final ReportHeading heading;

    ReconciliationController(MerchantReconciliation reconciliation, ReportHeading heading) {
        this.reconciliation = reconciliation;
        this.heading = heading;
    }

    @GetMapping("/merchant-reconciliation")
    @PreAuthorize(READ)
    @Operation(operationId = "merchantReconciliation",
            summary = "Per merchant and outlet: sales, corrections, refunds, voids and net takings from the ledger, "
                    + "up to now (at most 366 days)")
    Mono<ReconciliationView> reconcile(
            @Parameter(description = "first accounting date") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last accounting date, included; today reads up to now")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "one merchant's outlets only") @RequestParam(required = false) Long merchantId,
            @Parameter(description = "outlets to include; none: every outlet (of the merchant) in your scope")
            @RequestParam(required = false) List<Long> outletId,
            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reconciliation.of(from, to, merchantId, outletId, user), r -> r)
                .flatMap(r -> heading.of(r.outlets()).map(h -> ReconciliationView.of(r, h)));
    }

    @GetMapping(path = "/merchant-reconciliation.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(READ)
    @Operation(operationId = "exportMerchantReconciliation",
            summary = "The merchant reconciliation as a workbook laid out like the printed report")
    Mono<ResponseEntity<byte[]>> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long merchantId,
            @RequestParam(required = false) List<Long> outletId,
            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reconciliation.of(from, to, merchantId, outletId, user), r -> r)
                .flatMap(r -> heading.of(r.outlets()).map(h -> XlsxDownload.of(ReconciliationSheet.of(r, h),
                        "商户对账-" + r.range().from() + "-" + r.range().to() + ".xlsx")));
    }
}
