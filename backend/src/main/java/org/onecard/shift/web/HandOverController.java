package org.onecard.shift.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.identity.CurrentUser;
import org.onecard.shift.application.HandOvers;
import org.onecard.shift.web.ShiftViews.HandOverRequest;
import org.onecard.shift.web.ShiftViews.HandOverView;
import org.onecard.shift.web.ShiftViews.RecordedView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Shift hand-overs recorded at the card centre for stations whose dispensers lack the 0800/401
 * message, and the history of all of them.
 */
@RestController
@Tag(name = "shifts")
class HandOverController {

    private final HandOvers handOvers;

    HandOverController(HandOvers handOvers) {
        this.handOvers = handOvers;
    }

    @PostMapping("/api/terminals/{id}/shift-handovers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "recordShiftHandOver", summary = "Record a hand-over at a dispenser under the"
            + " Idempotency-Key (bad reading 8068, card not on shift 8069, nozzle on shift 8070)")
    Mono<RecordedView> record(@PathVariable long id, @RequestBody HandOverRequest request,
                              @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                              @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Replies.of(handOvers.recordByAdmin(id, request.draft(), key, user),
                RecordedView::of));
    }

    @GetMapping("/api/shift-handovers")
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listShiftHandOvers", summary = "A station's hand-overs on the days from-to, newest first")
    Mono<List<HandOverView>> list(@RequestParam long outletId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(handOvers.ofOutlet(outletId, from, to, user),
                all -> all.stream().map(HandOverView::of).toList());
    }

    @GetMapping("/api/shift-handovers/{id}")
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "getShiftHandOver", summary = "A hand-over and the shifts it ended and started")
    Mono<RecordedView> one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(handOvers.find(id, user), RecordedView::of);
    }
}
