package org.onecard.fleet.application;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.fleet.domain.Fleet;
import org.onecard.fleet.domain.FleetDraft;
import org.onecard.fleet.persistence.FleetStore;
import org.onecard.identity.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Fleet companies (车队/单位): the code is unique and fixed once created; each change is audited. */
@Service
public class Fleets {

    private final FleetStore store;
    private final FleetAudit audit;

    public Fleets(FleetStore store, FleetAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    public Mono<Page<Fleet>> page(String search, int page, int size) {
        int capped = Page.cap(size);
        String q = search == null || search.isBlank() ? null : search.trim();
        return Mono.zip(store.page(q, (long) page * capped, capped).collectList(), store.count(q))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2()));
    }

    public Mono<Outcome<Fleet>> find(long id) {
        return Flows.found(store.find(id), () -> "Fleet company " + id);
    }

    public Mono<Outcome<Fleet>> create(FleetDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> store.insert(clean)
                .flatMap(id -> audit.record(user, "fleet.create", target(clean.code()), describe(clean))
                        .then(find(id)))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(codeTaken(clean.code()))));
    }

    public Mono<Outcome<Fleet>> update(long id, FleetDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(find(id), fleet -> {
            if (!fleet.code().equals(clean.code())) {
                return Mono.just(Outcome.refused(ResultCode.FLEET_CODE_FIXED, "Fleet company " + fleet.code()
                        + " keeps its code; " + clean.code() + " was asked"));
            }
            return store.update(id, clean)
                    .then(audit.record(user, "fleet.update", target(fleet.code()), describe(clean)))
                    .then(find(id));
        }));
    }

    /** Deletes a fleet company without vehicles. */
    public Mono<Outcome<Fleet>> delete(long id, CurrentUser user) {
        return Flows.then(find(id), fleet -> fleet.vehicleCount() > 0 ? Mono.just(hasVehicles(fleet))
                : store.delete(id).then(audit.record(user, "fleet.delete", target(fleet.code()), fleet.name()))
                        .thenReturn(Outcome.done(fleet))
                        .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(hasVehicles(fleet))));
    }

    private static String target(String code) {
        return "fleet:" + code;
    }

    private static String describe(FleetDraft d) {
        return "name=" + d.name() + ", contact=" + d.contactName() + ", phone=" + d.phone() + ", address="
                + d.address() + ", state=" + d.state();
    }

    private static <T> Outcome<T> codeTaken(String code) {
        return Outcome.refused(ResultCode.FLEET_CODE_TAKEN, "A fleet company with code " + code + " already exists");
    }

    private static <T> Outcome<T> hasVehicles(Fleet fleet) {
        return Outcome.refused(ResultCode.FLEET_HAS_VEHICLES, "Fleet company " + fleet.code() + " still has "
                + fleet.vehicleCount() + " vehicles");
    }
}
