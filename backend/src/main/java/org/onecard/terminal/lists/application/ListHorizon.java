package org.onecard.terminal.lists.application;

import java.util.concurrent.atomic.AtomicLong;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.lists.ListProperties;
import org.onecard.terminal.lists.persistence.ListChangeStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The settled version: the highest list version terminals may be given, i.e. the highest recorded
 * at least {@code settle-time} ago (see {@link ListProperties#settleTime()}). It only grows, so each
 * instance remembers it and reads only the rows above it. Instances compute it alone; one whose
 * horizon lags another's merely hands out changes a little later.
 */
@Component
public class ListHorizon {

    private final ListChangeStore store;
    private final BusinessClock clock;
    private final ListProperties properties;
    private final AtomicLong settled = new AtomicLong();

    public ListHorizon(ListChangeStore store, BusinessClock clock, ListProperties properties) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
    }

    public Mono<Long> settled() {
        if (properties.settleTime().isZero()) {
            return store.top();
        }
        return store.settledSince(settled.get(), clock.now().minus(properties.settleTime()))
                .map(v -> settled.accumulateAndGet(v, Math::max));
    }
}
