package org.onecard.identity.domain;

import org.onecard.common.error.ResultCode;

/** How one sign-in attempt ends. */
public sealed interface LoginDecision {

    record Granted() implements LoginDecision {
    }

    /**
     * @param countsAsFailure whether the attempt counts towards locking the account
     */
    record Refused(ResultCode code, String detail, boolean countsAsFailure) implements LoginDecision {
    }

    LoginDecision GRANTED = new Granted();

    /** The wording a stranger gets for an unknown name and for a wrong password alike. */
    String BAD_CREDENTIALS_DETAIL = "Wrong user name or password";
}
