package org.onecard.fleet.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;
import org.onecard.fleet.domain.CylinderChange;
import org.onecard.fleet.domain.CylinderDates;
import org.onecard.fleet.domain.Vehicle;
import org.onecard.fleet.persistence.CylinderChangeStore;
import org.onecard.fleet.persistence.VehicleStore;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Changing a vehicle's cylinder inspection due date (钢瓶检验日期) is its own act with a note: the
 * date decides whether the vehicle's cards pay at a gas station, so who moved it, from what, and
 * why is kept in the vehicle's history and the audit log, in one transaction with the change.
 */
@Service
public class CylinderInspections {

    private final VehicleStore vehicles;
    private final CylinderChangeStore history;
    private final Vehicles reads;
    private final FleetAudit audit;
    private final Clock clock;
    private final TransactionalOperator tx;

    public CylinderInspections(VehicleStore vehicles, CylinderChangeStore history, Vehicles reads, FleetAudit audit,
                               Clock clock, ReactiveTransactionManager transactions) {
        this.vehicles = vehicles;
        this.history = history;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<Outcome<Vehicle>> change(long vehicleId, LocalDate dueOn, String note, CurrentUser user) {
        String cleanNote = Texts.trimmed(note);
        if (!Texts.isName(cleanNote, CylinderChange.MAX_NOTE)) {
            return Mono.just(Outcome.invalid("note", "must be 1 to " + CylinderChange.MAX_NOTE + " characters"));
        }
        return Flows.then(CylinderDates.check(dueOn), due -> Flows.then(reads.find(vehicleId), vehicle -> {
            if (due.equals(vehicle.cylinderDueOn())) {
                return Mono.just(Outcome.invalid("dueOn", "is already the vehicle's cylinder inspection date"));
            }
            return tx.transactional(vehicles.changeCylinderDate(vehicleId, vehicle.cylinderDueOn(), due)
                    .flatMap(changed -> changed
                            ? record(vehicle, due, cleanNote, user).then(reads.find(vehicleId))
                            : Mono.just(Outcome.<Vehicle>refused(ResultCode.VEHICLE_CHANGED_MEANWHILE, "Vehicle "
                                    + vehicle.plate() + "'s date is no longer " + vehicle.cylinderDueOn()))));
        }));
    }

    public Mono<Outcome<List<CylinderChange>>> history(long vehicleId) {
        return Flows.then(reads.find(vehicleId), v -> history.ofVehicle(vehicleId).collectList().map(Outcome::done));
    }

    private Mono<Void> record(Vehicle vehicle, LocalDate due, String note, CurrentUser user) {
        return history.insert(vehicle.id(), vehicle.cylinderDueOn(), due, note, user.id(), user.name(), clock.instant())
                .then(audit.record(user, "vehicle.cylinder-inspection", Vehicles.target(vehicle.plate()),
                        vehicle.cylinderDueOn() + " -> " + due + ": " + note));
    }
}
