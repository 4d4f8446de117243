package org.onecard.shift.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.ReportRange;
import org.onecard.shift.domain.NozzleShift;
import org.onecard.shift.persistence.ShiftStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The shift report (班报, DOMAIN §5): per shift and nozzle of one station, the shifts started in a
 * range of days (7020) of an outlet in the user's scope (7021): start and end totals, what the
 * totaliser dispensed, the card sales booked meanwhile ({@link CardSales}) and the difference, which
 * the shift must account for in cash or other means.
 */
@Service
public class ShiftReports {

    /** Rows a report holds at most; a station has a few nozzles and three shifts a day. */
    public static final int MAX_SHIFTS = 5_000;

    /** One shift's line; the money fields are null while the shift is open or the sales unknown. */
    public record Line(NozzleShift shift, Long cardSalesFen, Long cardSalesVolume, Long differenceFen) {
    }

    public record Report(ReportRange range, long outletId, List<Line> lines, long dispensedVolume,
                         long dispensedAmountFen, long cardSalesFen, long differenceFen) {
    }

    private final ShiftStore shifts;
    private final CardSales sales;
    private final BusinessClock clock;

    ShiftReports(ShiftStore shifts, CardSales sales, BusinessClock clock) {
        this.shifts = shifts;
        this.sales = sales;
        this.clock = clock;
    }

    public Mono<Outcome<Report>> of(long outletId, LocalDate from, LocalDate to,
                                    CurrentUser user) {
        return Flows.then(OutletChoice.of(List.of(outletId), user), scope -> Flows.then(ReportRange.of(from, to),
                range -> {
                    Instant now = clock.now();
                    Instant start = range.from().atStartOfDay(clock.zone()).toInstant();
                    Instant end = range.to().plusDays(1).atStartOfDay(clock.zone()).toInstant();
                    return shifts.startedAt(outletId, start, end, MAX_SHIFTS).collectList()
                            .flatMap(list -> sales.of(list, now).map(byShift -> Outcome.done(report(range, outletId,
                                    list, byShift))));
                }));
    }

    private static Report report(ReportRange range, long outletId, List<NozzleShift> list,
                                 Map<Long, CardSales.Sales> byShift) {
        List<Line> lines = list.stream().map(s -> line(s, byShift.get(s.id()))).toList();
        return new Report(range, outletId, lines,
                sum(lines.stream().map(l -> l.shift().dispensedVolume()).toList()),
                sum(lines.stream().map(l -> l.shift().dispensedAmountFen()).toList()),
                sum(lines.stream().map(Line::cardSalesFen).toList()),
                sum(lines.stream().map(Line::differenceFen).toList()));
    }

    private static Line line(NozzleShift s, CardSales.Sales sales) {
        Long fen = sales == null ? null : sales.amountFen();
        Long dispensed = s.dispensedAmountFen();
        return new Line(s, fen, sales == null ? null : sales.volume(),
                dispensed == null || fen == null ? null : Math.subtractExact(dispensed, fen));
    }

    private static long sum(List<Long> values) {
        return values.stream().filter(Objects::nonNull).mapToLong(Long::longValue).reduce(0, Math::addExact);
    }
}
