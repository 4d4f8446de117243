package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.terminal.recharge.CashReports;
import org.onecard.terminal.recharge.CashReports.Day;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The operators' cash reports ({@code /api/cash-reports}) as workbooks laid out like the paper report. */
@RestController
@Tag(name = "recharge")
class CashReportExportController {

    private final CashReports reports;
    private final ReportHeading heading;

    CashReportExportController(CashReports reports, ReportHeading heading) {
        this.reports = reports;
        this.heading = heading;
    }

    @GetMapping(path = "/api/cash-reports/day.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "exportCashReportDay", summary = "Each recharge operator's cash on one day, as a workbook")
    Mono<ResponseEntity<byte[]>> day(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                     @RequestParam(required = false) Long operatorId) {
        return Replies.of(reports.between(date, date, operatorId), days -> days)
                .flatMap(days -> workbook(days, false, date, date));
    }

    @GetMapping(path = "/api/cash-reports.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "exportCashReportHistory",
            summary = "Recharge operators' cash per day in [from, to], as a workbook (at most 366 days)")
    Mono<ResponseEntity<byte[]>> history(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Long operatorId) {
        return Replies.of(reports.between(from, to, operatorId), days -> days)
                .flatMap(days -> workbook(days, true, from, to));
    }

    private Mono<ResponseEntity<byte[]>> workbook(List<Day> days, boolean history, LocalDate from, LocalDate to) {
        return heading.of(DailyRechargeController.EVERY_OUTLET).map(h -> XlsxDownload.of(
                CashReportSheet.of(days, history, from, to, h),
                (history ? CashReportSheet.HISTORY_TITLE : CashReportSheet.DAY_TITLE) + "-" + from + "-" + to + ".xlsx"));
    }
}
