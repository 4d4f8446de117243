package org.onecard.terminal.recharge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.recharge.RechargeStore.Kind;
import org.onecard.terminal.recharge.RechargeStore.Row;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Recharge operators' cash reports (收款报表): per operator and accounting day, what they took in at
 * recharge POS and cashier machines and what they must hand in. A recharge counts on its booking's
 * accounting day, a reversal on the reversal's; a reversed recharge therefore shows on both (taken,
 * then given back). Net cash = recharges − reversals − cash-outs, where a reversal of a cash-out
 * counts negative (its cash came back to the drawer). Bonuses are no cash: they are shown apart
 * (granted less reversed).
 */
@Service
public class CashReports {

    /** One operator's day. */
    public record Day(long operatorId, String operatorName, LocalDate day, int recharges, long rechargeFen,
                      int reversals, long reversedFen, int refunds, long refundFen, long bonusFen, long netCashFen) {
    }

    static final int MAX_DAYS = 366;

    private final RechargeStore store;
    private final DatabaseClient db;

    CashReports(RechargeStore store, DatabaseClient db) {
        this.store = store;
        this.db = db;
    }

    /** Every operator's (or one's) days in [from, to], by day then operator; at most a year (1001). */
    public Mono<Outcome<List<Day>>> between(LocalDate from, LocalDate to, Long operatorId) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Mono.just(Outcome.refused(ResultCode.VALIDATION_FAILED,
                    "from and to are required, from ≤ to, at most " + MAX_DAYS + " days"));
        }
        return Mono.zip(store.touching(operatorId, from, to).collectList(), names())
                .map(t -> Outcome.done(sum(t.getT1(), from, to, t.getT2())));
    }

    static List<Day> sum(List<Row> rows, LocalDate from, LocalDate to, Map<Long, String> names) {
        Map<String, long[]> tallies = new TreeMap<>();
        for (Row r : rows) {
            if (!r.accountingDate().isBefore(from) && !r.accountingDate().isAfter(to)) {
                long[] t = tallies.computeIfAbsent(key(r.accountingDate(), r.operatorId()), k -> new long[7]);
                if (r.kind() == Kind.RECHARGE) {
                    t[0]++;
                    t[1] += r.amountFen();
                    t[6] += r.bonusFen();
                } else {
                    t[4]++;
                    t[5] += r.amountFen();
                }
            }
            if (r.reversalDate() != null && !r.reversalDate().isBefore(from) && !r.reversalDate().isAfter(to)) {
                long[] t = tallies.computeIfAbsent(key(r.reversalDate(), r.operatorId()), k -> new long[7]);
                t[2]++;
                if (r.kind() == Kind.RECHARGE) {
                    t[3] += r.amountFen();
                    t[6] -= r.bonusFen();
                } else {
                    t[3] -= r.amountFen();
                }
            }
        }
        List<Day> days = new ArrayList<>();
        tallies.forEach((k, t) -> {
            LocalDate day = LocalDate.parse(k.substring(0, 10));
            long op = Long.parseLong(k.substring(11));
            days.add(new Day(op, names.get(op), day, (int) t[0], t[1], (int) t[2], t[3], (int) t[4], t[5], t[6],
                    t[1] - t[3] - t[5]));
        });
        days.sort(Comparator.comparing(Day::day).thenComparing(Day::operatorId));
        return days;
    }

    private static String key(LocalDate day, long operatorId) {
        return day + ":" + Ascii.zeroPadded(operatorId, 19);
    }

    private Mono<Map<Long, String>> names() {
        return db.sql("SELECT id, display_name FROM operator").map(r -> Map.entry(((Number) r.get("id")).longValue(),
                r.get("display_name", String.class))).all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
