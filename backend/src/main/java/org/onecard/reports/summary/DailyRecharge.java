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
 * fen), the reversals of recharges at terminals, the cash refunds of each channel that pays out (the
 * counter — by hand or by import —, a cashier machine's cash-out, a WeChat Pay or Alipay refund back to
 * the payer), the net recharged, and the promotion bonus (no money came in for it, so it is shown apart).
 * A reversal counts on its own accounting date, as in the operators' cash reports: a refund the gateway
 * refused, booked back, is minus one refund on the day it came back. A negative counter recharge counts
 * as minus its amount.
 */
@Service
public class DailyRecharge {

    private static final String WALLET = "_WALLET";

    /** One day, or the totals; {@code channels} holds every channel, in declaration order. */
    public record Day(LocalDate accountingDate, Map<RechargeChannel, Tally> channels, Tally reversed,
                      Map<RechargeChannel, Tally> refunds, long bonusFen) {

        public long netFen() {
            return Math.subtractExact(Math.subtractExact(sum(channels), reversed.amountFen()), sum(refunds));
        }

        public long refundedFen() {
            return sum(refunds);
        }

        private static long sum(Map<RechargeChannel, Tally> tallies) {
            return tallies.values().stream().mapToLong(Tally::amountFen).reduce(0, Math::addExact);
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
        private final Map<RechargeChannel, Tally> refunds = new EnumMap<>(RechargeChannel.class);
        private Tally reversed = Tally.ZERO;
        private long bonusFen;

        Acc() {
            for (RechargeChannel c : RechargeChannel.values()) {
                channels.put(c, Tally.ZERO);
                if (c.paysOut()) {
                    refunds.put(c, Tally.ZERO);
                }
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
            } else if ("REFUND_CASH".equals(g.code())) {
                refund(g, g.count(), -signed);
            } else {
                RechargeChannel.of(g.code(), g.gateway()).ifPresent(c -> channels.merge(c, Tally.ZERO,
                        (old, zero) -> old.plus(g.count(), signed)));
            }
        }

        /**
         * A reversal out of a wallet into a drawer or the promotion is a recharge's; one into a wallet from a
         * drawer or a gateway's clearing account is a refund's (a cash-out reversed, a refund the gateway refused).
         */
        private void reversal(Group g, long signed) {
            if (signed > 0) {
                if ("CASH_DRAWER".equals(g.debitKind()) || "GATEWAY_CLEARING".equals(g.debitKind())) {
                    refund(g, -g.count(), -signed);
                }
                return;
            }
            if ("CASH_DRAWER".equals(g.creditKind())) {
                reversed = reversed.plus(g.count(), -signed);
            } else if ("PROMOTION_EXPENSE".equals(g.creditKind())) {
                bonusFen = Math.addExact(bonusFen, signed);
            }
        }

        private void refund(Group g, long count, long fen) {
            RechargeChannel channel = RechargeChannel.ofRefund(g.clearing(), g.atTerminal());
            refunds.merge(channel, Tally.ZERO, (old, zero) -> old.plus(count, fen));
        }

        Day day(LocalDate date) {
            return new Day(date, new EnumMap<>(channels), reversed, new EnumMap<>(refunds), bonusFen);
        }
    }
}
