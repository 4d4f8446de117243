package org.onecard.terminal.authz;

import java.util.Optional;
import org.onecard.people.domain.GroupRule;
import org.onecard.rules.domain.CardTypeRules;

/**
 * What the cardholder pays for an amount. The card type's discount and the group window's
 * discount both apply, one on top of the other (90 % and 80 % make 72 %), rounded half-up to the
 * fen once at the end so two roundings never add up. With no group window, or a group discount of
 * 100, this is exactly {@link CardTypeRules#charge}.
 */
final class Pricing {

    private Pricing() {
    }

    static long charge(long amountFen, CardTypeRules type, Optional<GroupRule> window) {
        int groupPercent = window.map(r -> r.terms().discountPercent()).orElse(100);
        long scaled = Math.multiplyExact(Math.multiplyExact(amountFen, type.discountPercent()), groupPercent);
        return Math.addExact(scaled, 5_000) / 10_000;
    }
}
