package org.onecard.reports.details;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.reports.details.DetailsStore.CodeSum;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The details report (明细报表): every recharge, consumption, supplementary entry, correction, refund,
 * card return, card cost and subsidy transfer of a date range, filtered, paged in a stable order
 * (accounting date, posting, transfer), with count and amount per kind and overall over the whole
 * filtered range. An operator sees only their outlets (when scoped to outlets) and departments (when
 * scoped to departments).
 */
@Service
public class Details {

    public static final int MAX_LIMIT = 500;

    /** One kind's count and signed sum; a kind with no rows has none. */
    public record KindTotal(DetailKind kind, long count, long amountFen) {
    }

    public record Totals(List<KindTotal> byKind, long count, long amountFen) {
    }

    public record Page(DetailsFilter filter, long offset, int limit, List<DetailRow> rows, Totals totals) {
    }

    /** The filter and the department scope it is read in. */
    public record Selection(DetailsFilter filter, DepartmentScope scope) {
    }

    private final DetailsStore store;
    private final DepartmentScopes scopes;

    Details(DetailsStore store, DepartmentScopes scopes) {
        this.store = store;
        this.scopes = scopes;
    }

    public Mono<Outcome<Page>> page(DetailsFilter.Asked asked, long offset, int limit, CurrentUser user) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            return Mono.just(Outcome.refused(ResultCode.DETAILS_PAGE_INVALID,
                    "offset " + offset + " / limit " + limit + ": offset 0 or more, limit 1 to " + MAX_LIMIT));
        }
        return selection(asked, user).flatMap(s -> s instanceof Outcome.Done<Selection> d
                ? Mono.zip(store.page(d.value().filter(), d.value().scope(), offset, limit).collectList(),
                        store.sums(d.value().filter(), d.value().scope()).collectList())
                .map(t -> Outcome.done(new Page(d.value().filter(), offset, limit, t.getT1(), totals(t.getT2()))))
                : Mono.just(((Outcome.Refused<Selection>) s).cast()));
    }

    /** The checked filter in the operator's department scope, for a caller that reads every row. */
    public Mono<Outcome<Selection>> selection(DetailsFilter.Asked asked, CurrentUser user) {
        Outcome<DetailsFilter> filter = DetailsFilter.of(asked, user);
        if (!(filter instanceof Outcome.Done<DetailsFilter> f)) {
            return Mono.just(((Outcome.Refused<DetailsFilter>) filter).cast());
        }
        return scopes.of(user).map(scope -> Outcome.done(new Selection(f.value(), scope)));
    }

    /** Every row of the selection in the report's order, streamed from the database. */
    public Flux<DetailRow> rows(Selection selection) {
        return store.all(selection.filter(), selection.scope());
    }

    static Totals totals(List<CodeSum> sums) {
        Map<DetailKind, long[]> byKind = new EnumMap<>(DetailKind.class);
        for (CodeSum s : sums) {
            DetailKind kind = DetailKind.of(s.code()).orElseThrow();
            long[] t = byKind.computeIfAbsent(kind, k -> new long[2]);
            t[0] = Math.addExact(t[0], s.count());
            t[1] = Math.addExact(t[1], s.amountFen());
        }
        List<KindTotal> kinds = new ArrayList<>();
        long count = 0;
        long amount = 0;
        for (Map.Entry<DetailKind, long[]> e : byKind.entrySet()) {
            kinds.add(new KindTotal(e.getKey(), e.getValue()[0], e.getValue()[1]));
            count = Math.addExact(count, e.getValue()[0]);
            amount = Math.addExact(amount, e.getValue()[1]);
        }
        return new Totals(List.copyOf(kinds), count, amount);
    }
}
