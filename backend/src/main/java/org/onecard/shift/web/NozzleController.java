package org.onecard.shift.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.shift.application.Nozzles;
import org.onecard.shift.domain.NozzleDraft;
import org.onecard.shift.web.ShiftViews.NozzleRequest;
import org.onecard.shift.web.ShiftViews.NozzleView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A dispenser terminal's nozzles (8060 for any other terminal). */
@RestController
@RequestMapping("/api/terminals/{id}/nozzles")
@Tag(name = "shifts")
class NozzleController {

    private final Nozzles nozzles;

    NozzleController(Nozzles nozzles) {
        this.nozzles = nozzles;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listNozzles", summary = "A dispenser's nozzles by number, with their last readings")
    Mono<List<NozzleView>> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(nozzles.list(id, user), all -> all.stream().map(NozzleView::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "addNozzle", summary = "Add a nozzle 1-99 to a dispenser (number taken: 8061)")
    Mono<NozzleView> add(@PathVariable long id, @RequestBody NozzleRequest request,
                         @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(nozzles.add(id, new NozzleDraft(request.nozzleNo(), request.productName()), user),
                NozzleView::of);
    }

    @PostMapping("/{nozzleNo}/enable")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "enableNozzle", summary = "Enable a nozzle")
    Mono<NozzleView> enable(@PathVariable long id, @PathVariable int nozzleNo,
                            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(nozzles.setEnabled(id, nozzleNo, true, user), NozzleView::of);
    }

    @PostMapping("/{nozzleNo}/disable")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "disableNozzle", summary = "Disable a nozzle nobody is on shift at (8071)")
    Mono<NozzleView> disable(@PathVariable long id, @PathVariable int nozzleNo,
                             @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(nozzles.setEnabled(id, nozzleNo, false, user), NozzleView::of);
    }
}
