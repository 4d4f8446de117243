package org.onecard.subsidy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.subsidy.SubsidyBooking.Expect;
import org.onecard.subsidy.SubsidyBooking.Raced;
import org.onecard.subsidy.domain.ExpiryShare;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Closes subsidies past their last valid day. What is left of a claimed one goes back to the
 * subsidy fund, booked as SUBSIDY_CLEARED ("subsidy cleared" in the monthly statement); an
 * unclaimed one simply expires. Each subsidy is closed once however often this runs.
 */
@Service
public class SubsidyExpiry {

    private static final Logger log = LoggerFactory.getLogger(SubsidyExpiry.class);
    /** Put a limit on everything: one run closes at most this many subsidies. */
    static final int MAX_PER_RUN = 2_000;

    private final SubsidyStore store;
    private final SubsidyBooking booking;

    SubsidyExpiry(SubsidyStore store, SubsidyBooking booking) {
        this.store = store;
        this.booking = booking;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT30M")
    void expireNow() {
        Long closed = expireDue(booking.clock().accountingDate(booking.clock().now())).block(Duration.ofMinutes(10));
        if (closed != null && closed > 0) {
            log.info("Closed {} expired subsidies", closed);
        }
    }

    /** Closes every subsidy whose last valid day is before {@code today}; returns how many. */
    public Mono<Long> expireDue(LocalDate today) {
        return store.dueForExpiry(today, MAX_PER_RUN).concatMap(this::expire).filter(Boolean::booleanValue).count();
    }

    private Mono<Boolean> expire(SubsidyRecord subsidy) {
        Instant now = booking.clock().now();
        if (subsidy.status() == SubsidyStatus.DISTRIBUTED) {
            return store.close(subsidy.id(), SubsidyStatus.DISTRIBUTED, SubsidyStatus.EXPIRED, now, null, 0L);
        }
        return booking.accountsOf(subsidy.personId()).flatMap(a -> Mono.zip(booking.walletBalance(a.wallet()),
                        store.ofPerson(subsidy.personId(), SubsidyStatus.CLAIMED).collectList())
                .flatMap(t -> {
                    long balance = t.getT1();
                    long left = ExpiryShare.remaining(subsidy, balance, t.getT2());
                    if (left == 0) {
                        return store.close(subsidy.id(), SubsidyStatus.CLAIMED, SubsidyStatus.EXPIRED, now, null, 0L);
                    }
                    TransferLeg leg = new TransferLeg(a.wallet(), a.fund(), left, TransferCode.SUBSIDY_CLEARED);
                    return booking.book("subsidy-expire:" + subsidy.id() + ":" + balance, null,
                                    "subsidy " + subsidy.id() + " expired", List.of(leg),
                                    postingId -> store.close(subsidy.id(), SubsidyStatus.CLAIMED,
                                            SubsidyStatus.EXPIRED, now, postingId, left),
                                    subsidy.id(), new Expect(a.wallet(), balance - left))
                            .map(outcome -> outcome instanceof Posted posted && !posted.replayed())
                            .defaultIfEmpty(false)
                            .onErrorResume(Raced.class, e -> Mono.just(false));
                }));
    }
}
