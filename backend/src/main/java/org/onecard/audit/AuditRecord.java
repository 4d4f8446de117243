package org.onecard.audit;

import java.time.Instant;

/** One row of the audit log as written. */
public record AuditRecord(long id, Instant occurredAt, ActorKind actorKind, Long actorId, String actorName,
                          String action, String target, String remoteAddr, AuditOutcome outcome, String detail) {
}
