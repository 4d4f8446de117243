package org.onecard.ledger;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Told of booked postings inside their own transaction, so a record of them commits with the
 * money or not at all (a site's outbox up to the centre, {@code org.onecard.sites}). At most one
 * bean; without one the ledger tells no one.
 */
public interface PostingJournal {

    Mono<Void> booked(List<Long> postingIds);
}
