package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import org.onecard.common.outcome.Replies;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.DailyRechargeViews.DailyRechargeView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class DailyRechargeController {

    /** Recharges belong to the card centre, not to an outlet. */
    static final OutletChoice EVERY_OUTLET = new OutletChoice(Set.of());

    private final DailyRecharge reports;
    private final ReportHeading heading;

    DailyRechargeController(DailyRecharge reports, ReportHeading heading) {
        this.reports = reports;
        this.heading = heading;
    }

    @GetMapping("/daily-recharge")
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "dailyRechargeSummary",
            summary = "Recharges per accounting date and channel, reversals, bonus and totals (at most 366 days)")
    Mono<DailyRechargeView> summary(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Replies.of(reports.of(from, to), r -> r)
                .flatMap(r -> heading.of(EVERY_OUTLET).map(h -> DailyRechargeView.of(r, h)));
    }

    @GetMapping(path = "/daily-recharge.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "exportDailyRechargeSummary", summary = "The daily recharge summary as a workbook")
    Mono<ResponseEntity<byte[]>> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Replies.of(reports.of(from, to), r -> r).flatMap(r -> heading.of(EVERY_OUTLET)
                .map(h -> XlsxDownload.of(DailyRechargeSheet.of(r, h),
                        "充值日报-" + r.range().from() + "-" + r.range().to() + ".xlsx")));
    }
}
