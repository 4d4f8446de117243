package org.onecard.fleet.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Replies;
import org.onecard.fleet.application.Fleets;
import org.onecard.fleet.web.FleetViews.FleetPageView;
import org.onecard.fleet.web.FleetViews.FleetRequest;
import org.onecard.fleet.web.FleetViews.FleetView;
import org.onecard.identity.CurrentUser;
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

/** Fleet companies are cardholders' master data, so people's permissions govern them. */
@RestController
@RequestMapping("/api/fleets")
@Tag(name = "fleets")
class FleetController {

    private final Fleets fleets;

    FleetController(Fleets fleets) {
        this.fleets = fleets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "listFleets", summary = "Fleet companies by code; q matches part of the code or name")
    Mono<FleetPageView> list(
            @Parameter(description = "part of the code or the name") @RequestParam(required = false) String q,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size) {
        return Replies.checkPage(page, size).then(fleets.page(q, page, size).map(FleetPageView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getFleet", summary = "One fleet company")
    Mono<FleetView> one(@PathVariable long id) {
        return Replies.of(fleets.find(id), FleetView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "createFleet", summary = "Add a fleet company (code taken: 8000)")
    Mono<FleetView> create(@Valid @RequestBody FleetRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(fleets.create(request.draft(), user), FleetView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "updateFleet", summary = "Change a fleet company's details; its code stays (8001)")
    Mono<FleetView> update(@PathVariable long id, @Valid @RequestBody FleetRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(fleets.update(id, request.draft(), user), FleetView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "deleteFleet", summary = "Delete a fleet company that has no vehicles (8004)")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(fleets.delete(id, user));
    }
}
