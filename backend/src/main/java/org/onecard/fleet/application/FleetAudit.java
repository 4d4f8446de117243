package org.onecard.fleet.application;

import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditLog;
import org.onecard.audit.AuditOutcome;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes what changed in a fleet company or vehicle to the audit log, beside the request row the
 * audit filter writes: the filter knows the path, this knows the values.
 */
@Component
class FleetAudit {

    private final AuditLog log;

    FleetAudit(AuditLog log) {
        this.log = log;
    }

    Mono<Void> record(CurrentUser user, String action, String target, String detail) {
        return log.record(new AuditEntry(new Actor(ActorKind.OPERATOR, user.id(), user.name()), action, target, null,
                AuditOutcome.SUCCESS, detail));
    }
}
