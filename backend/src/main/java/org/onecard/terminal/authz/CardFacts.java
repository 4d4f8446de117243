package org.onecard.terminal.authz;

import java.util.List;
import java.util.Objects;
import org.onecard.cards.domain.CardState;
import org.onecard.people.domain.GroupRule;
import org.onecard.rules.domain.CardTypeRules;

/**
 * The card being presented: its state, its card type's rules, and the online transaction rules
 * of its holder's group (empty when the holder is in no group or the group has none).
 */
public record CardFacts(long cardId, CardState state, CardTypeRules type, List<GroupRule> groupRules) {

    public CardFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        groupRules = groupRules == null ? List.of() : List.copyOf(groupRules);
    }
}
