package org.onecard.reports.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.dashboard.MinuteBuckets.Minute;
import org.onecard.reports.summary.DailyConsumption;
import org.onecard.reports.summary.DailyConsumption.Line;
import org.onecard.reports.summary.DailyRecharge;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.terminal.live.application.LiveStates;
import org.onecard.terminal.live.domain.LiveState;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Today at a glance, for the operator's outlets: takings by outlet and by meal (the daily
 * consumption summary of today, so both always agree), purchases per minute over the last hour,
 * terminals registered / online / seen today, and today's recharges by channel (the daily recharge
 * summary of today; recharges belong to the card centre, so they are shown whole, and only to
 * those who may read that report).
 */
@Service
public class Dashboard {

    static final String RECHARGE_PERMISSION = "ledger:read";

    /** Count and fen of one outlet or meal; {@code id} null for purchases outside every meal period. */
    public record Takings(Long id, String name, long count, long amountFen) {

        Takings plus(long n, long fen) {
            return new Takings(id, name, Math.addExact(count, n), Math.addExact(amountFen, fen));
        }
    }

    /** Enabled terminals of the outlets, those connected now and those heard from today. */
    public record Terminals(long registered, long online, long seenToday) {
    }

    /** {@code recharge} is null for an operator who may not read the daily recharge summary. */
    public record Snapshot(LocalDate accountingDate, Instant at, List<Takings> byOutlet, List<Takings> byMeal,
                           Takings total, List<Minute> perMinute, Terminals terminals, DailyRecharge.Day recharge) {
    }

    private final DailyConsumption consumption;
    private final DailyRecharge recharge;
    private final DashboardStore store;
    private final LiveStates live;
    private final BusinessClock clock;

    Dashboard(DailyConsumption consumption, DailyRecharge recharge, DashboardStore store, LiveStates live,
              BusinessClock clock) {
        this.consumption = consumption;
        this.recharge = recharge;
        this.store = store;
        this.live = live;
        this.clock = clock;
    }

    public Mono<Outcome<Snapshot>> of(CurrentUser user) {
        return at(clock.now(), user);
    }

    /** The dashboard as of {@code now}. */
    Mono<Outcome<Snapshot>> at(Instant now, CurrentUser user) {
        Outcome<OutletChoice> scope = OutletChoice.of(null, user);
        if (!(scope instanceof Outcome.Done<OutletChoice> s)) {
            return Mono.just(((Outcome.Refused<OutletChoice>) scope).cast());
        }
        OutletChoice outlets = s.value();
        LocalDate today = clock.accountingDate(now);
        MinuteBuckets window = MinuteBuckets.endingAt(now);
        Mono<Outcome<DailyConsumption.Report>> takings = consumption.of(today, today, null, user);
        Mono<List<Minute>> perMinute = store.purchaseTimes(window.start(), window.end(),
                clock.accountingDate(window.start()), today, outlets).collectList().map(window::count);
        Mono<Terminals> terminals = store.terminals(outlets).flatMap(live::of).map(states -> terminals(states, today));
        Mono<Outcome<DailyRecharge.Report>> recharges = user.can(RECHARGE_PERMISSION)
                ? recharge.of(today, today) : Mono.just(Outcome.done(null));
        return Mono.zip(takings, perMinute, terminals, recharges).map(t -> {
            if (!(t.getT1() instanceof Outcome.Done<DailyConsumption.Report> c)) {
                return ((Outcome.Refused<DailyConsumption.Report>) t.getT1()).cast();
            }
            if (!(t.getT4() instanceof Outcome.Done<DailyRecharge.Report> r)) {
                return ((Outcome.Refused<DailyRecharge.Report>) t.getT4()).cast();
            }
            return Outcome.done(snapshot(today, now, c.value().lines(), t.getT2(), t.getT3(),
                    r.value() == null ? null : r.value().totals()));
        });
    }

    static Snapshot snapshot(LocalDate today, Instant now, List<Line> lines, List<Minute> perMinute,
                             Terminals terminals, DailyRecharge.Day recharge) {
        Map<Long, Takings> outlets = new TreeMap<>();
        Map<Long, Takings> meals = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Takings total = new Takings(null, null, 0, 0);
        for (Line l : lines) {
            long n = l.tally().count();
            long fen = l.tally().amountFen();
            outlets.computeIfAbsent(l.outletId(), id -> new Takings(id, l.outletName(), 0, 0));
            outlets.computeIfPresent(l.outletId(), (id, t) -> t.plus(n, fen));
            Long meal = l.mealPeriodId() == null ? null : l.mealPeriodId().longValue();
            Takings m = meals.containsKey(meal) ? meals.get(meal) : new Takings(meal, l.mealName(), 0, 0);
            meals.put(meal, m.plus(n, fen));
            total = total.plus(n, fen);
        }
        return new Snapshot(today, now, new ArrayList<>(outlets.values()), new ArrayList<>(meals.values()), total,
                perMinute, terminals, recharge);
    }

    private Terminals terminals(Map<Long, LiveState> states, LocalDate today) {
        long online = states.values().stream().filter(LiveState::online).count();
        long seenToday = states.values().stream()
                .filter(s -> s.lastSeenAt() != null && clock.accountingDate(s.lastSeenAt()).equals(today)).count();
        return new Terminals(states.size(), online, seenToday);
    }
}
