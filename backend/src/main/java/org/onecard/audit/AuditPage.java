package org.onecard.audit;

import java.util.List;

/** One page of the audit log, newest first. */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {
}
