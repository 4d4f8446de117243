package org.onecard.shift.application;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.shift.domain.Nozzle;
import org.onecard.shift.domain.NozzleDraft;
import org.onecard.shift.persistence.NozzleStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A dispenser's nozzles, numbered 1-99 on it. A nozzle is disabled rather than deleted (its shifts
 * stay), and only while nobody is on shift there (8071).
 */
@Service
public class Nozzles {

    private final Dispensers dispensers;
    private final NozzleStore store;
    private final BusinessClock clock;

    Nozzles(Dispensers dispensers, NozzleStore store, BusinessClock clock) {
        this.dispensers = dispensers;
        this.store = store;
        this.clock = clock;
    }

    public Mono<Outcome<List<Nozzle>>> list(long terminalId, CurrentUser user) {
        return Flows.then(dispensers.find(terminalId, user),
                t -> store.ofTerminal(t.id()).collectList().map(Outcome::done));
    }

    public Mono<Outcome<Nozzle>> add(long terminalId, NozzleDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(dispensers.find(terminalId, user), t ->
                store.insert(t.id(), clean, clock.now()).then(store.find(t.id(), clean.nozzleNo())).map(Outcome::done)
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(Outcome.refused(
                                ResultCode.NOZZLE_NUMBER_TAKEN, "Dispenser " + t.machineNo() + " already has nozzle "
                                        + clean.nozzleNo())))));
    }

    public Mono<Outcome<Nozzle>> setEnabled(long terminalId, int nozzleNo, boolean enabled, CurrentUser user) {
        return Flows.then(dispensers.find(terminalId, user), t -> store.find(t.id(), nozzleNo)
                .flatMap(n -> store.setEnabled(n.id(), enabled).flatMap(changed -> changed
                        ? store.find(t.id(), nozzleNo).map(Outcome::done)
                        : Mono.just(Outcome.<Nozzle>refused(ResultCode.NOZZLE_ON_SHIFT, "Nozzle " + nozzleNo
                                + " of dispenser " + t.machineNo() + " is on shift; hand it over first"))))
                .defaultIfEmpty(Outcome.refused(ResultCode.NOZZLE_UNKNOWN, "Dispenser " + t.machineNo()
                        + " has no nozzle " + nozzleNo)));
    }
}
