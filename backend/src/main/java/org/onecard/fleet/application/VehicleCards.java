package org.onecard.fleet.application;

import java.util.List;
import org.onecard.cards.CardVehicles;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The cards issued to a vehicle: bound and unbound here, audited; the card keeps its holder's wallets. */
@Service
public class VehicleCards {

    private final Vehicles vehicles;
    private final CardVehicles cards;
    private final FleetAudit audit;

    public VehicleCards(Vehicles vehicles, CardVehicles cards, FleetAudit audit) {
        this.vehicles = vehicles;
        this.cards = cards;
        this.audit = audit;
    }

    public Mono<Outcome<List<CardRecord>>> of(long vehicleId) {
        return Flows.then(vehicles.find(vehicleId), v -> cards.ofVehicle(vehicleId).map(Outcome::done));
    }

    public Mono<Outcome<CardRecord>> bind(long vehicleId, long cardId, CurrentUser user) {
        return Flows.then(vehicles.find(vehicleId), v -> Flows.then(cards.bind(cardId, vehicleId), card ->
                audit.record(user, "vehicle.card-bind", Vehicles.target(v.plate()), "card " + card.cardNo())
                        .thenReturn(Outcome.done(card))));
    }

    public Mono<Outcome<CardRecord>> unbind(long vehicleId, long cardId, CurrentUser user) {
        return Flows.then(vehicles.find(vehicleId), v -> Flows.then(cards.unbind(cardId, vehicleId), card ->
                audit.record(user, "vehicle.card-unbind", Vehicles.target(v.plate()), "card " + card.cardNo())
                        .thenReturn(Outcome.done(card))));
    }
}
