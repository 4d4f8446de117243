package org.onecard.terminal.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.registry.application.TerminalStatuses;
import org.onecard.terminal.registry.application.Terminals;
import org.onecard.terminal.registry.domain.KeyedTerminal;
import org.onecard.terminal.registry.domain.Terminal;
import org.onecard.terminal.registry.domain.TerminalSearch;
import org.onecard.terminal.registry.web.TerminalViews.TerminalCreateRequest;
import org.onecard.terminal.registry.web.TerminalViews.TerminalKeyView;
import org.onecard.terminal.registry.web.TerminalViews.TerminalPageView;
import org.onecard.terminal.registry.web.TerminalViews.TerminalUpdateRequest;
import org.onecard.terminal.registry.web.TerminalViews.TerminalView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/terminals")
@Tag(name = "terminals")
class TerminalController {

    private final Terminals terminals;
    private final TerminalStatuses statuses;

    TerminalController(Terminals terminals, TerminalStatuses statuses) {
        this.terminals = terminals;
        this.statuses = statuses;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listTerminals", summary = "Terminals of the outlets in your scope, by machine number")
    Mono<TerminalPageView> list(
            @RequestParam(required = false) Long outletId,
            @RequestParam(required = false) TerminalPurpose purpose,
            @RequestParam(required = false) Boolean enabled,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        TerminalSearch search = new TerminalSearch(outletId, purpose, enabled, user.outletScope());
        return Replies.checkPage(page, size).then(terminals.page(search, page, size)
                .flatMap(p -> statuses.of(p.items()).map(s -> TerminalPageView.of(p, s))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "getTerminal", summary = "One terminal, without its key")
    Mono<TerminalView> one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return view(terminals.find(id, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "createTerminal",
            summary = "Register a terminal; the answer shows its new MAC key, once")
    Mono<TerminalKeyView> create(@Valid @RequestBody TerminalCreateRequest request,
                                 @AuthenticationPrincipal CurrentUser user) {
        return keyView(terminals.register(request.machineNo(), request.draft(), user));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "updateTerminal", summary = "Change a terminal's details, not its machine number or key")
    Mono<TerminalView> update(@PathVariable long id, @Valid @RequestBody TerminalUpdateRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        return view(terminals.update(id, request.draft(), user));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "enableTerminal", summary = "Let a terminal talk to the server again")
    Mono<TerminalView> enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return view(terminals.setEnabled(id, true, user));
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "disableTerminal", summary = "Refuse a terminal's messages; it stays registered")
    Mono<TerminalView> disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return view(terminals.setEnabled(id, false, user));
    }

    @PostMapping("/{id}/key")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "rotateTerminalKey",
            summary = "Replace a terminal's MAC key; the answer shows the new key, once, and the old one stops working")
    Mono<TerminalKeyView> rotateKey(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return keyView(terminals.rotateKey(id, user));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "deleteTerminal", summary = "Delete a terminal that never transacted")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(terminals.delete(id, user));
    }

    private Mono<TerminalView> view(Mono<Outcome<Terminal>> outcome) {
        return Replies.of(outcome, t -> t).flatMap(t -> statuses.of(t).map(s -> TerminalView.of(t, s)));
    }

    private Mono<TerminalKeyView> keyView(Mono<Outcome<KeyedTerminal>> outcome) {
        return Replies.of(outcome, k -> k).flatMap(k -> statuses.of(k.terminal()).map(s -> TerminalKeyView.of(k, s)));
    }
}
