package org.onecard.reports.period;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.common.cache.ShortLived;
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

    private final ShortLived<Boolean, Set<YearMonth>> closed;

    public ClosedPeriods(PeriodStore store) {
        // one load shared by the postings that find the months expired, not one read each
        this.closed = new ShortLived<>(any -> store.closedMonths().collect(Collectors.toUnmodifiableSet()), FRESH_FOR);
    }

    @Override
    public Mono<Boolean> isClosed(LocalDate accountingDate) {
        YearMonth month = YearMonth.from(accountingDate);
        return closed.get(Boolean.TRUE).map(months -> months.contains(month));
    }

    /** Reads the closed months again; called after this server closed or reopened one. */
    Mono<Set<YearMonth>> read() {
        closed.invalidate();
        return closed.get(Boolean.TRUE);
    }
}
