package org.onecard.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.ledger.persistence.HistoryStore;
import org.onecard.ledger.persistence.HistoryStore.Line;
import org.onecard.points.persistence.PointsStore;
import org.onecard.points.persistence.PointsStore.DayPoints;
import org.onecard.reports.summary.ReportRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A person's points (balance and history from the ledger) and the points summary by outlet and day. */
@Service
public class PointsReports {

    /** A person's points: balance now, one page of movements (newest first) and how many there are. */
    public record PersonPoints(long personId, long balance, List<Line> history, long total) {
    }

    /** Points at one outlet (null: the counter) on one day, or a total over some of them. */
    public record PointsTally(Long outletId, String outletName, LocalDate date, long earned, long earnedVoided, long spent,
                        long spentVoided) {

        PointsTally plus(PointsTally o) {
            return new PointsTally(outletId, outletName, date, earned + o.earned, earnedVoided + o.earnedVoided,
                    spent + o.spent, spentVoided + o.spentVoided);
        }
    }

    public record PointsSummary(LocalDate from, LocalDate to, List<PointsTally> rows, List<PointsTally> byOutlet, List<PointsTally> byDay,
                          PointsTally total) {
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

    public Mono<PointsSummary> summary(LocalDate from, LocalDate to) {
        // the reports' range rule, under the points' own code
        if (ReportRange.of(from, to) instanceof Outcome.Refused<ReportRange> refused) {
            return Mono.error(new ApiException(ResultCode.POINTS_PERIOD_INVALID, refused.detail()));
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

    private static PointsSummary summarise(LocalDate from, LocalDate to, List<List<long[]>> parts, Map<Long, String> names) {
        Map<String, PointsTally> cells = new TreeMap<>();
        for (List<long[]> part : parts) {
            for (long[] r : part) {
                Long outlet = r[0] < 0 ? null : r[0];
                PointsTally t = new PointsTally(outlet, outlet == null ? null : names.get(outlet), LocalDate.ofEpochDay(r[1]),
                        r[2], r[3], r[4], r[5]);
                cells.merge(r[1] + ":" + r[0], t, PointsTally::plus);
            }
        }
        List<PointsTally> rows = new ArrayList<>(cells.values());
        rows.sort(Comparator.comparing(PointsTally::date).thenComparing(t -> t.outletId() == null ? -1 : t.outletId()));
        PointsTally zero = new PointsTally(null, null, null, 0, 0, 0, 0);
        List<PointsTally> byOutlet = group(rows, t -> t.outletId() == null ? -1L : t.outletId(),
                t -> new PointsTally(t.outletId(), t.outletName(), null, 0, 0, 0, 0));
        List<PointsTally> byDay = group(rows, t -> t.date().toEpochDay(), t -> new PointsTally(null, null, t.date(), 0, 0, 0, 0));
        PointsTally total = rows.stream().reduce(zero, PointsTally::plus);
        return new PointsSummary(from, to, rows, byOutlet, byDay, total);
    }

    private static List<PointsTally> group(List<PointsTally> rows, Function<PointsTally, Long> key, Function<PointsTally, PointsTally> empty) {
        Map<Long, PointsTally> grouped = new TreeMap<>();
        for (PointsTally t : rows) {
            grouped.merge(key.apply(t), empty.apply(t).plus(t), (a, b) -> a.plus(b));
        }
        return new ArrayList<>(grouped.values().stream().filter(Objects::nonNull).toList());
    }
}
