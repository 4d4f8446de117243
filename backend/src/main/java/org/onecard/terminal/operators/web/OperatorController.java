package org.onecard.terminal.operators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.operators.TerminalOperators;
import org.onecard.terminal.operators.domain.OperatorDraft;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A terminal's operators and supervisor (number 00), managed by the card centre; openapi/terminal-protocol.md §2.8. */
@RestController
@RequestMapping("/api/terminals/{id}/operators")
@Tag(name = "terminals")
class OperatorController {

    @Schema(name = "TerminalOperatorRequest",
            description = "A new terminal operator; number 00 is the terminal's supervisor (主管)")
    record OperatorCreateRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{2}$", example = "01") String operatorNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 50, example = "收银员甲") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{4,6}$", example = "1234") String password) {
    }

    @Schema(name = "TerminalOperatorPasswordRequest",
            description = "An operator's new password; it also unlocks the operator")
    record OperatorPasswordRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{4,6}$", example = "4321") String password) {
    }

    @Schema(name = "TerminalOperatorView", description = "A terminal operator, without the password")
    record OperatorView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) long terminalId,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "01") String operatorNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "number 00: voids sales") boolean supervisor,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean enabled,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "after three wrong passwords") boolean locked,
            @Schema(requiredMode = RequiredMode.REQUIRED) int failedAttempts,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant updatedAt) {

        static OperatorView of(TerminalOperator o) {
            return new OperatorView(o.id(), o.terminalId(), o.operatorNo(), o.name(), o.supervisor(), o.enabled(),
                    o.locked(), o.failedAttempts(), o.createdAt(), o.updatedAt());
        }
    }

    private final TerminalOperators operators;

    OperatorController(TerminalOperators operators) {
        this.operators = operators;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listTerminalOperators", summary = "A terminal's operators, by number (00 the supervisor)")
    Mono<List<OperatorView>> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(operators.list(id, user), all -> all.stream().map(OperatorView::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "createTerminalOperator", summary = "Add an operator (or, as number 00, the supervisor)")
    Mono<OperatorView> create(@PathVariable long id, @RequestBody OperatorCreateRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        OperatorDraft draft = new OperatorDraft(request.operatorNo(), request.name(), request.password());
        return Replies.of(operators.create(id, draft, user), OperatorView::of);
    }

    @PutMapping("/{operatorNo}/password")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "resetTerminalOperatorPassword", summary = "Give an operator a new password; unlocks it")
    Mono<OperatorView> resetPassword(@PathVariable long id, @PathVariable String operatorNo,
                                     @RequestBody OperatorPasswordRequest request,
                                     @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(operators.resetPassword(id, operatorNo, request.password(), user), OperatorView::of);
    }

    @PostMapping("/{operatorNo}/enable")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "enableTerminalOperator", summary = "Let an operator sign on again")
    Mono<OperatorView> enable(@PathVariable long id, @PathVariable String operatorNo,
                              @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(operators.setEnabled(id, operatorNo, true, user), OperatorView::of);
    }

    @PostMapping("/{operatorNo}/disable")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "disableTerminalOperator", summary = "Refuse an operator's sign-on (a supervisor's voids)")
    Mono<OperatorView> disable(@PathVariable long id, @PathVariable String operatorNo,
                               @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(operators.setEnabled(id, operatorNo, false, user), OperatorView::of);
    }

    @DeleteMapping("/{operatorNo}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "deleteTerminalOperator", summary = "Remove an operator; the sales they made keep their id")
    Mono<Void> delete(@PathVariable long id, @PathVariable String operatorNo,
                      @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(operators.delete(id, operatorNo, user));
    }
}
