package org.onecard.people.application;

import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;

/**
 * People settings and groups reach every department, so an operator limited to some
 * departments may read them but not change them.
 */
final class SystemWide {

    private SystemWide() {
    }

    static Outcome<CurrentUser> changeableBy(CurrentUser user, String what) {
        return user.departmentScope().isEmpty()
                ? Outcome.done(user)
                : Outcome.forbidden(what + " apply to every department;"
                        + " an operator with a department scope cannot change them");
    }
}
