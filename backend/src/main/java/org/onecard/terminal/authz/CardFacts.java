package org.onecard.terminal.authz;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.onecard.cards.domain.CardState;
import org.onecard.people.domain.GroupRule;
import org.onecard.rules.domain.CardTypeRules;

/**
 * The card being presented: its state, its card type's rules, the online transaction rules of its
 * holder's group (empty when the holder is in no group or the group has none), and for a card bound
 * to a vehicle the vehicle's cylinder inspection due date (null for any other card); {@code grey} while a
 * dispenser's lock is pending on it.
 */
public record CardFacts(long cardId, CardState state, CardTypeRules type, List<GroupRule> groupRules,
                        LocalDate cylinderDueOn, boolean grey) {

    public CardFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        groupRules = groupRules == null ? List.of() : List.copyOf(groupRules);
    }

    /** A card that is not grey. */
    public CardFacts(long cardId, CardState state, CardTypeRules type, List<GroupRule> groupRules,
                     LocalDate cylinderDueOn) {
        this(cardId, state, type, groupRules, cylinderDueOn, false);
    }

    /** A card bound to no vehicle. */
    public CardFacts(long cardId, CardState state, CardTypeRules type, List<GroupRule> groupRules) {
        this(cardId, state, type, groupRules, null, false);
    }
}
