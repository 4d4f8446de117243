package org.onecard.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Server time. Instants are stored in UTC; the accounting date is the calendar day in the
 * configured business zone.
 */
@Component
public class BusinessClock {

    private final Clock clock;
    private final ZoneId zone;

    public BusinessClock(Clock clock, CoreProperties properties) {
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate accountingDate(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
