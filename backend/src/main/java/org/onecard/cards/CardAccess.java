package org.onecard.cards;

import org.onecard.identity.CurrentUser;
import org.onecard.people.application.PersonAccess;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** An operator limited to some departments sees and changes only the cards of people in them. */
@Component
public class CardAccess {

    private final CardReads reads;
    private final PersonAccess people;

    CardAccess(CardReads reads, PersonAccess people) {
        this.reads = reads;
        this.people = people;
    }

    /** 1002 when the card does not exist, 2010 when its person is outside the operator's departments. */
    public Mono<Void> card(long cardId, CurrentUser user) {
        return reads.record(cardId).flatMap(card -> person(card.personId(), user));
    }

    public Mono<Void> person(long personId, CurrentUser user) {
        if (user.departmentScope().isEmpty()) {
            return Mono.empty();
        }
        return people.reachable(personId, user, "card").then();
    }

    /** The view, when the operator may see its person. */
    public Mono<CardView> visible(CardView view, CurrentUser user) {
        return person(view.personId(), user).thenReturn(view);
    }
}
