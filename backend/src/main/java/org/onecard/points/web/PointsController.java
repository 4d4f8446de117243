package org.onecard.points.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Replies;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.identity.CurrentUser;
import org.onecard.points.PointsRedemptions;
import org.onecard.points.PointsRedemptions.Result;
import org.onecard.points.PointsRedemptions.Spend;
import org.onecard.points.PointsReports;
import org.onecard.points.PointsReports.PointsSummary;
import org.onecard.points.PointsRules;
import org.onecard.points.web.PointsViews.PersonPointsView;
import org.onecard.points.web.PointsViews.PointsRedemptionRequest;
import org.onecard.points.web.PointsViews.PointsRedemptionView;
import org.onecard.points.web.PointsViews.PointsRuleRequest;
import org.onecard.points.web.PointsViews.PointsRuleView;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.ReportHeading;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/points")
@Tag(name = "points")
class PointsController {

    private static final String KEY = IdempotencyKeys.HEADER;

    private final PointsRules rules;
    private final PointsRedemptions redemptions;
    private final PointsReports reports;
    private final ReportHeading heading;

    PointsController(PointsRules rules, PointsRedemptions redemptions, PointsReports reports, ReportHeading heading) {
        this.heading = heading;
        this.rules = rules;
        this.redemptions = redemptions;
        this.reports = reports;
    }

    @GetMapping("/rules")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "listPointsRules", summary = "Outlets that give points, with their rates (others give none)")
    Mono<List<PointsRuleView>> rules() {
        return rules.list().map(all -> all.stream().map(PointsRuleView::of).toList());
    }

    @PutMapping("/rules/{outletId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "putPointsRule", summary = "Set an outlet's accrual rate (points per yuan charged, rounded down)")
    Mono<Void> putRule(@PathVariable long outletId, @RequestBody PointsRuleRequest body, @AuthenticationPrincipal CurrentUser user) {
        return rules.put(outletId, body.pointsPerYuan(), user.id());
    }

    @DeleteMapping("/rules/{outletId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "deletePointsRule", summary = "Turn an outlet's points off")
    Mono<Void> deleteRule(@PathVariable long outletId) {
        return rules.remove(outletId);
    }

    @PostMapping("/redemptions")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "redeemPoints", summary = "Spend a person's points at the counter (201; a repeat of the key 200)")
    Mono<ResponseEntity<PointsRedemptionView>> redeem(
            @Parameter(description = "a key you choose; sending it again returns the first answer")
            @RequestHeader(name = KEY, required = false) String key,
            @Valid @RequestBody PointsRedemptionRequest body, @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> redemptions.spend(new Spend(key.trim(), body.personId(),
                body.points(), body.outletId(), null, user.id(), body.note()))).map(PointsController::response);
    }

    @PostMapping("/redemptions/{postingId}/void")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "voidPointsRedemption", summary = "Give a redemption's points back, once (8026 after)")
    Mono<ResponseEntity<PointsRedemptionView>> voidRedemption(
            @PathVariable long postingId, @RequestHeader(name = KEY, required = false) String key,
            @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> redemptions.voidRedemption(key.trim(), postingId, user.id(), null))
                .map(PointsController::response);
    }

    @GetMapping("/accounts/{personId}")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "personPoints", summary = "A person's points balance and movements, newest first")
    Mono<PersonPointsView> person(@PathVariable long personId, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        int cut = Math.min(size, 200);
        return Replies.checkPage(page, size).then(Mono.defer(() -> reports.person(personId, page * cut, cut)))
                .map(p -> PersonPointsView.of(p, page, cut));
    }

    @GetMapping("/summary")
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "pointsSummary",
            summary = "Points earned, voided, spent and given back per outlet and day (accounting dates), with totals")
    Mono<PointsSummary> summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.summary(from, to);
    }

    @GetMapping(path = "/summary.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "exportPointsSummary", summary = "The points summary of [from, to] as a workbook")
    Mono<ResponseEntity<byte[]>> summaryWorkbook(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.summary(from, to).zipWith(heading.of(new OutletChoice(Set.of())))
                .map(t -> XlsxDownload.of(PointsSheet.of(t.getT1(), t.getT2()), "积分汇总-" + from + "-" + to + ".xlsx"));
    }

    private static ResponseEntity<PointsRedemptionView> response(Result result) {
        if (result.code() != ResultCode.OK) {
            throw new ApiException(result.code(), result.detail());
        }
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(PointsRedemptionView.of(result));
    }
}
