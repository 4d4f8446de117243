package org.onecard.subsidy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.subsidy.SubsidyBooking.Accounts;
import org.onecard.subsidy.SubsidyBooking.Expect;
import org.onecard.subsidy.SubsidyBooking.Raced;
import org.onecard.subsidy.domain.SubsidyMode;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.onecard.subsidy.persistence.SubsidyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Claims distributed subsidies into the subsidy wallet of a person who holds a usable card.
 * Cumulative (累加) adds the amount; reset (清零) clears the wallet (booked as subsidy cleared)
 * and grants the amount, in one posting that must leave the wallet holding exactly that amount.
 */
@Service
public class SubsidyClaims {

    private static final Logger log = LoggerFactory.getLogger(SubsidyClaims.class);
    /** Put a limit on everything: one sweep claims for at most this many people. */
    static final int MAX_PEOPLE_PER_SWEEP = 500;
    /** A reset races with spending from the wallet; it tries again with the new balance this often. */
    static final int RESET_ATTEMPTS = 3;

    private final SubsidyStore store;
    private final SubsidyBooking booking;

    SubsidyClaims(SubsidyStore store, SubsidyBooking booking) {
        this.store = store;
        this.booking = booking;
    }

    /**
     * Claims every distributed subsidy of the person, oldest first, when they hold a usable card;
     * an expired one is closed instead. Returns how many were claimed now. Safe to run twice.
     */
    public Mono<Long> claimPending(long personId) {
        return store.hasUsableCard(personId).flatMap(usable -> !usable ? Mono.just(0L)
                : store.ofPerson(personId, SubsidyStatus.DISTRIBUTED).concatMap(this::claim)
                        .filter(Boolean::booleanValue).count());
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    void sweep() {
        Long claimed = store.peopleWithClaimable(MAX_PEOPLE_PER_SWEEP).concatMap(this::claimPending)
                .reduce(0L, Long::sum).block(Duration.ofMinutes(5));
        if (claimed != null && claimed > 0) {
            log.info("Claimed {} distributed subsidies into wallets", claimed);
        }
    }

    private Mono<Boolean> claim(SubsidyRecord subsidy) {
        Instant now = booking.clock().now();
        if (subsidy.expiredOn(booking.clock().accountingDate(now))) {
            return store.close(subsidy.id(), SubsidyStatus.DISTRIBUTED, SubsidyStatus.EXPIRED, now, null, 0L)
                    .thenReturn(false);
        }
        return booking.accountsOf(subsidy.personId()).flatMap(accounts -> subsidy.mode() == SubsidyMode.RESET
                ? reset(subsidy, accounts, RESET_ATTEMPTS)
                : grant(subsidy, accounts));
    }

    private Mono<Boolean> grant(SubsidyRecord subsidy, Accounts a) {
        TransferLeg leg = new TransferLeg(a.fund(), a.wallet(), subsidy.amountFen(), TransferCode.SUBSIDY_GRANT);
        return booking.book("subsidy-claim:" + subsidy.id(), null, "subsidy " + subsidy.id(), List.of(leg),
                        postingId -> store.markClaimed(subsidy.id(), postingId, booking.clock().now()), subsidy.id())
                .map(SubsidyClaims::booked).defaultIfEmpty(false);
    }

    /** The key holds the balance cleared, so a retry after the balance changed is a new request. */
    private Mono<Boolean> reset(SubsidyRecord subsidy, Accounts a, int attemptsLeft) {
        return booking.walletBalance(a.wallet()).flatMap(balance -> {
            List<TransferLeg> legs = new ArrayList<>();
            if (balance > 0) {
                legs.add(new TransferLeg(a.wallet(), a.fund(), balance, TransferCode.SUBSIDY_CLEARED));
            }
            legs.add(new TransferLeg(a.fund(), a.wallet(), subsidy.amountFen(), TransferCode.SUBSIDY_GRANT));
            return booking.book("subsidy-claim:" + subsidy.id() + ":" + balance, null,
                            "subsidy " + subsidy.id() + " (reset)", legs,
                            postingId -> store.markClaimed(subsidy.id(), postingId, booking.clock().now())
                                    .flatMap(claimed -> claimed
                                            ? store.supersedeClaimed(subsidy.personId(), subsidy.id(),
                                                    booking.clock().now()).thenReturn(true)
                                            : Mono.just(false)), subsidy.id(),
                            // a debt (offline overdraft) is not cleared by a reset: it stays against the new amount
                            new Expect(a.wallet(), Math.min(balance, 0) + subsidy.amountFen()))
                    .map(SubsidyClaims::booked)
                    .defaultIfEmpty(false)
                    .onErrorResume(Raced.class, e -> attemptsLeft > 1
                            ? reset(subsidy, a, attemptsLeft - 1) : Mono.just(false));
        });
    }

    private static boolean booked(PostingOutcome outcome) {
        return outcome instanceof Posted posted && !posted.replayed();
    }
}
