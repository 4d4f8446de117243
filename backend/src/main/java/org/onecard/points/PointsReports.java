package org.onecard.points;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.ledger.persistence.HistoryStore;
import org.onecard.ledger.persistence.HistoryStore.Line;
import org.onecard.points.persistence.PointsStore;
import org.onecard.points.persistence.PointsStore.DayPoints;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A person's points (balance and history from the ledger) and the points summary by outlet and day. */
@Service
public class PointsReports {

    public static final int MAX_DAYS = 366;

    /** A person's points: balance now, one page of movements (newest first) and how many there are. */
    public record PersonPoints(long personId, long balance, List<Line> history, long total) {
    }

    /** Points at one outlet (null: the counter) on one day, or a total over some of them. */
    public record Tally(Long outletId, String outletName, LocalDate date, long earned, long earnedVoided, long spent,
                        long spentVoided) {

        Tally plus(Tally o) {
            return new Tally(outletId, outletName, date, earned + o.earned, earnedVoided + o.earnedVoided,
                    spent + o.spent, spentVoided + o.spentVoided);
        }
    }

    public record Summary(LocalDate from, LocalDate to, List<Tally> rows, List<Tally> byOutlet, List<Tally> byDay,
                          Tally total) {
    }

    private final PointsAccounts accounts;
    private final HistoryStore history;
    private final PointsStore store;

    PointsReports(PointsAccounts accounts, HistoryStore history, PointsStore store) {
        this.accounts = accounts;
        this.history = history;
        this.store = store;
    }

    public Mono<PersonPoints> person(long personId, int offset, int limit) {
        return store.personExists(personId).flatMap(exists -> !exists
                ? Mono.error(ApiException.notFound("Person " + personId))
                : accounts.existingWallet(personId)
                        .flatMap(w -> Mono.zip(history.lines(List.of(w.id()), offset, limit).collectList(),
                                history.count(List.of(w.id())))
                                .map(h -> new PersonPoints(personId, w.balance(), h.getT1(), h.getT2())))
                        .defaultIfEmpty(new PersonPoints(personId, 0, List.of(), 0)));
    }

    public Mono<Summary> summary(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Mono.error(new ApiException(ResultCode.POINTS_PERIOD_INVALID,
                    "Give from and to (yyyy-MM-dd), from not after to, at most " + MAX_DAYS + " days"));
        }
        return Mono.zip(tallies(store.earned(from, to), 0), tallies(store.earnedVoided(from, to), 1),
                        tallies(store.spent(from, to), 2), tallies(store.spentVoided(from, to), 3), store.outletNames())
                .map(t -> summarise(from, to, List.of(t.getT1(), t.getT2(), t.getT3(), t.getT4()), t.getT5()));
    }

    private static Mono<List<long[]>> tallies(Flux<DayPoints> days, int column) {
        return days.map(d -> {
            long[] row = new long[6];
            row[0] = d.outletId() == null ? -1 : d.outletId();
            row[1] = d.date().toEpochDay();
            row[2 + column] = d.points();
            return row;
        }).collectList();
    }

    private static Summary summarise(LocalDate from, LocalDate to, List<List<long[]>> parts, Map<Long, String> names) {
        Map<String, Tally> cells = new TreeMap<>();
        for (List<long[]> part : parts) {
            for (long[] r : part) {
                Long outlet = r[0] < 0 ? null : r[0];
                Tally t = new Tally(outlet, outlet == null ? null : names.get(outlet), LocalDate.ofEpochDay(r[1]),
                        r[2], r[3], r[4], r[5]);
                cells.merge(r[1] + ":" + r[0], t, Tally::plus);
            }
        }
        List<Tally> rows = new ArrayList<>(cells.values());
        rows.sort(Comparator.comparing(Tally::date).thenComparing(t -> t.outletId() == null ? -1 : t.outletId()));
        Tally zero = new Tally(null, null, null, 0, 0, 0, 0);
        List<Tally> byOutlet = group(rows, t -> t.outletId() == null ? -1L : t.outletId(),
                t -> new Tally(t.outletId(), t.outletName(), null, 0, 0, 0, 0));
        List<Tally> byDay = group(rows, t -> t.date().toEpochDay(), t -> new Tally(null, null, t.date(), 0, 0, 0, 0));
        Tally total = rows.stream().reduce(zero, Tally::plus);
        return new Summary(from, to, rows, byOutlet, byDay, total);
    }

    private static List<Tally> group(List<Tally> rows, Function<Tally, Long> key, Function<Tally, Tally> empty) {
        Map<Long, Tally> grouped = new TreeMap<>();
        for (Tally t : rows) {
            grouped.merge(key.apply(t), empty.apply(t).plus(t), (a, b) -> a.plus(b));
        }
        return new ArrayList<>(grouped.values().stream().filter(Objects::nonNull).toList());
    }
}
