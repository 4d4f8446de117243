package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.TerminalDaily.Line;
import org.onecard.reports.summary.TerminalDaily.Report;
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
class TerminalDailyController {

    private final TerminalDaily reports;
    private final ReportHeading heading;

    TerminalDailyController(TerminalDaily reports, ReportHeading heading) {
        this.reports = reports;
        this.heading = heading;
    }

    @GetMapping("/terminal-daily")
    @PreAuthorize(DailyConsumptionController.READ)
    @Operation(operationId = "terminalDailySummary",
            summary = "Per terminal and accounting date: what it took from card wallets and put into them (at most 366 days)")
    Mono<TerminalDailyView> summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) List<Long> outletId,
                                    @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(from, to, outletId, user), TerminalDailyView::of);
    }

    @GetMapping(path = "/terminal-daily.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(DailyConsumptionController.READ)
    @Operation(operationId = "exportTerminalDailySummary", summary = "Terminal daily debit/credit as a workbook")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) List<Long> outletId,
                                        @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(from, to, outletId, user), r -> r).flatMap(r -> heading.of(r.outlets())
                .map(h -> XlsxDownload.of(TerminalDailySheet.of(r, h),
                        "终端日结-" + r.range().from() + "-" + r.range().to() + ".xlsx")));
    }

    @Schema(description = "One terminal's accounting day")
    record TerminalDayView(@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate accountingDate,
                           @Schema(requiredMode = RequiredMode.REQUIRED) String terminalCode,
                           @Schema(requiredMode = RequiredMode.REQUIRED) int machineNo,
                           @Schema(requiredMode = RequiredMode.REQUIRED) String purpose,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                           @Schema(requiredMode = RequiredMode.REQUIRED, description = "postings that took from wallets")
                           long debits,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long debitFen,
                           @Schema(requiredMode = RequiredMode.REQUIRED, description = "postings that put into wallets")
                           long credits,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long creditFen,
                           @Schema(requiredMode = RequiredMode.REQUIRED, description = "debit less credit") long netFen) {

        static TerminalDayView of(Line l) {
            return new TerminalDayView(l.accountingDate(), l.terminalCode(), l.machineNo(), l.purpose(), l.outletId(),
                    l.debits(), l.debitFen(), l.credits(), l.creditFen(), l.netFen());
        }
    }

    @Schema(description = "Terminal daily debit/credit (终端日结) with totals")
    record TerminalDailyView(@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
                             @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
                             @Schema(requiredMode = RequiredMode.REQUIRED) List<TerminalDayView> lines,
                             @Schema(requiredMode = RequiredMode.REQUIRED) long debitFen,
                             @Schema(requiredMode = RequiredMode.REQUIRED) long creditFen) {

        static TerminalDailyView of(Report r) {
            return new TerminalDailyView(r.range().from(), r.range().to(),
                    r.lines().stream().map(TerminalDayView::of).toList(), r.debitFen(), r.creditFen());
        }
    }
}
