package org.onecard.fleet.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.common.time.BusinessClock;
import org.onecard.fleet.application.CylinderInspections;
import org.onecard.fleet.application.VehicleCards;
import org.onecard.fleet.application.Vehicles;
import org.onecard.fleet.web.VehicleViews.CylinderChangeView;
import org.onecard.fleet.web.VehicleViews.CylinderRequest;
import org.onecard.fleet.web.VehicleViews.VehicleCardView;
import org.onecard.fleet.web.VehicleViews.VehiclePageView;
import org.onecard.fleet.web.VehicleViews.VehicleRequest;
import org.onecard.fleet.web.VehicleViews.VehicleView;
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

/** Vehicles: people's permissions for the vehicle, card permissions for binding its cards. */
@RestController
@RequestMapping("/api/vehicles")
@Tag(name = "vehicles")
class VehicleController {

    private final Vehicles vehicles;
    private final CylinderInspections cylinders;
    private final VehicleCards cards;
    private final BusinessClock clock;

    VehicleController(Vehicles vehicles, CylinderInspections cylinders, VehicleCards cards, BusinessClock clock) {
        this.vehicles = vehicles;
        this.cylinders = cylinders;
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "listVehicles", summary = "Vehicles by plate; q matches part of the plate, driver or owner")
    Mono<VehiclePageView> list(
            @Parameter(description = "part of the plate, the driver's or the owner's name") @RequestParam(required = false) String q,
            @Parameter(description = "only this fleet company's vehicles") @RequestParam(required = false) Long fleetId,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size) {
        return Replies.checkPage(page, size)
                .then(vehicles.page(q, fleetId, page, size).map(p -> VehiclePageView.of(p, today())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getVehicle", summary = "One vehicle")
    Mono<VehicleView> one(@PathVariable long id) {
        return Replies.of(vehicles.find(id), v -> VehicleView.of(v, today()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "createVehicle", summary = "Register a vehicle")
    Mono<VehicleView> create(@Valid @RequestBody VehicleRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(vehicles.create(request.draft(), user), v -> VehicleView.of(v, today()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "updateVehicle", summary = "Change a vehicle's details, not its cylinder date (8008)")
    Mono<VehicleView> update(@PathVariable long id, @Valid @RequestBody VehicleRequest request,
                             @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(vehicles.update(id, request.draft(), user), v -> VehicleView.of(v, today()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "deleteVehicle", summary = "Delete a vehicle no card is bound to (8009)")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(vehicles.delete(id, user));
    }

    @PostMapping("/{id}/cylinder-inspection")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "changeCylinderInspection",
            summary = "Set the vehicle's cylinder inspection due date, with a note; kept in its history and audited")
    Mono<VehicleView> changeCylinder(@PathVariable long id, @Valid @RequestBody CylinderRequest request,
                                     @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(cylinders.change(id, request.dueOn(), request.note(), user), v -> VehicleView.of(v, today()));
    }

    @GetMapping("/{id}/cylinder-inspection")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "cylinderInspectionHistory", summary = "The vehicle's cylinder date changes, newest first")
    Mono<List<CylinderChangeView>> cylinderHistory(@PathVariable long id) {
        return Replies.of(cylinders.history(id), l -> l.stream().map(CylinderChangeView::of).toList());
    }

    @GetMapping("/{id}/cards")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "listVehicleCards", summary = "The cards bound to the vehicle (at most 100)")
    Mono<List<VehicleCardView>> cards(@PathVariable long id) {
        return Replies.of(cards.of(id), l -> l.stream().map(c -> VehicleCardView.of(c, today())).toList());
    }

    @PutMapping("/{id}/cards/{cardId}")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "bindVehicleCard",
            summary = "Bind a normal, lost or frozen card to the vehicle (8010; bound elsewhere 8012)")
    Mono<VehicleCardView> bind(@PathVariable long id, @PathVariable long cardId,
                               @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(cards.bind(id, cardId, user), c -> VehicleCardView.of(c, today()));
    }

    @DeleteMapping("/{id}/cards/{cardId}")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "unbindVehicleCard", summary = "Unbind a card from the vehicle")
    Mono<VehicleCardView> unbind(@PathVariable long id, @PathVariable long cardId,
                                 @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(cards.unbind(id, cardId, user), c -> VehicleCardView.of(c, today()));
    }

    private LocalDate today() {
        // the calendar day, as the terminal's authorisation judges it
        return LocalDate.ofInstant(clock.now(), clock.zone());
    }
}
