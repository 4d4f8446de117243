package org.onecard.reports.statement;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.reports.statement.StatementStore.Key;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The monthly statement (月结账单, DOMAIN §5): per cardholder and in total, opening (the previous
 * month's stored closing when that month is closed, else everything booked before) + income - expense
 * = closing, beside what the wallets stored at the month's end. The sums come from SQL aggregation
 * over the ledger by accounting date; Java only folds a few rows per wallet into columns.
 */
@Service
public class MonthlyStatements {

    public static final int MAX_PAGE_SIZE = 500;

    /** One cardholder's line. */
    public record Line(Cardholder holder, StatementLine figures) {
    }

    /** A page of lines and the totals over every cardholder in scope. */
    public record Page(YearMonth month, boolean closed, boolean openingFromClosedMonth, List<Line> items,
                       StatementLine totals, int page, int size, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    private static final StatementLine EMPTY = new StatementLine(0, Map.of(), 0);

    private final StatementStore store;

    public MonthlyStatements(StatementStore store) {
        this.store = store;
    }

    /** {@code size} above {@link #MAX_PAGE_SIZE} gives that many. */
    public Mono<Page> page(YearMonth month, StatementScope scope, int page, int size) {
        int capped = Math.min(size, MAX_PAGE_SIZE);
        return Mono.zip(store.isClosed(month), store.isClosed(month.minusMonths(1))).flatMap(closed -> {
            boolean fromClosing = closed.getT2();
            Mono<List<Line>> lines = store.holders(scope, (long) page * capped, capped).collectList()
                    .flatMap(holders -> holders.isEmpty() ? Mono.just(List.<Line>of())
                            : lines(holders, figures(Key.PERSON,
                                    scope.onlyPeople(holders.stream().map(Cardholder::personId).toList()),
                                    month, fromClosing)));
            Mono<StatementLine> totals = figures(Key.ALL, scope, month, fromClosing)
                    .map(all -> all.getOrDefault(0L, EMPTY));
            return Mono.zip(lines, totals, store.countHolders(scope))
                    .map(t -> new Page(month, closed.getT1(), fromClosing, t.getT1(), t.getT2(), page, capped,
                            t.getT3()));
        });
    }

    /**
     * Every cardholder in scope in one go (an export, a printed statement): one aggregation per side over
     * the whole scope, and the totals as the sum of the lines, so they cannot disagree.
     */
    public Mono<Page> whole(YearMonth month, StatementScope scope) {
        return Mono.zip(store.isClosed(month), store.isClosed(month.minusMonths(1))).flatMap(closed -> store
                .holders(scope, 0, Integer.MAX_VALUE).collectList()
                .flatMap(holders -> lines(holders, figures(Key.PERSON, scope, month, closed.getT2())))
                .map(lines -> new Page(month, closed.getT1(), closed.getT2(), lines,
                        sum(lines.stream().map(Line::figures).toList()), 0, lines.size(), lines.size())));
    }

    static StatementLine sum(List<StatementLine> lines) {
        long opening = 0;
        long actual = 0;
        Map<StatementColumn, Long> columns = new EnumMap<>(StatementColumn.class);
        for (StatementLine line : lines) {
            opening = Math.addExact(opening, line.openingFen());
            actual = Math.addExact(actual, line.actualFen());
            line.columns().forEach((column, fen) -> columns.merge(column, fen, Math::addExact));
        }
        return new StatementLine(opening, columns, actual);
    }

    private static Mono<List<Line>> lines(List<Cardholder> holders, Mono<Map<Long, StatementLine>> figures) {
        return figures.map(byPerson -> holders.stream()
                .map(h -> new Line(h, byPerson.getOrDefault(h.personId(), EMPTY))).toList());
    }

    /**
     * The statement lines of {@code month} by key (person, wallet account, or 0 for all);
     * {@code openingFromClosing}: the previous month is closed, so its stored closing is the opening.
     */
    public Mono<Map<Long, StatementLine>> figures(Key key, StatementScope scope, YearMonth month,
                                                  boolean openingFromClosing) {
        Mono<Map<Long, Long>> openings = openingFromClosing
                ? store.storedClosings(key, scope, month.minusMonths(1)) : Mono.just(Map.of());
        return Mono.zip(store.movements(key, scope, month, openingFromClosing).collect(Collectors.groupingBy(Movement::key)),
                        store.balances(key, scope), openings)
                .map(t -> {
                    Map<Long, List<Movement>> movements = t.getT1();
                    Set<Long> keys = new HashSet<>(movements.keySet());
                    keys.addAll(t.getT2().keySet());
                    keys.addAll(t.getT3().keySet());
                    Map<Long, StatementLine> lines = new LinkedHashMap<>();
                    for (Long k : keys) {
                        lines.put(k, StatementLines.line(movements.getOrDefault(k, List.of()),
                                t.getT2().getOrDefault(k, 0L),
                                openingFromClosing ? t.getT3().getOrDefault(k, 0L) : null));
                    }
                    return lines;
                });
    }
}
