package org.onecard.shift.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.onecard.common.outcome.Replies;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.ReportHeading;
import org.onecard.shift.application.ShiftReports;
import org.onecard.shift.application.ShiftReports.Line;
import org.onecard.shift.application.ShiftReports.Report;
import org.onecard.shift.web.ShiftViews.ShiftView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The shift report of a station as JSON (the SPA's table and print view) and as a workbook. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class ShiftReportController {

    static final String READ = "hasAuthority('ledger:read') or hasAuthority('merchant:read')";

    private final ShiftReports reports;
    private final ReportHeading heading;
    private final BusinessClock clock;

    ShiftReportController(ShiftReports reports, ReportHeading heading, BusinessClock clock) {
        this.reports = reports;
        this.heading = heading;
        this.clock = clock;
    }

    @GetMapping("/shifts")
    @PreAuthorize(READ)
    @Operation(operationId = "shiftReport", summary = "Per shift and nozzle of a station: totaliser start/end,"
            + " dispensed, card sales and the difference, for shifts started on the days from-to (at most 366)")
    Mono<ShiftReportView> report(@RequestParam long outletId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(outletId, from, to, user), ShiftReportView::of);
    }

    @GetMapping(path = "/shifts.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(READ)
    @Operation(operationId = "exportShiftReport", summary = "The shift report as a workbook")
    Mono<ResponseEntity<byte[]>> export(@RequestParam long outletId,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(reports.of(outletId, from, to, user), r -> r)
                .flatMap(r -> heading.of(new OutletChoice(Set.of(outletId)))
                        .map(h -> XlsxDownload.of(ShiftReportSheet.of(r, h, clock.zone()),
                                "班报-" + r.range().from() + "-" + r.range().to() + ".xlsx")));
    }

    @Schema(name = "ShiftReportLine", description = "One shift on one nozzle; money empty while open or unknown")
    record LineView(@Schema(requiredMode = RequiredMode.REQUIRED) ShiftView shift,
                    @Schema(description = "card sales booked at the nozzle during the shift") Long cardSalesFen,
                    Long cardSalesVolume,
                    @Schema(description = "dispensed amount less card sales") Long differenceFen) {

        static LineView of(Line l) {
            return new LineView(ShiftView.of(l.shift()), l.cardSalesFen(), l.cardSalesVolume(), l.differenceFen());
        }
    }

    @Schema(name = "ShiftReport", description = "The shift report (班报) of a station with its totals")
    record ShiftReportView(@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
                           @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                           @Schema(requiredMode = RequiredMode.REQUIRED) List<LineView> lines,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long dispensedVolume,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long dispensedAmountFen,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long cardSalesFen,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long differenceFen) {

        static ShiftReportView of(Report r) {
            return new ShiftReportView(r.range().from(), r.range().to(), r.outletId(),
                    r.lines().stream().map(LineView::of).toList(), r.dispensedVolume(), r.dispensedAmountFen(),
                    r.cardSalesFen(), r.differenceFen());
        }
    }
}
