package org.onecard.terminal.recharge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.operators.RechargeOperators;
import org.onecard.terminal.recharge.CashReports;
import org.onecard.terminal.recharge.RechargeStore.Row;
import org.onecard.terminal.recharge.WriteFailures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Terminals that take money in, for the card centre (openapi/terminal-protocol.md §2.9): recharge
 * operators and their authorisation cards, card-write failures, and the operators' cash reports.
 */
@RestController
@Tag(name = "recharge-terminals")
class RechargeController {

    @Schema(name = "RechargeOperatorView", description = "A recharge operator bound to their authorisation card")
    record OperatorView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long operatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String username,
            @Schema(requiredMode = RequiredMode.REQUIRED) String displayName,
            @Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String serial,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the card's stored status") String cardStatus,
            @Schema(requiredMode = RequiredMode.REQUIRED) int failedAttempts,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "after three wrong PINs") boolean locked,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt) {

        static OperatorView of(RechargeOperators.Binding b) {
            return new OperatorView(b.operatorId(), b.username(), b.displayName(), b.cardId(), b.cardNo(), b.serial(),
                    b.cardStatus(), b.failedAttempts(), b.locked(), b.createdAt());
        }
    }

    @Schema(name = "RechargeOperatorCandidateView", description = "An enabled operator without an authorisation card")
    record CandidateView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long operatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String username,
            @Schema(requiredMode = RequiredMode.REQUIRED) String displayName) {
    }

    @Schema(name = "RechargeOperatorBindRequest", description = "The operator authorisation card (kind OPERATOR) to bind")
    record BindRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Long cardId) {
    }

    @Schema(name = "TerminalRechargeView", description = "A recharge or cash-out booked at a terminal")
    record RechargeView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"RECHARGE", "REFUND"}) String kind,
            @Schema(requiredMode = RequiredMode.REQUIRED) long terminalId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String terminalCode,
            @Schema(requiredMode = RequiredMode.REQUIRED) long operatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long bonusFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate accountingDate,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            Long reversalPostingId,
            Instant writeFailedAt,
            Instant repairedAt,
            Long repairedBy,
            String repairNote) {

        static RechargeView of(Row r) {
            return new RechargeView(r.id(), r.postingId(), r.kind().name(), r.terminalId(), r.terminalCode(),
                    r.operatorId(), r.cardId(), r.amountFen(), r.bonusFen(), r.accountingDate(), r.createdAt(),
                    r.reversalPostingId(), r.writeFailedAt(), r.repairedAt(), r.repairedBy(), r.repairNote());
        }
    }

    @Schema(name = "WriteFailureRepairRequest", description = "How the card was brought in line (optional)")
    record RepairRequest(@Schema(maxLength = 255) String note) {
    }

    @Schema(name = "CashReportDay", description = "One recharge operator's accounting day")
    record DayView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long operatorId,
            String operatorName,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate day,
            @Schema(requiredMode = RequiredMode.REQUIRED) int recharges,
            @Schema(requiredMode = RequiredMode.REQUIRED) long rechargeFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "reversals booked that day") int reversals,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "cash given back by reversals (a cash-out's reversal counts negative)") long reversedFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "cash-outs at a cashier machine") int refunds,
            @Schema(requiredMode = RequiredMode.REQUIRED) long refundFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "promotion bonus granted less reversed; no cash")
            long bonusFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "rechargeFen − reversedFen − refundFen")
            long netCashFen) {

        static DayView of(CashReports.Day d) {
            return new DayView(d.operatorId(), d.operatorName(), d.day(), d.recharges(), d.rechargeFen(), d.reversals(),
                    d.reversedFen(), d.refunds(), d.refundFen(), d.bonusFen(), d.netCashFen());
        }
    }

    private final RechargeOperators operators;
    private final WriteFailures writeFailures;
    private final CashReports reports;

    RechargeController(RechargeOperators operators, WriteFailures writeFailures, CashReports reports) {
        this.operators = operators;
        this.writeFailures = writeFailures;
        this.reports = reports;
    }

    @GetMapping("/api/recharge-operators")
    @PreAuthorize("hasAuthority('operator:manage')")
    @Operation(operationId = "listRechargeOperators", summary = "Recharge operators and their authorisation cards")
    Mono<List<OperatorView>> operators() {
        return operators.list().map(all -> all.stream().map(OperatorView::of).toList());
    }

    @GetMapping("/api/recharge-operators/candidates")
    @PreAuthorize("hasAuthority('operator:manage')")
    @Operation(operationId = "listRechargeOperatorCandidates",
            summary = "Enabled operators not yet bound to an authorisation card, whom a binding may name")
    Mono<List<CandidateView>> candidates() {
        return operators.candidates().map(all -> all.stream()
                .map(c -> new CandidateView(c.operatorId(), c.username(), c.displayName())).toList());
    }

    @PutMapping("/api/recharge-operators/{operatorId}")
    @PreAuthorize("hasAuthority('operator:manage')")
    @Operation(operationId = "bindRechargeOperator",
            summary = "Bind an operator to an OPERATOR card (one card per operator; 5143 not such a card, 5148 taken)")
    Mono<OperatorView> bind(@PathVariable long operatorId, @RequestBody BindRequest request) {
        if (request.cardId() == null) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "cardId is required"));
        }
        return Replies.of(operators.bind(operatorId, request.cardId()), OperatorView::of);
    }

    @DeleteMapping("/api/recharge-operators/{operatorId}")
    @PreAuthorize("hasAuthority('operator:manage')")
    @Operation(operationId = "unbindRechargeOperator", summary = "Remove the binding; the card no longer authorises")
    Mono<OperatorView> unbind(@PathVariable long operatorId) {
        return Replies.of(operators.unbind(operatorId), OperatorView::of);
    }

    @PostMapping("/api/recharge-operators/{operatorId}/unlock")
    @PreAuthorize("hasAuthority('operator:manage')")
    @Operation(operationId = "unlockRechargeOperator", summary = "Clear the wrong-PIN count")
    Mono<OperatorView> unlock(@PathVariable long operatorId) {
        return Replies.of(operators.unlock(operatorId), OperatorView::of);
    }

    @GetMapping("/api/recharge-write-failures")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "listRechargeWriteFailures",
            summary = "Recharges booked whose card write failed (newest first); open=true: the unrepaired only")
    Mono<List<RechargeView>> writeFailures(@RequestParam(defaultValue = "false") boolean open) {
        return writeFailures.list(open).map(all -> all.stream().map(RechargeView::of).toList());
    }

    @PostMapping("/api/recharge-write-failures/{id}/repair")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "repairRechargeWriteFailure",
            summary = "Mark a card-write failure repaired (5146 when none open); nothing moves")
    Mono<RechargeView> repair(@PathVariable long id, @RequestBody(required = false) RepairRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(writeFailures.repair(id, request == null ? null : request.note(), user.id()),
                RechargeView::of);
    }

    @GetMapping("/api/cash-reports/day")
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "cashReportDay", summary = "Each recharge operator's cash on one accounting day")
    Mono<List<DayView>> day(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @RequestParam(required = false) Long operatorId) {
        return Replies.of(reports.between(date, date, operatorId), all -> all.stream().map(DayView::of).toList());
    }

    @GetMapping("/api/cash-reports")
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "cashReportHistory",
            summary = "Recharge operators' cash per accounting day in [from, to] (at most 366 days)")
    Mono<List<DayView>> history(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) Long operatorId) {
        return Replies.of(reports.between(from, to, operatorId), all -> all.stream().map(DayView::of).toList());
    }
}
