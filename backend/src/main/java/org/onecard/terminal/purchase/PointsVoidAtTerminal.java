package org.onecard.terminal.purchase;

import org.onecard.cards.domain.CardRecord;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.points.PointsRedemptions;
import org.onecard.points.persistence.PointsStore.Redemption;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A void (200000) whose field 37 names a points redemption (450000) rather than a sale: the same
 * checks as a sale's (this terminal's, this card's, today's, field 4 = the points), then the points
 * are given back under the void's key, once ({@link PointsRedemptions#voidRedemption}; 8026 after).
 * The 0210 carries 4 = the points and 37/38 the giving-back posting, no field 54.
 */
@Component
class PointsVoidAtTerminal {

    private final PointsRedemptions redemptions;
    private final BusinessClock clock;

    PointsVoidAtTerminal(PointsRedemptions redemptions, BusinessClock clock) {
        this.redemptions = redemptions;
        this.clock = clock;
    }

    /** The void of redemption {@code postingId}; 5134 when it is no redemption of this terminal and card. */
    Mono<Answer> voidAt(long postingId, CardRecord card, PurchaseRequest act, TerminalAuth auth) {
        return redemptions.find(postingId)
                .filter(r -> auth.code().equals(r.terminalNo()) && r.personId() == card.personId())
                .flatMap(r -> voidable(r, act, auth))
                .defaultIfEmpty(Answer.refused(ResultCode.SALE_NOT_FOUND));
    }

    private Mono<Answer> voidable(Redemption r, PurchaseRequest act, TerminalAuth auth) {
        if (!r.accountingDate().equals(clock.accountingDate(clock.now()))) {
            return Mono.just(Answer.refused(ResultCode.VOID_NOT_SAME_DAY));
        }
        if (r.points() != act.amountFen()) {
            return Mono.just(Answer.refused(ResultCode.VOID_AMOUNT_MISMATCH));
        }
        return redemptions.voidRedemption(act.key(), r.postingId(), null, auth.code())
                .map(result -> result.code() == ResultCode.OK
                        ? new Answer(ResultCode.OK, result.postingId(), r.points(), null, null)
                        : Answer.refused(result.code()));
    }
}
