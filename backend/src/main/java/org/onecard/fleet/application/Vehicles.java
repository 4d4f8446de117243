package org.onecard.fleet.application;

import java.util.Objects;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.fleet.domain.CylinderDates;
import org.onecard.fleet.domain.FleetState;
import org.onecard.fleet.domain.Vehicle;
import org.onecard.fleet.domain.VehicleDraft;
import org.onecard.fleet.persistence.FleetStore;
import org.onecard.fleet.persistence.VehicleStore;
import org.onecard.identity.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Vehicles: a unique normalised plate, an optional fleet company (an active one, when it is set or
 * changed), and a cylinder inspection due date that an ordinary update must leave as it is
 * ({@link CylinderInspections} changes it). Each change is audited.
 */
@Service
public class Vehicles {

    private final VehicleStore store;
    private final FleetStore fleets;
    private final FleetAudit audit;

    public Vehicles(VehicleStore store, FleetStore fleets, FleetAudit audit) {
        this.store = store;
        this.fleets = fleets;
        this.audit = audit;
    }

    public Mono<Page<Vehicle>> page(String search, Long fleetId, int page, int size) {
        int capped = Page.cap(size);
        VehicleStore.Search s = new VehicleStore.Search(search == null || search.isBlank() ? null : search.trim(),
                fleetId);
        return Mono.zip(store.page(s, (long) page * capped, capped).collectList(), store.count(s))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2()));
    }

    public Mono<Outcome<Vehicle>> find(long id) {
        return Flows.found(store.find(id), () -> "Vehicle " + id);
    }

    public Mono<Outcome<Vehicle>> create(VehicleDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(CylinderDates.check(clean.cylinderDueOn()),
                due -> Flows.then(fleet(clean.fleetId(), null), fleet -> store.insert(clean)
                        .flatMap(id -> audit.record(user, "vehicle.create", target(clean.plate()), describe(clean)
                                + ", cylinderDueOn=" + due).then(find(id)))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(plateTaken(clean.plate())))
                        .onErrorResume(DataIntegrityViolationException.class,
                                e -> Mono.just(unknownFleet(clean.fleetId()))))));
    }

    public Mono<Outcome<Vehicle>> update(long id, VehicleDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(find(id), vehicle -> {
            if (clean.cylinderDueOn() != null && !clean.cylinderDueOn().equals(vehicle.cylinderDueOn())) {
                return Mono.just(Outcome.refused(ResultCode.CYLINDER_DATE_SEPARATE, "Vehicle " + vehicle.plate()
                        + "'s cylinder inspection date changes through POST /api/vehicles/" + id
                        + "/cylinder-inspection"));
            }
            return Flows.then(fleet(clean.fleetId(), vehicle.fleetId()), fleet -> store.update(id, clean)
                    .then(audit.record(user, "vehicle.update", target(vehicle.plate()), describe(clean)))
                    .then(find(id))
                    .onErrorResume(DuplicateKeyException.class, e -> Mono.just(plateTaken(clean.plate())))
                    .onErrorResume(DataIntegrityViolationException.class,
                            e -> Mono.just(unknownFleet(clean.fleetId()))));
        }));
    }

    /** Deletes a vehicle no card is bound to; its cylinder history goes with it. */
    public Mono<Outcome<Vehicle>> delete(long id, CurrentUser user) {
        return Flows.then(find(id), vehicle -> vehicle.cardCount() > 0 ? Mono.just(hasCards(vehicle))
                : store.delete(id).then(audit.record(user, "vehicle.delete", target(vehicle.plate()), null))
                        .thenReturn(Outcome.done(vehicle))
                        .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(hasCards(vehicle))));
    }

    /** The fleet company asked for: none, the one the vehicle already has, or an existing active one. */
    private Mono<Outcome<Long>> fleet(Long asked, Long current) {
        if (asked == null || Objects.equals(asked, current)) {
            return Mono.just(Outcome.done(asked == null ? 0L : asked));
        }
        return fleets.find(asked).map(f -> f.state() == FleetState.ACTIVE ? Outcome.done(asked)
                        : Outcome.<Long>refused(ResultCode.FLEET_DISABLED, "Fleet company " + f.code() + " is disabled"))
                .defaultIfEmpty(unknownFleet(asked));
    }

    static String target(String plate) {
        return "vehicle:" + plate;
    }

    private static String describe(VehicleDraft d) {
        return "plate=" + d.plate() + ", driver=" + d.driverName() + ", idNo=" + d.driverIdNo() + ", phone="
                + d.phone() + ", owner=" + d.ownerName() + ", type=" + d.vehicleType() + ", fleetId=" + d.fleetId();
    }

    private static <T> Outcome<T> plateTaken(String plate) {
        return Outcome.refused(ResultCode.PLATE_TAKEN, "A vehicle with plate " + plate + " is already registered");
    }

    private static <T> Outcome<T> unknownFleet(Long fleetId) {
        return Outcome.refused(ResultCode.FLEET_UNKNOWN, "No fleet company " + fleetId);
    }

    private static <T> Outcome<T> hasCards(Vehicle vehicle) {
        return Outcome.refused(ResultCode.VEHICLE_HAS_CARDS, "Vehicle " + vehicle.plate() + " still has "
                + vehicle.cardCount() + " cards bound");
    }
}
