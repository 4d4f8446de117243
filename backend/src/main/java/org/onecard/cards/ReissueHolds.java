package org.onecard.cards;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Balances held after a reissue, released to the wallets once the grey-record waiting days
 * have passed. Release is keyed per card, so running it twice (two instances, a restart)
 * moves the money once.
 */
@Service
public class ReissueHolds {

    private static final Logger log = LoggerFactory.getLogger(ReissueHolds.class);
    /** Put a limit on everything: one run releases at most this many holds. */
    static final int MAX_PER_RUN = 500;

    record Hold(long newCardId, long personId, long cashFen, long subsidyFen) {
    }

    private final DatabaseClient db;
    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final BusinessClock clock;

    ReissueHolds(DatabaseClient db, Ledger ledger, StandardAccounts accounts, BusinessClock clock) {
        this.db = db;
        this.ledger = ledger;
        this.accounts = accounts;
        this.clock = clock;
    }

    Mono<Void> hold(long newCardId, long personId, long cashFen, long subsidyFen, LocalDate releaseOn) {
        return db.sql("INSERT INTO reissue_hold (new_card_id, person_id, cash_fen, subsidy_fen, release_on, released)"
                        + " VALUES (:card, :person, :cash, :subsidy, :releaseOn, :released)")
                .bind("card", newCardId).bind("person", personId).bind("cash", cashFen).bind("subsidy", subsidyFen)
                .bind("releaseOn", releaseOn).bind("released", false).then();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    void releaseDueNow() {
        Long released = releaseDue(clock.accountingDate(clock.now())).block(Duration.ofMinutes(5));
        if (released != null && released > 0) {
            log.info("Released {} reissued cards' held balances", released);
        }
    }

    /** Releases every hold due on or before {@code today}; returns how many were released. */
    public Mono<Long> releaseDue(LocalDate today) {
        return db.sql("SELECT new_card_id, person_id, cash_fen, subsidy_fen FROM reissue_hold"
                        + " WHERE released = :no AND release_on <= :today ORDER BY new_card_id")
                .bind("no", false).bind("today", today)
                .map(row -> new Hold(row.get("new_card_id", Long.class), row.get("person_id", Long.class),
                        row.get("cash_fen", Long.class), row.get("subsidy_fen", Long.class)))
                .all().take(MAX_PER_RUN)
                .concatMap(this::release)
                .count();
    }

    private Mono<PostingOutcome> release(Hold hold) {
        return Mono.zip(accounts.reissueHold(), accounts.cashWallet(hold.personId()),
                        accounts.subsidyWallet(hold.personId()))
                .flatMap(a -> {
                    List<TransferLeg> legs = new ArrayList<>();
                    if (hold.cashFen() > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT2(), hold.cashFen(), TransferCode.REISSUE_TRANSFER));
                    }
                    if (hold.subsidyFen() > 0) {
                        legs.add(new TransferLeg(a.getT1(), a.getT3(), hold.subsidyFen(),
                                TransferCode.REISSUE_TRANSFER));
                    }
                    PostingRequest request = new PostingRequest("reissue-release:" + hold.newCardId(), legs, null,
                            null, null, null, false, "reissue balance released");
                    return ledger.post(request, posted -> markReleased(hold.newCardId()));
                });
    }

    private Mono<Void> markReleased(long newCardId) {
        return db.sql("UPDATE reissue_hold SET released = :yes WHERE new_card_id = :card AND released = :no")
                .bind("yes", true).bind("no", false).bind("card", newCardId)
                .fetch().rowsUpdated()
                .flatMap(n -> n == 1 ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("Hold of card " + newCardId + " was already released")));
    }
}
