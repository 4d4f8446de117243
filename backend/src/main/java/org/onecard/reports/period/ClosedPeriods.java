package org.onecard.reports.period;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.ledger.ClosedMonths;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The closed months as the ledger asks for them on every posting: read from the database at most
 * every few seconds (another server's close or reopen is seen within that), and at once after a
 * close or reopen here.
 */
@Component
public class ClosedPeriods implements ClosedMonths {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Snapshot(Set<YearMonth> closed, long readAtNanos) {
    }

    private final PeriodStore store;
    private volatile Snapshot snapshot;

    public ClosedPeriods(PeriodStore store) {
        this.store = store;
    }

    @Override
    public Mono<Boolean> isClosed(LocalDate accountingDate) {
        YearMonth month = YearMonth.from(accountingDate);
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - s.readAtNanos() < FRESH_FOR.toNanos()) {
            return Mono.just(s.closed().contains(month));
        }
        return read().map(closed -> closed.contains(month));
    }

    /** Reads the closed months again; called after this server closed or reopened one. */
    Mono<Set<YearMonth>> read() {
        long at = System.nanoTime();
        return store.closedMonths().collect(Collectors.toUnmodifiableSet())
                .doOnNext(closed -> snapshot = new Snapshot(closed, at));
    }
}
