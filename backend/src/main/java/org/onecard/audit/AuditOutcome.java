package org.onecard.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused for bad input, a business rule or an error. */
    FAILURE,
    /** Refused because the actor may not do it: not signed in, no permission, locked, disabled. */
    DENIED;

    /** 2xx and 3xx succeeded; 401, 403 and 423 were denied; anything else failed. */
    public static AuditOutcome ofStatus(int httpStatus) {
        if (httpStatus < 400) {
            return SUCCESS;
        }
        if (httpStatus == 401 || httpStatus == 403 || httpStatus == 423) {
            return DENIED;
        }
        return FAILURE;
    }
}
