package org.onecard.terminal.purchase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerBatches.BatchOutcome;
import org.onecard.ledger.LedgerBatches.Booked;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.points.PointsAccrual;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.Decision.Approved;
import org.onecard.terminal.purchase.PurchaseFacts.Gathered;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Books an approved purchase (wallet legs to the outlet's revenue, code CONSUMPTION, and the
 * ONLINE consumption row in the same transaction) and answers a key seen before from the record:
 * the same request gets the first answer, another request under the key gets 1007 ("94"). A
 * charge of 0 is a ledger record without transfers ({@link Ledger#record}) with its consumption
 * row of 0 fen, which the count limits count. At an outlet with a points rule the sale's posting
 * also carries the points it earns ({@link PointsAccrual}), so a void sends them back with it.
 */
@Component
class PurchaseBooking {

    /** What a 0210 reports; postingId and balances are null unless approved. */
    record Answer(ResultCode code, Long postingId, long chargedFen, Long cashAfterFen, Long subsidyAfterFen) {

        static Answer refused(ResultCode code) {
            return new Answer(code, null, 0, null, null);
        }
    }

    /** A batch that cannot stand as decided (a key taken, a wallet short): booked one by one instead. */
    static final class NotBookedTogether extends RuntimeException {
        NotBookedTogether(ResultCode reason) {
            super("batch not booked: " + reason, null, false, false);
        }
    }

    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final ConsumptionStore consumptions;
    private final PurchaseFacts facts;
    private final LedgerBatches batches;
    private final TerminalReplies replies;
    private final PointsAccrual points;

    PurchaseBooking(Ledger ledger, StandardAccounts accounts, ConsumptionStore consumptions, PurchaseFacts facts,
                    LedgerBatches batches, TerminalReplies replies, PointsAccrual points) {
        this.points = points;
        this.ledger = ledger;
        this.accounts = accounts;
        this.consumptions = consumptions;
        this.facts = facts;
        this.batches = batches;
        this.replies = replies;
    }

    /** The first answer to the request's key, or empty when the key is new. */
    Mono<Answer> replay(PurchaseRequest request, TerminalAuth auth) {
        return ledger.firstAnswerOutsideTransaction(request.key()).flatMap(first -> answer(first, request, auth));
    }

    /** {@code claimKey} runs in the posting's transaction before anything else is written. */
    Mono<Answer> book(Approval a, Mono<Void> claimKey) {
        return revenue(a.auth().outletId()).zipWith(pointsLegs(a)).flatMap(found -> {
            PostingRequest posting = posting(a, found.getT1(), found.getT2());
            Function<Posted, Mono<?>> rows = posted -> MinimumBalanceGuard.check(a, posted).then(claimKey)
                    .then(consumptions.insert(consumption(a, posted.postingId(), posted.accountingDate())));
            // a charge of 0 (count-only, or discounted to nothing) moves no money but is a use all the same
            return (posting.legs().isEmpty() ? ledger.record(posting, rows) : ledger.post(posting, rows))
                    .flatMap(outcome -> outcome instanceof Posted p && !p.replayed()
                            ? Mono.just(fresh(p.postingId(), a, p.walletBalancesAfter()))
                            : answer(outcome, a.request(), a.auth()));
        });
    }

    /**
     * Books approvals that move money and hold no wallet twice, all in one transaction: the
     * terminal keys, postings, wallet debits, transfers and consumption rows with a few statements
     * for the whole batch and one commit. Errors when any one cannot be booked as decided (a key
     * taken, a wallet short meanwhile): nothing is booked, and the caller books them one by one.
     */
    Mono<List<Answer>> bookAll(List<Approval> approvals) {
        return Flux.fromIterable(approvals).map(a -> a.auth().outletId()).distinct()
                .concatMap(outlet -> revenue(outlet).map(revenue -> Map.entry(outlet, revenue)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .zipWith(Flux.fromIterable(approvals).concatMap(this::pointsLegs).collectList())
                .flatMap(found -> {
                    Map<Long, Long> revenues = found.getT1();
                    List<PostingRequest> postings = new ArrayList<>(approvals.size());
                    for (int i = 0; i < approvals.size(); i++) {
                        Approval a = approvals.get(i);
                        postings.add(posting(a, revenues.get(a.auth().outletId()), found.getT2().get(i)));
                    }
                    return batches.postAll(postings, () -> { }, booked -> replies.claimAllForApproval(approvals)
                            .then(consumptions.insertAll(consumptionRows(approvals, booked))));
                })
                .flatMap(outcome -> outcome instanceof BatchOutcome.Done done ? Mono.just(answers(approvals, done.booked()))
                        : Mono.error(new NotBookedTogether(((BatchOutcome.NotDone) outcome).refused().declined().reason())));
    }

    /** The outlet's revenue account; read outside any transaction. */
    Mono<Long> revenue(long outletId) {
        return accounts.outletRevenueOutsideTransaction(outletId);
    }

    private static List<ConsumptionRecord> consumptionRows(List<Approval> approvals, Booked booked) {
        List<ConsumptionRecord> rows = new ArrayList<>(approvals.size());
        for (int i = 0; i < approvals.size(); i++) {
            rows.add(consumption(approvals.get(i), booked.postingIds().get(i), booked.accountingDate()));
        }
        return rows;
    }

    private static List<Answer> answers(List<Approval> approvals, Booked booked) {
        List<Answer> answers = new ArrayList<>(approvals.size());
        for (int i = 0; i < approvals.size(); i++) {
            answers.add(fresh(booked.postingIds().get(i), approvals.get(i), booked.walletBalances()));
        }
        return answers;
    }

    /** The points the sale earns at its outlet (none at an outlet without a rule: no statement). */
    private Mono<List<TransferLeg>> pointsLegs(Approval a) {
        return points.legs(a.auth().outletId(), a.gathered().personId(), a.decision().chargedFen());
    }

    private static PostingRequest posting(Approval a, long revenue, List<TransferLeg> pointsLegs) {
        WalletSplit split = a.decision().split();
        Gathered g = a.gathered();
        List<TransferLeg> legs = new ArrayList<>();
        if (split.fromCashFen() > 0) {
            legs.add(new TransferLeg(g.cashWallet(), revenue, split.fromCashFen(), TransferCode.CONSUMPTION));
        }
        if (split.fromSubsidyFen() > 0) {
            legs.add(new TransferLeg(g.subsidyWallet(), revenue, split.fromSubsidyFen(), TransferCode.CONSUMPTION));
        }
        legs.addAll(pointsLegs);
        PurchaseRequest request = a.request();
        return new PostingRequest(request.key(), legs, null, a.auth().code(), request.occurredAt(), null, false,
                note(request));
    }

    private static ConsumptionRecord consumption(Approval a, long postingId, LocalDate accountingDate) {
        Approved d = a.decision();
        PurchaseRequest request = a.request();
        return new ConsumptionRecord(postingId, a.gathered().personId(), a.card().id(), a.auth().outletId(),
                a.auth().code(), ConsumptionKind.ONLINE, d.chargedFen(), d.split().fromCashFen(),
                d.split().fromSubsidyFen(), d.order(), request.occurredAt(), accountingDate, d.mealPeriodId(), null,
                note(request), null, null, null, a.terminalOperatorId());
    }

    /** A booking just made: balances after from the booking, a wallet it did not move as read for the decision. */
    private static Answer fresh(long postingId, Approval a, Map<Long, Long> balancesAfter) {
        Gathered g = a.gathered();
        return new Answer(ResultCode.OK, postingId, a.decision().chargedFen(),
                balancesAfter.getOrDefault(g.cashWallet(), g.request().balances().cashFen()),
                balancesAfter.getOrDefault(g.subsidyWallet(), g.request().balances().subsidyFen()));
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
            if (c.personId() == null) {
                // a payment-code sale moved no wallet: no balances to report
                return Mono.just(new Answer(ResultCode.OK, posted.postingId(), c.amountFen(), null, null));
            }
            return facts.wallets(c.personId()).map(w -> new Answer(ResultCode.OK, posted.postingId(), c.amountFen(),
                    after(posted, w.cash().id(), w.cash().balance()), after(posted, w.subsidy().id(),
                    w.subsidy().balance())));
        }).defaultIfEmpty(Answer.refused(ResultCode.IDEMPOTENCY_CONFLICT));
    }

    /** The wallet's balance after the posting when the posting moved it, else its balance now. */
    static long after(Posted posted, long wallet, long now) {
        return posted.walletBalancesAfter().getOrDefault(wallet, now);
    }

    /**
     * What a retry must repeat: the credential, the amount asked and the work-mode entry (key,
     * duration or product lines), kept as the consumption's note.
     */
    static String note(PurchaseRequest request) {
        return EntryText.note("0200 " + request.credential() + " " + request.amountFen(), request.entry());
    }
}
