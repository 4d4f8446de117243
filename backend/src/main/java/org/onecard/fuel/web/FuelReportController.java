package org.onecard.fuel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.fuel.FuelSalesReport;
import org.onecard.fuel.web.FuelViews.SalesSummaryView;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.export.XlsxDownload;
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

/** The fuel sales summary (加气销售汇总) among the reports: JSON, and a workbook through the common exporter. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class FuelReportController {

    private final FuelSalesReport reports;
    private final ReportHeading heading;

    FuelReportController(FuelSalesReport reports, ReportHeading heading) {
        this.reports = reports;
        this.heading = heading;
    }

    @GetMapping("/fuel-sales")
    @PreAuthorize("hasAuthority('ledger:read') or hasAuthority('merchant:read')")
    @Operation(operationId = "fuelSalesSummary",
            summary = "Fuel sales by PLATE, FLEET, CARD_TYPE or CARD_MODE (default) over accounting dates (7020, 7021, 8053)")
    Mono<SalesSummaryView> summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) String groupBy,
                                   @RequestParam(required = false) List<Long> outletId,
                                   @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(from, to, groupBy, outletId, user), SalesSummaryView::of);
    }

    @GetMapping(path = "/fuel-sales.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize("hasAuthority('ledger:read') or hasAuthority('merchant:read')")
    @Operation(operationId = "exportFuelSalesSummary", summary = "The fuel sales summary as a workbook")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) String groupBy,
                                        @RequestParam(required = false) List<Long> outletId,
                                        @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(from, to, groupBy, outletId, user), r -> r).flatMap(r -> heading.of(r.outlets())
                .map(h -> XlsxDownload.of(FuelSalesSheet.of(r, h),
                        "加气销售汇总-" + r.range().from() + "-" + r.range().to() + ".xlsx")));
    }
}
