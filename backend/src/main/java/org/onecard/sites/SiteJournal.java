package org.onecard.sites;

import java.util.List;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.PostingJournal;
import org.onecard.sites.persistence.OutboxStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** At a site, every booked posting gets its outbox row in the posting's own transaction. */
@Component
@ConditionalOnProperty(name = "onecard.sites.role", havingValue = "SITE")
class SiteJournal implements PostingJournal {

    private final OutboxStore outbox;
    private final BusinessClock clock;

    SiteJournal(OutboxStore outbox, BusinessClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Mono<Void> booked(List<Long> postingIds) {
        return outbox.add(postingIds, clock.now());
    }
}
