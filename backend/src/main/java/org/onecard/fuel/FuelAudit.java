package org.onecard.fuel;

import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditLog;
import org.onecard.audit.AuditOutcome;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Writes what a gas-station act changed (a price, a card's mode, level or limit) to the audit log. */
@Component
class FuelAudit {

    private final AuditLog log;

    FuelAudit(AuditLog log) {
        this.log = log;
    }

    Mono<Void> record(CurrentUser user, String action, String target, String detail) {
        return log.record(new AuditEntry(new Actor(ActorKind.OPERATOR, user.id(), user.name()), action, target, null,
                AuditOutcome.SUCCESS, detail));
    }
}
