package org.onecard.subsidy;

import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.onecard.subsidy.persistence.SubsidyStore.Filter;
import org.onecard.subsidy.persistence.SubsidyStore.Listed;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reading subsidies: lists within the operator's departments, and what a person still has pending. */
@Service
public class SubsidyQueries {

    private final SubsidyStore store;
    private final DepartmentScopes scopes;

    SubsidyQueries(SubsidyStore store, DepartmentScopes scopes) {
        this.store = store;
        this.scopes = scopes;
    }

    public Mono<Page<Listed>> page(Filter filter, int page, int size, CurrentUser user) {
        int capped = Page.cap(size);
        return scopes.of(user).flatMap(scope -> Mono.zip(
                store.page(filter, scope, (long) page * capped, capped).collectList(), store.count(filter, scope))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2())));
    }

    /** The subsidies with who they are for, in id order. */
    public Mono<List<Listed>> listed(List<SubsidyRecord> subsidies) {
        return store.listed(subsidies.stream().map(SubsidyRecord::id).toList()).collectList();
    }

    /** Registered or distributed, not yet in the wallet: what stops a card cancel. */
    public Mono<Long> pendingFen(long personId) {
        return store.pendingFen(personId);
    }
}
