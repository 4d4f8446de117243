package org.onecard.audit;

/**
 * One thing to write into the audit log; the log stamps the time.
 *
 * @param action     what was done: "POST /api/ledger/adjustments", "auth.login"
 * @param target     what it was done to, e.g. the request path; may be null
 * @param remoteAddr where the request came from, see {@link ClientAddresses}; may be null
 * @param detail     a short note such as the HTTP status and result code; may be null
 */
public record AuditEntry(Actor actor, String action, String target, String remoteAddr, AuditOutcome outcome,
                         String detail) {

    public AuditEntry {
        if (actor == null || action == null || action.isBlank() || outcome == null) {
            throw new IllegalArgumentException("An audit entry needs an actor, an action and an outcome");
        }
    }
}
