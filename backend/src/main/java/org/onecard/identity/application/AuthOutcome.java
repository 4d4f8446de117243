package org.onecard.identity.application;

import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;

/** How a sign-in or refresh ended; refusals are values, not exceptions. */
public sealed interface AuthOutcome {

    record SignedIn(TokenPair tokens, CurrentUser user) implements AuthOutcome {
    }

    record Refused(ResultCode code, String detail) implements AuthOutcome {
    }
}
