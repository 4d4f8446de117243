package org.onecard.shift.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.ReportRange;
import org.onecard.shift.domain.HandOver;
import org.onecard.shift.domain.HandOverDraft;
import org.onecard.shift.domain.NozzleShift;
import org.onecard.shift.persistence.HandOverStore;
import org.onecard.shift.persistence.HandOverStore.Keyed;
import org.onecard.shift.persistence.ShiftStore;
import org.onecard.terminal.registry.application.Terminals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records a shift hand-over at a dispenser, from the terminal (0800/401) or the admin SPA, under
 * the sender's key: the same key and content again answers the first hand-over, other content is
 * 1007. Checks in order: the draft (1001), the key, the outgoing then the incoming card (8065,
 * 8067), each nozzle read (8062, then {@link org.onecard.shift.domain.NozzleStep}); then in one
 * transaction the record, the shifts ended and started and each nozzle's open shift moved with a
 * conditional statement, so a concurrent hand-over of the same nozzle is refused (8070), not merged.
 */
@Service
public class HandOvers {

    /** The dispenser a hand-over is at. */
    public record Dispenser(long terminalId, long outletId, int machineNo) {
    }

    /** A recorded hand-over and the shifts it ended and started. */
    public record Recorded(HandOver handOver, List<NozzleShift> shifts) {
    }

    public static final String TERMINAL = "TERMINAL";
    public static final String ADMIN = "ADMIN";
    public static final int MAX_LISTED = 1_000;

    private final HandOverStore handOvers;
    private final ShiftStore shifts;
    private final HandOverPlans plans;
    private final Terminals terminals;
    private final Dispensers dispensers;
    private final BusinessClock clock;
    private final TransactionalOperator tx;

    HandOvers(HandOverStore handOvers, ShiftStore shifts, HandOverPlans plans, Terminals terminals,
              Dispensers dispensers, BusinessClock clock, ReactiveTransactionManager transactions) {
        this.dispensers = dispensers;
        this.terminals = terminals;
        this.handOvers = handOvers;
        this.shifts = shifts;
        this.plans = plans;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<Outcome<Recorded>> record(Dispenser at, HandOverDraft draft, String key, String source,
                                          String recordedBy) {
        Instant now = clock.now();
        return Flows.then(draft.check(now), clean -> {
            String fingerprint = clean.fingerprint(at.terminalId());
            return handOvers.byKey(key).flatMap(k -> replay(k, fingerprint)).switchIfEmpty(Mono.defer(() ->
                    Flows.then(plans.plan(at, clean), plan -> book(at, clean, plan, new HandOverStore.New(key,
                            fingerprint, at.terminalId(), plan.outgoingCardId(), plan.incomingCardId(), source,
                            recordedBy, clean.occurredAt(), now)))));
        });
    }

    /** Recorded at the card centre for a station without the terminal message, as the user. */
    public Mono<Outcome<Recorded>> recordByAdmin(long terminalId, HandOverDraft draft, String key, CurrentUser user) {
        return Flows.then(dispensers.find(terminalId, user), t -> record(new Dispenser(t.id(), t.outletId(),
                t.machineNo()), draft, "admin:" + key, ADMIN, user.name()));
    }

    public Mono<Outcome<Recorded>> find(long id) {
        return handOvers.find(id).flatMap(h -> shifts.ofHandOver(id).collectList()
                        .map(s -> Outcome.done(new Recorded(h, s))))
                .defaultIfEmpty(Outcome.notFound("Hand-over " + id));
    }

    /** The hand-over when its dispenser is in the user's scope (1002/1003 otherwise). */
    public Mono<Outcome<Recorded>> find(long id, CurrentUser user) {
        return Flows.then(find(id), r -> Flows.then(terminals.find(r.handOver().terminalId(), user),
                t -> Mono.just(Outcome.done(r))));
    }

    /** The station's hand-overs on the days of the range (7020, 7021), newest first, at most {@link #MAX_LISTED}. */
    public Mono<Outcome<List<HandOver>>> ofOutlet(long outletId, LocalDate from, LocalDate to, CurrentUser user) {
        return Flows.then(OutletChoice.of(List.of(outletId), user), scope -> Flows.then(ReportRange.of(from, to),
                range -> handOvers.ofOutlet(outletId, range.from().atStartOfDay(clock.zone()).toInstant(),
                        range.to().plusDays(1).atStartOfDay(clock.zone()).toInstant(), MAX_LISTED)
                        .collectList().map(Outcome::done)));
    }

    private Mono<Outcome<Recorded>> replay(Keyed stored, String fingerprint) {
        return stored.fingerprint().equals(fingerprint) ? find(stored.id())
                : Mono.just(Outcome.refused(ResultCode.IDEMPOTENCY_CONFLICT,
                        "The key was used for another hand-over"));
    }

    private Mono<Outcome<Recorded>> book(Dispenser at, HandOverDraft draft, HandOverPlans.Plan plan,
                                         HandOverStore.New record) {
        Instant when = draft.occurredAt();
        return tx.transactional(handOvers.insert(record).flatMap(id -> Flux.fromIterable(plan.nozzles())
                        .concatMap(n -> plans.apply(at, plan, n, id, when)).then(Mono.just(id))))
                .flatMap(this::find)
                .onErrorResume(DuplicateKeyException.class, e -> handOvers.byKey(record.key())
                        .flatMap(k -> replay(k, record.fingerprint())))
                .onErrorResume(HandOverPlans.MovedMeanwhile.class, e -> Mono.just(Outcome.refused(
                        ResultCode.HANDOVER_SHIFT_OPEN, "Nozzle " + e.nozzleNo() + " was handed over meanwhile")));
    }
}
