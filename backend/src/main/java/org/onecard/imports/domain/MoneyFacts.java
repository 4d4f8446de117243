package org.onecard.imports.domain;

import java.util.List;
import java.util.Optional;
import org.onecard.cards.domain.CardRecord;

/**
 * What phase 1 looked up for one money row.
 *
 * @param holder      empty when no person has the employee number
 * @param inScope     whether the operator's department scope covers the person
 * @param lastVersion the person's last import version of this kind, empty when none
 */
public record MoneyFacts(Optional<Holder> holder, boolean inScope, List<CardRecord> cards, long cashFen,
                         long subsidyFen, Optional<Long> lastVersion) {

    public MoneyFacts {
        cards = List.copyOf(cards);
    }

    public static MoneyFacts unknown() {
        return new MoneyFacts(Optional.empty(), false, List.of(), 0, 0, Optional.empty());
    }
}
