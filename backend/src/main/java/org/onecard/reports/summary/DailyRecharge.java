package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onecard.common.outcome.Outcome;
import org.onecard.reports.summary.DailyRechargeStore.Group;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Daily recharge summary (充值日报): per accounting date, the recharges of each channel (count and
 * fen), the reversals of recharges at terminals, the net recharged, and the promotion bonus (no
 * money came in for it, so it is shown apart). A reversal counts on its own accounting date, as in
 * the operators' cash reports. A negative counter recharge counts as minus its amount.
 */
@Service
public class DailyRecharge {

    private static final String WALLET = "_WALLET";

    /** One day, or the totals; {@code channels} holds every channel, in declaration order. */
    public record Day(LocalDate accountingDate, Map<RechargeChannel, Tally> channels, Tally reversed, long bonusFen) {

        public long netFen() {
            long in = channels.values().stream().mapToLong(Tally::amountFen).reduce(0, Math::addExact);
            return Math.subtractExact(in, reversed.amountFen());
        }
    }

    public record Tally(long count, long amountFen) {

        static final Tally ZERO = new Tally(0, 0);

        Tally plus(long n, long fen) {
            return new Tally(Math.addExact(count, n), Math.addExact(amountFen, fen));
        }
    }

    public record Report(ReportRange range, List<Day> days, Day totals) {
    }

    private final DailyRechargeStore store;

    DailyRecharge(DailyRechargeStore store) {
        this.store = store;
    }

    public Mono<Outcome<Report>> of(LocalDate from, LocalDate to) {
        Outcome<ReportRange> range = ReportRange.of(from, to);
        if (!(range instanceof Outcome.Done<ReportRange> r)) {
            return Mono.just(((Outcome.Refused<ReportRange>) range).cast());
        }
        return store.groups(r.value()).collectList().map(groups -> Outcome.done(assemble(r.value(), groups)));
    }

    static Report assemble(ReportRange range, List<Group> groups) {
        Map<LocalDate, Acc> days = new TreeMap<>();
        Acc totals = new Acc();
        for (Group g : groups) {
            days.computeIfAbsent(g.day(), d -> new Acc()).add(g);
            totals.add(g);
        }
        List<Day> out = new ArrayList<>();
        days.forEach((day, acc) -> out.add(acc.day(day)));
        return new Report(range, out, totals.day(null));
    }

    /** Sums of one day while they are read. */
    private static final class Acc {
        private final Map<RechargeChannel, Tally> channels = new EnumMap<>(RechargeChannel.class);
        private Tally reversed = Tally.ZERO;
        private long bonusFen;

        Acc() {
            for (RechargeChannel c : RechargeChannel.values()) {
                channels.put(c, Tally.ZERO);
            }
        }

        void add(Group g) {
            boolean intoWallet = g.creditKind().endsWith(WALLET);
            boolean outOfWallet = g.debitKind().endsWith(WALLET);
            if (intoWallet == outOfWallet) {
                return;
            }
            long signed = intoWallet ? g.amountFen() : -g.amountFen();
            if ("RECHARGE_BONUS".equals(g.code())) {
                bonusFen = Math.addExact(bonusFen, signed);
            } else if ("REVERSAL".equals(g.code())) {
                reversal(g, signed);
            } else {
                RechargeChannel.of(g.code(), g.gateway()).ifPresent(c -> channels.merge(c, Tally.ZERO,
                        (old, zero) -> old.plus(g.count(), signed)));
            }
        }

        /** Only a reversal that takes money back out of a wallet into a drawer or the promotion is a recharge's. */
        private void reversal(Group g, long signed) {
            if (signed > 0) {
                return;
            }
            if ("CASH_DRAWER".equals(g.creditKind())) {
                reversed = reversed.plus(g.count(), -signed);
            } else if ("PROMOTION_EXPENSE".equals(g.creditKind())) {
                bonusFen = Math.addExact(bonusFen, signed);
            }
        }

        Day day(LocalDate date) {
            return new Day(date, new EnumMap<>(channels), reversed, bonusFen);
        }
    }
}
