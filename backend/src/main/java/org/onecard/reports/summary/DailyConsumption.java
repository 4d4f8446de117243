package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.DailyConsumptionStore.Sums;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Daily consumption summary (消费日报): per accounting date × outlet × meal period, the number of
 * purchases and what they took, in total and from the cash and subsidy wallets, with a totals line.
 *
 * <p>How corrections count: a correction (更正) or a terminal's reversal/void is its own ledger
 * posting, so it counts on <em>its</em> accounting date, in the outlet and meal of the purchase it
 * corrects, with the difference it made (negative when money went back). A day once printed
 * therefore never changes, and the month's sum agrees with the ledger. Only a correction to 0 (the
 * purchase did not happen) takes the purchase out of the count. The amounts are net of
 * corrections; {@code correctedFen} shows how much of them corrections make up.
 * A payment-code sale (WeChat / Alipay) takes nothing from a wallet, so amount = cash + subsidy +
 * payment code.
 */
@Service
public class DailyConsumption {

    /** One line; {@code mealPeriodId} null for purchases outside every meal period. */
    public record Line(LocalDate accountingDate, long outletId, String outletName, Integer mealPeriodId,
                       String mealName, Tally tally) {
    }

    /** Counts and fen of a line or of the whole report. */
    public record Tally(long count, long amountFen, long cashFen, long subsidyFen, long corrections,
                        long correctedFen) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(Math.addExact(count, o.count), Math.addExact(amountFen, o.amountFen),
                    Math.addExact(cashFen, o.cashFen), Math.addExact(subsidyFen, o.subsidyFen),
                    Math.addExact(corrections, o.corrections), Math.addExact(correctedFen, o.correctedFen));
        }

        /** What payment codes paid: neither wallet. */
        public long payCodeFen() {
            return amountFen - cashFen - subsidyFen;
        }
    }

    public record Report(ReportRange range, OutletChoice outlets, List<Line> lines, Tally totals) {
    }

    private record Key(LocalDate day, long outletId, Integer meal) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparingLong(Key::outletId)
            .thenComparing(Key::meal, Comparator.nullsLast(Comparator.naturalOrder()));

    private final DailyConsumptionStore store;

    DailyConsumption(DailyConsumptionStore store) {
        this.store = store;
    }

    public Mono<Outcome<Report>> of(LocalDate from, LocalDate to, List<Long> outletIds, CurrentUser user) {
        Outcome<OutletReport> asked = OutletReport.of(from, to, outletIds, user);
        if (!(asked instanceof Outcome.Done<OutletReport> a)) {
            return Mono.just(((Outcome.Refused<OutletReport>) asked).cast());
        }
        return report(a.value().range(), a.value().outlets()).map(Outcome::done);
    }

    private Mono<Report> report(ReportRange range, OutletChoice outlets) {
        Flux<Sums> all = Flux.concat(store.purchases(range, outlets), store.corrections(range, outlets),
                store.correctionWallets(range, outlets));
        return Mono.zip(all.collectList(), store.outletNames(), store.mealNames())
                .map(t -> assemble(range, outlets, t.getT1(), t.getT2(), t.getT3()));
    }

    static Report assemble(ReportRange range, OutletChoice outlets, List<Sums> sums, Map<Long, String> outletNames,
                           Map<Long, String> mealNames) {
        Map<Key, Tally> tallies = new TreeMap<>(ORDER);
        for (Sums s : sums) {
            Tally t = new Tally(s.count(), s.amountFen(), s.cashFen(), s.subsidyFen(), s.corrections(), s.correctedFen());
            tallies.merge(new Key(s.day(), s.outletId(), s.meal()), t, Tally::plus);
        }
        List<Line> lines = new ArrayList<>();
        Tally totals = Tally.ZERO;
        for (Map.Entry<Key, Tally> e : tallies.entrySet()) {
            Key k = e.getKey();
            String meal = k.meal() == null ? null : mealNames.getOrDefault(k.meal().longValue(), "#" + k.meal());
            lines.add(new Line(k.day(), k.outletId(), outletNames.getOrDefault(k.outletId(), "#" + k.outletId()),
                    k.meal(), meal, e.getValue()));
            totals = totals.plus(e.getValue());
        }
        return new Report(range, outlets, lines, totals);
    }
}
