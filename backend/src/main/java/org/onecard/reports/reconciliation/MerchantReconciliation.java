package org.onecard.reports.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.reconciliation.ReconciliationStore.Group;
import org.onecard.reports.reconciliation.ReconciliationStore.OutletRow;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.ReportRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Merchant real-time reconciliation (商户实时对账): per merchant and outlet, what a range of
 * accounting dates (today included, up to the moment asked) put on the outlet's revenue account:
 * sales, corrections that charged more, refunds by correction, voids at the terminal and the net
 * takings. Read from the ledger postings themselves, so a sale booked a second ago is in it; the
 * net count and amount agree with the daily consumption summary of the same range and outlets.
 * The product keeps no merchant settlement (payout) records, so there is no settled/due column.
 */
@Service
public class MerchantReconciliation {

    public record Line(long merchantId, String merchantName, long outletId, String outletName, Takings takings) {
    }

    public record MerchantTotal(long merchantId, String merchantName, Takings takings) {
    }

    /** {@code outlets} is what the heading names: empty when the report covers every outlet. */
    public record Report(ReportRange range, Instant asOf, OutletChoice outlets, List<Line> lines,
                         List<MerchantTotal> merchants, Takings totals) {
    }

    private final ReconciliationStore store;
    private final BusinessClock clock;

    MerchantReconciliation(ReconciliationStore store, BusinessClock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<Outcome<Report>> of(LocalDate from, LocalDate to, Long merchantId, List<Long> outletIds,
                                    CurrentUser user) {
        Outcome<ReportRange> range = ReportRange.of(from, to);
        if (!(range instanceof Outcome.Done<ReportRange> r)) {
            return Mono.just(((Outcome.Refused<ReportRange>) range).cast());
        }
        Outcome<OutletChoice> scope = OutletChoice.of(outletIds, user);
        if (!(scope instanceof Outcome.Done<OutletChoice> s)) {
            return Mono.just(((Outcome.Refused<OutletChoice>) scope).cast());
        }
        Instant asOf = clock.now();
        return store.outlets().collectList().flatMap(all -> {
            Outcome<List<OutletRow>> chosen = choose(all, merchantId, outletIds, user);
            if (!(chosen instanceof Outcome.Done<List<OutletRow>> c)) {
                return Mono.just(((Outcome.Refused<List<OutletRow>>) chosen).cast());
            }
            List<Long> ids = c.value().stream().map(OutletRow::outletId).toList();
            OutletChoice heading = merchantId == null && s.value().all() ? s.value() : new OutletChoice(Set.copyOf(ids));
            return store.groups(r.value(), ids).collectList()
                    .map(groups -> Outcome.done(assemble(r.value(), asOf, heading, c.value(), groups)));
        });
    }

    /** The outlets read: those asked for (known, of the merchant), or the merchant's, or all, within scope. */
    static Outcome<List<OutletRow>> choose(List<OutletRow> all, Long merchantId, List<Long> outletIds,
                                           CurrentUser user) {
        if (merchantId != null && all.stream().noneMatch(o -> o.merchantId() == merchantId)) {
            return Outcome.refused(ResultCode.RECONCILIATION_MERCHANT_UNKNOWN, "No merchant " + merchantId);
        }
        Map<Long, OutletRow> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.outletId(), o));
        Set<Long> asked = outletIds == null ? Set.of() : new TreeSet<>(outletIds);
        for (Long id : asked) {
            OutletRow o = byId.get(id);
            if (o == null) {
                return Outcome.refused(ResultCode.RECONCILIATION_OUTLET_UNKNOWN, "No outlet " + id);
            }
            if (merchantId != null && o.merchantId() != merchantId) {
                return Outcome.refused(ResultCode.RECONCILIATION_OUTLET_NOT_OF_MERCHANT,
                        "Outlet " + id + " does not belong to merchant " + merchantId);
            }
        }
        return Outcome.done(all.stream().filter(o -> asked.isEmpty() || asked.contains(o.outletId()))
                .filter(o -> merchantId == null || o.merchantId() == merchantId)
                .filter(o -> user.coversOutlet(o.outletId())).toList());
    }

    static Report assemble(ReportRange range, Instant asOf, OutletChoice heading, List<OutletRow> outlets,
                           List<Group> groups) {
        Map<Long, Takings> byOutlet = new HashMap<>();
        for (Group g : groups) {
            byOutlet.merge(g.outletId(), Takings.of(g.code(), g.zeroed(), g.count(), g.netFen()), Takings::plus);
        }
        List<Line> lines = new ArrayList<>();
        Map<Long, MerchantTotal> merchants = new LinkedHashMap<>();
        Takings totals = Takings.ZERO;
        for (OutletRow o : outlets) {
            Takings t = byOutlet.getOrDefault(o.outletId(), Takings.ZERO);
            lines.add(new Line(o.merchantId(), o.merchantName(), o.outletId(), o.outletName(), t));
            merchants.merge(o.merchantId(), new MerchantTotal(o.merchantId(), o.merchantName(), t),
                    (a, b) -> new MerchantTotal(a.merchantId(), a.merchantName(), a.takings().plus(b.takings())));
            totals = totals.plus(t);
        }
        return new Report(range, asOf, heading, lines, List.copyOf(merchants.values()), totals);
    }
}
