package org.onecard.identity.application;

import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditLog;
import org.onecard.audit.AuditOutcome;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.PrincipalKind;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Sign-in events in the audit log: auth.login, auth.lock, auth.refresh, auth.logout, auth.password. */
@Component
class AuthAudit {

    static final String LOGIN = "auth.login";
    static final String LOCK = "auth.lock";
    static final String REFRESH = "auth.refresh";
    static final String LOGOUT = "auth.logout";
    /** A cardholder changed (or failed to change) their own password. */
    static final String PASSWORD = "auth.password";

    private final AuditLog auditLog;

    AuthAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    Mono<Void> success(PrincipalKind kind, Long id, String name, String action, String target, String remoteAddr) {
        return write(kind, id, name, action, target, remoteAddr, AuditOutcome.SUCCESS, null);
    }

    Mono<Void> refused(PrincipalKind kind, Long id, String name, String action, String target, String remoteAddr,
                       ResultCode code, String detail) {
        String text = "code " + code.code() + " " + code.name() + (detail == null ? "" : ": " + detail);
        return write(kind, id, name, action, target, remoteAddr, outcomeOf(code), text);
    }

    /** DENIED when the account may not sign in at all; FAILURE when the credentials were wrong. */
    private static AuditOutcome outcomeOf(ResultCode code) {
        return switch (code) {
            case ACCOUNT_LOCKED, ACCOUNT_DISABLED, REFRESH_TOKEN_REUSED -> AuditOutcome.DENIED;
            default -> AuditOutcome.FAILURE;
        };
    }

    private Mono<Void> write(PrincipalKind kind, Long id, String name, String action, String target, String remoteAddr,
                             AuditOutcome outcome, String detail) {
        Actor actor = new Actor(ActorKind.valueOf(kind.name()), id, name);
        return auditLog.record(new AuditEntry(actor, action, target, remoteAddr, outcome, detail));
    }
}
