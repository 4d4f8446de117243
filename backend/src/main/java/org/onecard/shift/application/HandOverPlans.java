package org.onecard.shift.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.shift.application.HandOvers.Dispenser;
import org.onecard.shift.domain.HandOverDraft;
import org.onecard.shift.domain.Nozzle;
import org.onecard.shift.domain.NozzleStep;
import org.onecard.shift.domain.OpenShift;
import org.onecard.shift.domain.Reading;
import org.onecard.shift.domain.StaffCard;
import org.onecard.shift.persistence.NozzleStore;
import org.onecard.shift.persistence.ShiftStore;
import org.onecard.shift.persistence.TeamStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads what a hand-over needs (its cards, each nozzle's state), decides per nozzle, and applies the decision. */
@Component
class HandOverPlans {

    /** What a hand-over will do, decided before anything is written. */
    record Plan(Long outgoingCardId, Long incomingCardId, Long incomingTeamId, List<Planned> nozzles) {
    }

    record Planned(Nozzle nozzle, NozzleStep step) {
    }

    /** A nozzle's open shift changed between the decision and the write. */
    static final class MovedMeanwhile extends RuntimeException {

        private final int nozzleNo;

        MovedMeanwhile(int nozzleNo) {
            super(null, null, false, false);
            this.nozzleNo = nozzleNo;
        }

        int nozzleNo() {
            return nozzleNo;
        }
    }

    private final TeamStore teams;
    private final NozzleStore nozzles;
    private final ShiftStore shifts;

    HandOverPlans(TeamStore teams, NozzleStore nozzles, ShiftStore shifts) {
        this.teams = teams;
        this.nozzles = nozzles;
        this.shifts = shifts;
    }

    Mono<Outcome<Plan>> plan(Dispenser at, HandOverDraft draft) {
        return Flows.then(card(draft.outgoingSerial(), at), out -> Flows.then(card(draft.incomingSerial(), at), in -> {
            Long outId = out.map(StaffCard::id).orElse(null);
            Long inId = in.map(StaffCard::id).orElse(null);
            return Flux.fromIterable(draft.readings()).concatMap(r -> planned(at, r, outId, inId, draft.occurredAt()))
                    .collectList().map(all -> all.stream().filter(o -> !o.isDone()).findFirst()
                            .map(refused -> ((Outcome.Refused<Planned>) refused).<Plan>cast())
                            .map(r -> (Outcome<Plan>) r)
                            .orElseGet(() -> Outcome.done(new Plan(outId, inId, in.map(StaffCard::teamId).orElse(null),
                                    all.stream().map(o -> ((Outcome.Done<Planned>) o).value()).toList()))));
        }));
    }

    /** Ends the open shift and starts the new one, then moves the nozzle's open shift from one to the other. */
    Mono<Void> apply(Dispenser at, Plan plan, Planned p, long handOverId, Instant when) {
        NozzleStep step = p.step();
        Reading r = step.reading();
        Mono<Boolean> end = step.ends() == null ? Mono.just(true) : shifts.end(step.ends().id(), handOverId, when, r);
        Mono<Optional<Long>> start = !step.starts() ? Mono.just(Optional.empty())
                : shifts.insert(new ShiftStore.Start(p.nozzle().id(), at.terminalId(), at.outletId(), r.nozzleNo(),
                        plan.incomingCardId(), plan.incomingTeamId(), handOverId, when, r, step.lastEnd()))
                        .map(Optional::of);
        Long expected = step.ends() == null ? null : step.ends().id();
        return end.flatMap(ended -> ended ? start : Mono.error(new MovedMeanwhile(r.nozzleNo())))
                .flatMap(next -> nozzles.moveOpenShift(p.nozzle().id(), expected, next.orElse(null)))
                .flatMap(moved -> moved ? Mono.<Void>empty() : Mono.error(new MovedMeanwhile(r.nozzleNo())));
    }

    private Mono<Outcome<Planned>> planned(Dispenser at, Reading r, Long out, Long in, Instant when) {
        return nozzles.find(at.terminalId(), r.nozzleNo())
                .filter(n -> n.enabled() || in == null)
                .flatMap(n -> Mono.zip(open(n), shifts.lastEnd(n.id(), n.nozzleNo()).map(Optional::of)
                                .defaultIfEmpty(Optional.empty()))
                        .map(t -> NozzleStep.decide(r, t.getT1().orElse(null), t.getT2().orElse(null), out, in, when)
                                .map(step -> new Planned(n, step))))
                .defaultIfEmpty(Outcome.refused(ResultCode.NOZZLE_UNKNOWN, "Dispenser " + at.machineNo()
                        + " has no enabled nozzle " + r.nozzleNo()));
    }

    private Mono<Optional<OpenShift>> open(Nozzle n) {
        return n.openShiftId() == null ? Mono.just(Optional.empty())
                : shifts.open(n.openShiftId()).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /** Empty for no serial; else a live SHIFT card (8065) of a team of the dispenser's station (8067). */
    private Mono<Outcome<Optional<StaffCard>>> card(String serial, Dispenser at) {
        if (serial == null) {
            return Mono.just(Outcome.done(Optional.empty()));
        }
        return teams.card(serial).map(card -> !card.usableShiftCard()
                        ? Outcome.<Optional<StaffCard>>refused(ResultCode.NOT_A_SHIFT_CARD, "Card " + serial
                                + " is not a live shift card")
                        : card.teamOutletId() == null || card.teamOutletId() != at.outletId()
                        ? Outcome.<Optional<StaffCard>>refused(ResultCode.SHIFT_CARD_NO_TEAM, "Card " + serial
                                + " is in no shift team of this station")
                        : Outcome.done(Optional.of(card)))
                .defaultIfEmpty(Outcome.refused(ResultCode.NOT_A_SHIFT_CARD, "No live card " + serial));
    }
}
