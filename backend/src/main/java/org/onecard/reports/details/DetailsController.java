package org.onecard.reports.details;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Operators;
import org.onecard.reports.details.DetailsViews.DetailsView;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.ReportHeading;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class DetailsController {

    static final String READ = "hasAuthority('ledger:read') or hasAuthority('merchant:read')";

    private final Details details;
    private final DetailsExport export;
    private final ReportHeading heading;
    private final Operators operators;

    DetailsController(Details details, DetailsExport export, ReportHeading heading, Operators operators) {
        this.details = details;
        this.export = export;
        this.heading = heading;
        this.operators = operators;
    }

    @GetMapping("/details")
    @PreAuthorize(READ)
    @Operation(operationId = "detailsReport", summary = "Ledger details of a date range (at most 366 days), filtered,"
            + " one page in a stable order, with count and amount per kind over the whole range")
    Mono<DetailsView> page(
            @Parameter(description = "first accounting date") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last accounting date, included") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "RECHARGE, CONSUMPTION, SUPPLEMENT, CORRECTION, REFUND, CARD_RETURN, CARD_COST,"
                    + " SUBSIDY; none: every kind") @RequestParam(required = false) List<String> kind,
            @Parameter(description = "outlets; none: every outlet in your scope")
            @RequestParam(required = false) List<Long> outletId,
            @Parameter(description = "a department and those under it, by code")
            @RequestParam(required = false) String departmentCode,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String cardNo,
            @Parameter(description = "a terminal's code") @RequestParam(required = false) String terminal,
            @RequestParam(required = false) Long operatorId,
            @RequestParam(required = false) Integer mealPeriodId,
            @RequestParam(defaultValue = "0") long offset,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int limit,
            @AuthenticationPrincipal CurrentUser user) {
        DetailsFilter.Asked asked = new DetailsFilter.Asked(from, to, kind, outletId, departmentCode, personId, cardNo,
                terminal, operatorId, mealPeriodId);
        return Replies.of(details.page(asked, offset, limit, user), p -> p)
                .flatMap(p -> heading.of(p.filter().outlets()).map(h -> DetailsView.of(p, h)));
    }

    /** An operator a report may be filtered by. */
    record OperatorName(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
                        @Schema(requiredMode = RequiredMode.REQUIRED) String username,
                        @Schema(requiredMode = RequiredMode.REQUIRED) String displayName,
                        @Schema(requiredMode = RequiredMode.REQUIRED) boolean enabled) {
    }

    @GetMapping("/operators")
    @PreAuthorize(READ)
    @Operation(operationId = "reportOperators", summary = "Every operator (disabled ones too), by user name: the"
            + " choices of the reports' operator filter, for readers who may not manage operators")
    Flux<OperatorName> operators() {
        return operators.names().map(o -> new OperatorName(o.id(), o.username(), o.displayName(), o.enabled()));
    }

    @GetMapping(path = "/details.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(READ)
    @Operation(operationId = "exportDetailsReport", summary = "Every row of the details report as a workbook laid"
            + " out like the printed report, streamed", responses = @ApiResponse(responseCode = "200", content =
            @Content(mediaType = XlsxDownload.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) List<Long> outletId,
            @RequestParam(required = false) String departmentCode,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String cardNo,
            @RequestParam(required = false) String terminal,
            @RequestParam(required = false) Long operatorId,
            @RequestParam(required = false) Integer mealPeriodId,
            @AuthenticationPrincipal CurrentUser user) {
        DetailsFilter.Asked asked = new DetailsFilter.Asked(from, to, kind, outletId, departmentCode, personId, cardNo,
                terminal, operatorId, mealPeriodId);
        return Replies.of(details.selection(asked, user), s -> s).flatMap(export::download);
    }
}
