package org.onecard.consumption;

import org.onecard.common.outcome.Page;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.consumption.persistence.ConsumptionStore.Filter;
import org.onecard.consumption.persistence.ConsumptionStore.Listed;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.DepartmentScopes;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Consumptions of people in the operator's departments. */
@Service
public class ConsumptionQueries {

    private final ConsumptionStore store;
    private final DepartmentScopes scopes;

    ConsumptionQueries(ConsumptionStore store, DepartmentScopes scopes) {
        this.store = store;
        this.scopes = scopes;
    }

    public Mono<Page<Listed>> page(Filter filter, int page, int size, CurrentUser user) {
        int capped = Page.cap(size);
        return scopes.of(user).flatMap(scope -> Mono.zip(
                        store.page(filter, scope, (long) page * capped, capped).collectList(), store.count(filter, scope))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2())));
    }
}
