package org.onecard.points;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.points.domain.PointsRate;
import org.onecard.points.persistence.PointsStore;
import org.onecard.points.persistence.PointsStore.Redemption;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Spending points (at the counter or a POS terminal): one posting under the sender's key from the
 * person's points wallet to POINTS_ISSUED (POINTS_SPENT) and the redemption's row, in one
 * transaction. A void gives them back by a new REVERSAL posting, once: the row is marked in the
 * void's transaction, and a second void under another key rolls back (8026). Refusals book nothing;
 * a short wallet is 8022 ("51"), also when the ledger replays its remembered decline.
 */
@Service
public class PointsRedemptions {

    /** What a spend asks: {@code outletId} null at the counter; {@code terminalNo} null off a terminal. */
    public record Spend(String key, long personId, Long points, Long outletId, String terminalNo, Long operatorId,
                        String note) {
    }

    /** The answer: OK with the redemption (or its void's posting) and the wallet's balance after, or a refusal. */
    public record Result(ResultCode code, String detail, Redemption redemption, Long postingId, Long balanceAfter,
                         boolean replayed) {

        static Result refused(ResultCode code, String detail) {
            return new Result(code, detail, null, null, null, false);
        }
    }

    private static final class AlreadyVoided extends RuntimeException {
        AlreadyVoided() {
            super("already voided", null, false, false);
        }
    }

    private final Ledger ledger;
    private final PointsAccounts accounts;
    private final PointsStore store;

    PointsRedemptions(Ledger ledger, PointsAccounts accounts, PointsStore store) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.store = store;
    }

    public Mono<Result> spend(Spend s) {
        if (!PointsRate.validSpend(s.points())) {
            return refused(ResultCode.POINTS_AMOUNT_INVALID, "points must be 1 to " + PointsRate.MAX_SPEND);
        }
        Mono<Boolean> outletKnown = s.outletId() == null ? Mono.just(true) : store.outletExists(s.outletId());
        return Mono.zip(store.personExists(s.personId()), outletKnown).flatMap(known -> {
            if (!known.getT1()) {
                return refused(ResultCode.POINTS_PERSON_UNKNOWN, "No person " + s.personId());
            }
            if (!known.getT2()) {
                return refused(ResultCode.POINTS_OUTLET_UNKNOWN, "No outlet " + s.outletId());
            }
            return accounts.existingWallet(s.personId()).map(w -> w.id())
                    .flatMap(wallet -> accounts.issued().flatMap(issued -> book(s, wallet, issued)))
                    .switchIfEmpty(Mono.defer(() -> refused(ResultCode.POINTS_INSUFFICIENT, "The person has no points")));
        });
    }

    private Mono<Result> book(Spend s, long wallet, long issued) {
        String note = "points redemption person " + s.personId() + (s.outletId() != null ? " outlet " + s.outletId() : "")
                + (s.note() != null ? ": " + s.note() : "");
        PostingRequest posting = new PostingRequest(s.key(), List.of(new TransferLeg(wallet, issued, s.points(),
                TransferCode.POINTS_SPENT)), s.operatorId(), s.terminalNo(), null, null, false, note);
        return ledger.post(posting, posted -> store.insertRedemption(new Redemption(posted.postingId(), s.personId(),
                        s.outletId(), s.terminalNo(), s.points(), posted.accountingDate(), s.operatorId(), s.note(), null)))
                .flatMap(outcome -> answer(outcome, wallet));
    }

    /** The redemption booked as this posting, if any. */
    public Mono<Redemption> find(long postingId) {
        return store.redemption(postingId);
    }

    /** Gives the redemption's points back under {@code key}; a repeat of the key replays. */
    public Mono<Result> voidRedemption(String key, long redemptionId, Long operatorId, String terminalNo) {
        return store.redemption(redemptionId).flatMap(r -> accounts.issued().zipWith(accounts.wallet(r.personId()))
                        .flatMap(ids -> {
                            PostingRequest posting = new PostingRequest(key, List.of(new TransferLeg(ids.getT1(),
                                    ids.getT2(), r.points(), TransferCode.REVERSAL)), operatorId, terminalNo, null, null,
                                    false, "void of points redemption " + redemptionId);
                            return ledger.post(posting, posted -> store.markVoided(redemptionId, posted.postingId())
                                            .flatMap(done -> done ? Mono.just(true) : Mono.error(new AlreadyVoided())))
                                    .flatMap(outcome -> answer(outcome, ids.getT2()))
                                    .onErrorResume(AlreadyVoided.class, e -> refused(ResultCode.POINTS_REDEMPTION_VOIDED,
                                            "Redemption " + redemptionId + " was voided already"));
                        }))
                .switchIfEmpty(Mono.defer(() -> refused(ResultCode.POINTS_REDEMPTION_NOT_FOUND,
                        "No points redemption " + redemptionId)));
    }

    private Mono<Result> answer(PostingOutcome outcome, long wallet) {
        if (outcome instanceof Declined d) {
            return d.reason() == ResultCode.INSUFFICIENT_FUNDS
                    ? refused(ResultCode.POINTS_INSUFFICIENT, "Not enough points") : refused(d.reason(), d.detail());
        }
        Posted p = (Posted) outcome;
        Long after = p.walletBalancesAfter().get(wallet);
        return store.redemption(p.postingId()).defaultIfEmpty(NONE)
                .map(r -> new Result(ResultCode.OK, null, r == NONE ? null : r, p.postingId(), after, p.replayed()));
    }

    private static final Redemption NONE = new Redemption(0, 0, null, null, 0, null, null, null, null);

    private static Mono<Result> refused(ResultCode code, String detail) {
        return Mono.just(Result.refused(code, detail));
    }
}
