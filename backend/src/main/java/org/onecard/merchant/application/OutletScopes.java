package org.onecard.merchant.application;

import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;

/**
 * Creating and deleting merchants and outlets, and changing merchants, reach beyond any one
 * outlet, so an operator limited to some outlets may not do it.
 */
final class OutletScopes {

    private OutletScopes() {
    }

    static Outcome<CurrentUser> unscoped(CurrentUser user) {
        return user.outletScope().isEmpty()
                ? Outcome.done(user)
                : Outcome.forbidden("An operator limited to some outlets cannot create, delete or change merchants"
                        + " or create and delete outlets");
    }
}
