package org.onecard.identity.matrix;

import java.util.Optional;
import java.util.Set;

/**
 * One caller the matrix tries on every endpoint, and what it must get there.
 *
 * @param name        as the report and the docs table name it
 * @param kind        what its credential is
 * @param permissions an operator's permissions (its roles' grants); empty for the others
 * @param token       the bearer token it sends, if any
 */
record Principal(String name, Kind kind, Set<String> permissions, String token) {

    enum Kind {
        /** No credential at all. */
        ANONYMOUS,
        /** A bearer token the server must not accept: its code is the refusal's. */
        EXPIRED_TOKEN,
        FORGED_TOKEN,
        OPERATOR,
        /** An operator's token that was valid, but the operator has been disabled since. */
        DISABLED_OPERATOR,
        CARDHOLDER,
        /** No bearer token; signs site-exchange requests with a site's secret. */
        SITE
    }

    /** A refused call's status and catalogue code. */
    record Refusal(int status, int code) {
    }

    static final Refusal SIGN_IN = new Refusal(401, 2001);
    static final Refusal EXPIRED = new Refusal(401, 2002);
    static final Refusal INVALID = new Refusal(401, 2003);
    static final Refusal FORBIDDEN = new Refusal(403, 2010);
    static final Refusal DISABLED = new Refusal(403, 2011);
    static final Refusal UNKNOWN_SITE = new Refusal(401, 8080);

    Principal {
        permissions = Set.copyOf(permissions);
    }

    /** Empty when the call must get past the security checks; otherwise the refusal it must get. */
    Optional<Refusal> expectedAt(Access access) {
        return switch (access.kind()) {
            case PUBLIC -> Optional.empty();
            case SITE -> kind == Kind.SITE ? Optional.empty() : Optional.of(UNKNOWN_SITE);
            case CARDHOLDER -> kind == Kind.CARDHOLDER ? Optional.empty() : Optional.of(signedInRefusal());
            case OPERATOR -> kind == Kind.OPERATOR && access.grants(permissions)
                    ? Optional.empty() : Optional.of(kind == Kind.DISABLED_OPERATOR ? DISABLED : signedInRefusal());
        };
    }

    /** What a protected endpoint answers a principal that is not the one it wants. */
    private Refusal signedInRefusal() {
        return switch (kind) {
            case ANONYMOUS, SITE -> SIGN_IN;
            case EXPIRED_TOKEN -> EXPIRED;
            case FORGED_TOKEN -> INVALID;
            case OPERATOR, DISABLED_OPERATOR, CARDHOLDER -> FORBIDDEN;
        };
    }
}
