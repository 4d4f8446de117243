package org.onecard.audit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.onecard.audit.AuditPage;
import org.onecard.audit.AuditRecord;

/** The audit log's HTTP shapes. */
final class AuditViews {

    private AuditViews() {
    }

    @Schema(description = "One audited action")
    record AuditEntryView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "UTC") Instant occurredAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"OPERATOR", "CARDHOLDER", "ANONYMOUS"})
            String actorKind,
            Long actorId,
            @Schema(description = "display name, or the name typed at a failed sign-in") String actorName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "\"POST /api/ledger/adjustments\", \"auth.login\"")
            String action,
            String target,
            String remoteAddr,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SUCCESS", "FAILURE", "DENIED"})
            String outcome,
            @Schema(description = "HTTP status and result code, or a short note") String detail) {

        static AuditEntryView of(AuditRecord r) {
            return new AuditEntryView(r.id(), r.occurredAt(), r.actorKind().name(), r.actorId(), r.actorName(),
                    r.action(), r.target(), r.remoteAddr(), r.outcome().name(), r.detail());
        }
    }

    @Schema(description = "A page of the audit log, newest first")
    record AuditPageView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AuditEntryView> items,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total) {

        static AuditPageView of(AuditPage p) {
            return new AuditPageView(p.items().stream().map(AuditEntryView::of).toList(), p.page(), p.size(),
                    p.total());
        }
    }
}
