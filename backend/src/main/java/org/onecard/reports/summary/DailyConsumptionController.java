package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.DailyConsumption.Report;
import org.onecard.reports.summary.DailyConsumptionViews.DailyConsumptionView;
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
class DailyConsumptionController {

    static final String READ = "hasAuthority('ledger:read') or hasAuthority('merchant:read')";

    private final DailyConsumption reports;
    private final ReportHeading heading;

    DailyConsumptionController(DailyConsumption reports, ReportHeading heading) {
        this.reports = reports;
        this.heading = heading;
    }

    @GetMapping("/daily-consumption")
    @PreAuthorize(READ)
    @Operation(operationId = "dailyConsumptionSummary",
            summary = "Consumption per accounting date × outlet × meal period, with totals (at most 366 days)")
    Mono<DailyConsumptionView> summary(
            @Parameter(description = "first accounting date") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last accounting date, included") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "outlets to include; none: every outlet in your scope")
            @RequestParam(required = false) List<Long> outletId,
            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(from, to, outletId, user), r -> r)
                .flatMap(r -> heading.of(r.outlets()).map(h -> DailyConsumptionView.of(r, h)));
    }

    @GetMapping(path = "/daily-consumption.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(READ)
    @Operation(operationId = "exportDailyConsumptionSummary",
            summary = "The daily consumption summary as a workbook laid out like the printed report")
    Mono<ResponseEntity<byte[]>> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<Long> outletId,
            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(from, to, outletId, user), r -> r).flatMap(this::workbook);
    }

    private Mono<ResponseEntity<byte[]>> workbook(Report report) {
        return heading.of(report.outlets()).map(h -> XlsxDownload.of(DailyConsumptionSheet.of(report, h.organisation(),
                h.outletLabel(), h.printedOn()), "消费日报-" + report.range().from() + "-" + report.range().to() + ".xlsx"));
    }
}
