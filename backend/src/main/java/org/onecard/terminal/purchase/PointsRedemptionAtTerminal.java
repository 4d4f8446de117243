package org.onecard.terminal.purchase;

import java.util.Optional;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Ascii;
import org.onecard.common.time.BusinessClock;
import org.onecard.points.PointsRedemptions;
import org.onecard.points.PointsRedemptions.Result;
import org.onecard.points.PointsRedemptions.Spend;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0200 processing code 450000: the cardholder spends points (积分兑换), field 4 = the points, under
 * the purchase's key {@code term:<41>:<11>:<date>} ({@link PointsRedemptions}: a repeat replays,
 * other content under the key is "94", too few points "51" 8022 and nothing moves; a grey card "62" 8044). Reply: 4 the
 * points, 37/38 the posting, 54 one entry, account type {@code 30} (points) with the balance after.
 * See openapi/terminal-protocol.md §2.2.3.
 */
@Component
class PointsRedemptionAtTerminal {

    static final String PROCESSING = "450000";
    /** Field 54 account type of the points wallet. */
    static final String POINTS = "30";

    private final TerminalCards cards;
    private final PointsRedemptions redemptions;
    private final BusinessClock clock;

    PointsRedemptionAtTerminal(TerminalCards cards, PointsRedemptions redemptions, BusinessClock clock) {
        this.cards = cards;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    Mono<IsoMessage> answer(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        Optional<PurchaseRequest> parsed = request.has(4) && !request.has(PurchaseRequest.SCANNED)
                ? PurchaseRequest.parse(request, auth.code(), clock.accountingDate(clock.now()), clock.zone())
                : Optional.empty();
        if (parsed.isEmpty()) {
            return Mono.just(Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        PurchaseRequest act = parsed.get();
        if (!act.outletIs(auth.outletId())) {
            return Mono.just(Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        return cards.card(act.credential()).flatMap(found -> {
            if (found instanceof Outcome.Refused<CardRecord> no) {
                return Mono.just(refused(no.code()));
            }
            CardRecord card = ((Outcome.Done<CardRecord>) found).value();
            if (Lifecycle.acceptsMoney(card.state(), clock.accountingDate(clock.now())) instanceof Transition.Refused no) {
                return Mono.just(refused(no.code()));
            }
            if (card.greyLockId() != null) {
                return Mono.just(refused(ResultCode.FUEL_CARD_GREY));
            }
            return redemptions.spend(new Spend(act.key(), card.personId(), act.amountFen(), auth.outletId(), auth.code(),
                    session.operatorId(), null));
        }).map(result -> reply(request, result));
    }

    private static Result refused(ResultCode code) {
        return new Result(code, null, null, null, null, false);
    }

    /** A purchase's 0210 (4 = the points), and on approval 54 = the points balance after. */
    private static IsoMessage reply(IsoMessage request, Result result) {
        if (result.code() != ResultCode.OK) {
            return PurchaseReplies.of(request, Answer.refused(result.code()));
        }
        long points = Long.parseLong(request.text(4));
        long after = result.balanceAfter() == null ? 0 : result.balanceAfter();
        return PurchaseReplies.of(request, new Answer(ResultCode.OK, result.postingId(), points, null, null)).toBuilder()
                .set(54, POINTS + "02000C" + Ascii.zeroPadded(after, 12)).build();
    }
}
