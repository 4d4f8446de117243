package org.onecard.terminal.purchase;

import java.util.ArrayList;
import java.util.List;
import org.onecard.cards.CardReads;
import org.onecard.cards.promotion.RechargePromotions;
import org.onecard.common.error.ResultCode;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.recharge.RechargeStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The reversal (0400, §2.9) of a recharge or cash-out booked at a terminal: one REVERSAL posting
 * under {@code rev:} + the original's key that sends back every transfer of the original and of the
 * bonus booked with it (the cash wallet gives back amount + bonus to the drawer and the promotion
 * account; a cash-out's cash goes back onto the card), and the row marked reversed, in one
 * transaction. When the wallet no longer holds what a recharge put on it (the money was spent), the
 * ledger declines, and that decline is kept under the reversal's key: every repeat gets
 * {@link ResultCode#RECHARGE_SPENT} ("51") and nothing moves — the recharge stands, the cash is in
 * the drawer, and the card centre settles it with the cardholder (a refund or an adjustment).
 * Empty when the original's key holds no booking (the caller leaves a tombstone).
 */
@Component
class RechargeReversal {

    private final Ledger ledger;
    private final RechargeStore store;
    private final CardReads cards;
    private final PurchaseFacts facts;

    RechargeReversal(Ledger ledger, RechargeStore store, CardReads cards, PurchaseFacts facts) {
        this.ledger = ledger;
        this.store = store;
        this.cards = cards;
        this.facts = facts;
    }

    Mono<Answer> reverse(ReversalRequest request, TerminalAuth auth) {
        return ledger.firstAnswer(request.original().key()).flatMap(first -> first instanceof Posted original
                ? store.byPosting(original.postingId()).flatMap(row -> bonus(row)
                        .flatMap(bonusTransfers -> sendBack(request, auth, original, bonusTransfers, row)))
                : Mono.just(Answer.refused(ResultCode.OK)));
    }

    private Mono<List<PostingOutcome.PostedTransfer>> bonus(RechargeStore.Row row) {
        return row.bonusPostingId() == null ? Mono.just(List.of())
                : ledger.firstAnswer(RechargePromotions.key(row.key())).cast(Posted.class).map(Posted::transfers)
                        .defaultIfEmpty(List.of());
    }

    private Mono<Answer> sendBack(ReversalRequest request, TerminalAuth auth, Posted original,
                                  List<PostingOutcome.PostedTransfer> bonus, RechargeStore.Row row) {
        List<TransferLeg> legs = new ArrayList<>();
        original.transfers().forEach(t -> legs.add(t.reversal()));
        bonus.forEach(t -> legs.add(t.reversal()));
        PostingRequest posting = new PostingRequest(request.key(), legs, row.operatorId(), auth.code(), null, null,
                false, "reversal of " + row.kind().name().toLowerCase() + " " + original.postingId());
        return ledger.post(posting, posted -> store.markReversed(row.id(), posted.postingId(), posted.accountingDate())
                        .flatMap(marked -> marked ? Mono.empty()
                                : Mono.error(new IllegalStateException("recharge " + row.id() + " reversed twice"))))
                .flatMap(outcome -> {
                    if (outcome instanceof Declined d) {
                        return Mono.just(Answer.refused(d.reason() == ResultCode.INSUFFICIENT_FUNDS
                                ? ResultCode.RECHARGE_SPENT : d.reason()));
                    }
                    long postingId = ((Posted) outcome).postingId();
                    return cards.record(row.cardId()).flatMap(card -> facts.wallets(card.personId()))
                            .map(w -> new Answer(ResultCode.OK, postingId, row.amountFen(), w.cash().balance(),
                                    w.subsidy().balance()));
                });
    }
}
