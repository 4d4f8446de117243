package org.onecard.audit;

import java.time.Clock;
import java.time.Instant;
import org.onecard.audit.persistence.AuditStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The append-only audit trail: rows are written once and never changed or removed by the
 * application. Other capabilities record their own events here (sign-ins, for example); every
 * state-changing operator request is recorded by the audit filter.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes the entry stamped with the current time; over-long text is cut to fit its column. */
    public Mono<Void> record(AuditEntry entry) {
        return store.insert(Instant.now(clock), entry);
    }

    /** Newest first; a size above {@link #MAX_PAGE_SIZE} is cut to it. */
    public Mono<AuditPage> page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        int capped = Math.min(size, MAX_PAGE_SIZE);
        long offset = (long) page * capped;
        return Mono.zip(store.newestFirst(offset, capped).collectList(), store.count())
                .map(t -> new AuditPage(t.getT1(), page, capped, t.getT2()));
    }
}
