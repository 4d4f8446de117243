package org.onecard.shift.application;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.application.Outlets;
import org.onecard.shift.domain.ShiftTeam;
import org.onecard.shift.domain.StaffCard;
import org.onecard.shift.domain.TeamDraft;
import org.onecard.shift.persistence.TeamStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A station's shift teams (班组) and their staff cards: a member is a live card of kind SHIFT (8065,
 * registered through {@code CardKinds}, which also sends it to terminals as the SHIFT_CARD list) and
 * belongs to one team (8066). Teams are seen and changed within the user's outlet scope.
 */
@Service
public class ShiftTeams {

    private final TeamStore store;
    private final Outlets outlets;
    private final BusinessClock clock;

    ShiftTeams(TeamStore store, Outlets outlets, BusinessClock clock) {
        this.store = store;
        this.outlets = outlets;
        this.clock = clock;
    }

    public Mono<List<ShiftTeam>> list(Long outletId, CurrentUser user) {
        return store.list(outletId).map(all -> all.stream().filter(t -> user.coversOutlet(t.outletId())).toList());
    }

    public Mono<Outcome<ShiftTeam>> find(long id, CurrentUser user) {
        return store.find(id).map(t -> user.coversOutlet(t.outletId()) ? Outcome.done(t)
                        : Outcome.<ShiftTeam>forbidden("Shift team " + id + " is of an outlet outside your scope"))
                .defaultIfEmpty(Outcome.refused(ResultCode.SHIFT_TEAM_NOT_FOUND, "No shift team " + id));
    }

    public Mono<Outcome<ShiftTeam>> create(TeamDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(outlets.find(clean.outletId(), user),
                outlet -> store.insert(clean, clock.now()).flatMap(id -> find(id, user))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(Outcome.<ShiftTeam>refused(
                                ResultCode.SHIFT_TEAM_CODE_TAKEN, "A shift team " + clean.code() + " exists")))));
    }

    /** Adds the shift card with this serial; adding a member again changes nothing. */
    public Mono<Outcome<ShiftTeam>> addMember(long teamId, String serial, CurrentUser user) {
        String clean = Texts.trimmed(serial);
        return Flows.then(find(teamId, user), team -> store.card(clean)
                .filter(card -> card.usableShiftCard())
                .flatMap(card -> join(teamId, card, user))
                .defaultIfEmpty(Outcome.refused(ResultCode.NOT_A_SHIFT_CARD, "Card " + clean
                        + " is not a live card of kind SHIFT")));
    }

    public Mono<Outcome<ShiftTeam>> removeMember(long teamId, long cardId, CurrentUser user) {
        return Flows.then(find(teamId, user), team -> store.removeMember(teamId, cardId).then(find(teamId, user)));
    }

    private Mono<Outcome<ShiftTeam>> join(long teamId, StaffCard card, CurrentUser user) {
        if (card.teamId() != null) {
            return card.teamId() == teamId ? find(teamId, user) : Mono.just(inOtherTeam(card.serial()));
        }
        return store.addMember(teamId, card.id(), clock.now()).then(find(teamId, user))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(inOtherTeam(card.serial())));
    }

    private static <T> Outcome<T> inOtherTeam(String serial) {
        return Outcome.refused(ResultCode.SHIFT_CARD_IN_OTHER_TEAM, "Card " + serial + " is in another shift team");
    }
}
