package org.onecard.terminal.purchase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.error.ResultCode;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingOutcome.PostedTransfer;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.Decision.Approved;
import org.onecard.terminal.purchase.PurchaseFacts.Gathered;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Books an approved purchase (wallet legs to the outlet's revenue, code CONSUMPTION, and the
 * ONLINE consumption row in the same transaction) and answers a key seen before from the record:
 * the same request gets the first answer, another request under the key gets 1007 ("94"). A
 * charge of 0 is a ledger record without transfers ({@link Ledger#record}) with its consumption
 * row of 0 fen, which the count limits count.
 */
@Component
class PurchaseBooking {

    /** What a 0210 reports; postingId and balances are null unless approved. */
    record Answer(ResultCode code, Long postingId, long chargedFen, Long cashAfterFen, Long subsidyAfterFen) {

        static Answer refused(ResultCode code) {
            return new Answer(code, null, 0, null, null);
        }
    }

    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final ConsumptionStore consumptions;
    private final PurchaseFacts facts;

    PurchaseBooking(Ledger ledger, StandardAccounts accounts, ConsumptionStore consumptions, PurchaseFacts facts) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.consumptions = consumptions;
        this.facts = facts;
    }

    /** The first answer to the request's key, or empty when the key is new. */
    Mono<Answer> replay(PurchaseRequest request, TerminalAuth auth) {
        return ledger.firstAnswer(request.key()).flatMap(first -> answer(first, request, auth));
    }

    /**
     * {@code claimKey} runs in the posting's transaction before anything else is written;
     * {@code terminalOperatorId} is the operator signed on at the terminal (null: none).
     */
    Mono<Answer> book(PurchaseRequest request, TerminalAuth auth, CardRecord card, Gathered g, Approved a,
                      Mono<Void> claimKey, Long terminalOperatorId) {
        WalletSplit split = a.split();
        return accounts.outletRevenue(auth.outletId()).flatMap(revenue -> {
            List<TransferLeg> legs = new ArrayList<>();
            if (split.fromCashFen() > 0) {
                legs.add(new TransferLeg(g.cashWallet(), revenue, split.fromCashFen(), TransferCode.CONSUMPTION));
            }
            if (split.fromSubsidyFen() > 0) {
                legs.add(new TransferLeg(g.subsidyWallet(), revenue, split.fromSubsidyFen(), TransferCode.CONSUMPTION));
            }
            String note = note(request);
            PostingRequest posting = new PostingRequest(request.key(), legs, null, auth.code(), request.occurredAt(),
                    null, false, note);
            Function<Posted, Mono<?>> rows = posted -> claimKey.then(consumptions.insert(new ConsumptionRecord(
                    posted.postingId(), g.personId(), card.id(), auth.outletId(), auth.code(), ConsumptionKind.ONLINE,
                    a.chargedFen(), split.fromCashFen(), split.fromSubsidyFen(), a.order(), request.occurredAt(),
                    posted.accountingDate(), a.mealPeriodId(), null, note, null, null, null, terminalOperatorId)));
            // a charge of 0 (count-only, or discounted to nothing) moves no money but is a use all the same
            return (legs.isEmpty() ? ledger.record(posting, rows) : ledger.post(posting, rows))
                    .flatMap(outcome -> outcome instanceof Posted p && !p.replayed() ? Mono.just(fresh(p, a, g))
                            : answer(outcome, request, auth));
        });
    }

    /** A booking just made: balances after from its transfers, a wallet it did not move as read for the decision. */
    private static Answer fresh(Posted posted, Approved a, Gathered g) {
        return new Answer(ResultCode.OK, posted.postingId(), a.chargedFen(),
                after(posted, g.cashWallet(), g.request().balances().cashFen()),
                after(posted, g.subsidyWallet(), g.request().balances().subsidyFen()));
    }

    private Mono<Answer> answer(PostingOutcome outcome, PurchaseRequest request, TerminalAuth auth) {
        if (outcome instanceof Declined d) {
            return Mono.just(Answer.refused(d.reason()));
        }
        Posted posted = (Posted) outcome;
        return consumptions.find(posted.postingId()).flatMap(listed -> {
            ConsumptionRecord c = listed.consumption();
            boolean same = note(request).equals(c.note()) && c.occurredAt().equals(request.occurredAt())
                    && c.outletId() == auth.outletId();
            if (!same) {
                return Mono.just(Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
            }
            return facts.wallets(c.personId()).map(w -> new Answer(ResultCode.OK, posted.postingId(), c.amountFen(),
                    after(posted, w.cash().id(), w.cash().balance()), after(posted, w.subsidy().id(),
                    w.subsidy().balance())));
        }).defaultIfEmpty(Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
    }

    /** The wallet's balance after the posting when the posting moved it, else its balance now. */
    static long after(Posted posted, long wallet, long now) {
        Long last = null;
        for (PostedTransfer t : posted.transfers()) {
            if (t.debitAccountId() == wallet && t.debitBalanceAfter() != null) {
                last = t.debitBalanceAfter();
            }
            if (t.creditAccountId() == wallet && t.creditBalanceAfter() != null) {
                last = t.creditBalanceAfter();
            }
        }
        return last == null ? now : last;
    }

    /**
     * What a retry must repeat: the credential, the amount asked and the work-mode entry (key,
     * duration or product lines), kept as the consumption's note.
     */
    static String note(PurchaseRequest request) {
        return EntryText.note("0200 " + request.credential() + " " + request.amountFen(), request.entry());
    }
}
