package org.onecard.terminal.purchase;

import java.util.Optional;
import java.util.regex.Pattern;
import org.onecard.cards.CardKinds;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.operators.OperatorPasswords;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0200 processing code 200000, void (撤销), and 220000, correction at the terminal (§2.8): a sale
 * of this terminal sent back whole once ({@link PurchaseReversal#sendBack}), under the act's own
 * key {@code term:<41>:<11>:<date>}; a repeat gets the first reply (a kept refusal, or the ledger's
 * record). A void names the sale by its retrieval reference (37) and carries the card (2), the
 * amount charged (4) and the supervisor's password (52). A correction carries the admin card's
 * serial (62) and the cardholder's card (2), and sends back that card's last consumption at the
 * terminal, if it was not corrected yet. A void naming a points redemption of this terminal gives
 * its points back ({@link PointsVoidAtTerminal}).
 */
@Component
class SaleVoids {

    static final String VOID = "200000";
    static final String CORRECTION = "220000";
    /** Field 62 of a correction: the admin card's serial. */
    static final int ADMIN_CARD = 62;
    private static final Pattern REFERENCE = Pattern.compile("[0-9]{12}");

    private final TerminalReplies replies;
    private final TerminalCards cards;
    private final CardKinds kinds;
    private final OperatorPasswords operators;
    private final SaleLookup sales;
    private final ConsumptionStore consumptions;
    private final Ledger ledger;
    private final PurchaseReversal reversal;
    private final BusinessClock clock;
    private final PointsVoidAtTerminal pointsVoids;

    SaleVoids(TerminalReplies replies, TerminalCards cards, CardKinds kinds, OperatorPasswords operators,
              SaleLookup sales, ConsumptionStore consumptions, Ledger ledger, PurchaseReversal reversal,
              BusinessClock clock, PointsVoidAtTerminal pointsVoids) {
        this.pointsVoids = pointsVoids;
        this.replies = replies;
        this.cards = cards;
        this.kinds = kinds;
        this.operators = operators;
        this.sales = sales;
        this.consumptions = consumptions;
        this.ledger = ledger;
        this.reversal = reversal;
        this.clock = clock;
    }

    /** "30", "03", then as a purchase's key: a kept reply, the ledger's record, or a new decision. */
    Mono<IsoMessage> answer(IsoMessage request, TerminalAuth auth) {
        Optional<PurchaseRequest> parsed = parse(request, auth);
        if (parsed.isEmpty()) {
            return Mono.just(Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        PurchaseRequest act = parsed.get();
        if (!act.outletIs(auth.outletId())) {
            return Mono.just(Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        return firstAnswer(request, act).switchIfEmpty(Mono.defer(() -> decide(request, act, auth).flatMap(answer ->
                        answer.code() == ResultCode.OK ? Mono.just(PurchaseReplies.of(request, answer))
                                // kept so a repeat gets it; a twin's reply kept first is the answer then
                                : replies.keep(request, act, PurchaseReplies.of(request, answer))
                                        .switchIfEmpty(Mono.defer(() -> firstAnswer(request, act))))
                // a twin's refusal was kept first: nothing was booked, and the kept reply is the answer
                .onErrorResume(TerminalReplies.KeyTaken.class, e -> firstAnswer(request, act))));
    }

    private Mono<IsoMessage> firstAnswer(IsoMessage request, PurchaseRequest act) {
        return replies.first(request, act)
                .switchIfEmpty(Mono.defer(() -> replay(act).map(answer -> PurchaseReplies.of(request, answer))));
    }

    /** The act's parsed form; empty when a field it needs is missing or unreadable ("30"). */
    private Optional<PurchaseRequest> parse(IsoMessage request, TerminalAuth auth) {
        boolean isVoid = VOID.equals(request.text(3));
        if (isVoid ? request.text(37) == null || !REFERENCE.matcher(request.text(37)).matches()
                || !request.has(52) || !request.has(4)
                : request.text(ADMIN_CARD) == null || request.text(ADMIN_CARD).isBlank()) {
            return Optional.empty();
        }
        return PurchaseRequest.parse(request, auth.code(), clock.accountingDate(clock.now()), clock.zone());
    }

    /** What the act's key answered before; empty when the key is new. */
    private Mono<Answer> replay(PurchaseRequest act) {
        return ledger.firstAnswer(act.key()).flatMap(first -> first instanceof Posted posted
                ? sales.sentBackBy(posted.postingId()).flatMap(consumptions::find)
                        .flatMap(listed -> reversal.answer(posted, listed.consumption()))
                : reversal.answer(first, null));
    }

    /** Decides a new act: the refusal or the send-back. */
    private Mono<Answer> decide(IsoMessage request, PurchaseRequest act, TerminalAuth auth) {
        return VOID.equals(request.text(3)) ? voidSale(request, act, auth) : correct(request, act, auth);
    }

    private Mono<Answer> voidSale(IsoMessage request, PurchaseRequest act, TerminalAuth auth) {
        long postingId = Long.parseLong(request.text(37));
        return operators.check(auth.id(), TerminalOperator.SUPERVISOR, act.overdraftPassword()).flatMap(checked ->
                checked instanceof Outcome.Refused<TerminalOperator> no ? refused(no.code())
                        : cards.card(act.credential()).flatMap(card -> card instanceof Outcome.Done<CardRecord> c
                                ? sale(postingId, c.value(), auth).flatMap(sale -> sale.isEmpty()
                                        ? pointsVoids.voidAt(postingId, c.value(), act, auth)
                                        : voidable(request, act, auth, sale.get()))
                                : refused(ResultCode.SALE_NOT_FOUND)));
    }

    private Mono<Answer> voidable(IsoMessage request, PurchaseRequest act, TerminalAuth auth, ConsumptionRecord sale) {
        if (sale.corrected()) {
            return refused(ResultCode.CONSUMPTION_ALREADY_CORRECTED);
        }
        if (!sale.accountingDate().equals(clock.accountingDate(clock.now()))) {
            return refused(ResultCode.VOID_NOT_SAME_DAY);
        }
        if (sale.amountFen() != act.amountFen()) {
            return refused(ResultCode.VOID_AMOUNT_MISMATCH);
        }
        return sendBack(request, act, auth, sale, "void of ");
    }

    private Mono<Answer> correct(IsoMessage request, PurchaseRequest act, TerminalAuth auth) {
        return adminCard(request.text(ADMIN_CARD).trim()).flatMap(admin -> !admin ? refused(ResultCode.NOT_ADMIN_CARD)
                : cards.card(act.credential()).flatMap(card -> {
                    if (card instanceof Outcome.Refused<CardRecord> no) {
                        return refused(no.code());
                    }
                    long cardId = ((Outcome.Done<CardRecord>) card).value().id();
                    return sales.lastOf(cardId, auth.code()).flatMap(consumptions::find)
                            .map(listed -> Optional.of(listed.consumption())).defaultIfEmpty(Optional.empty())
                            .flatMap(last -> last.isEmpty() || last.get().corrected()
                                    ? refused(ResultCode.SALE_NOT_FOUND)
                                    : sendBack(request, act, auth, last.get(), "terminal correction of "));
                }));
    }

    /** Whether the serial is a live card registered as an ADMIN card. */
    private Mono<Boolean> adminCard(String serial) {
        return cards.card(serial).flatMap(found -> found instanceof Outcome.Done<CardRecord> c
                && Lifecycle.acceptsMoney(c.value().state(), clock.accountingDate(clock.now())) instanceof Transition.Allowed
                ? kinds.of(c.value().id()).map(kind -> kind == CardKinds.Kind.ADMIN) : Mono.just(false));
    }

    /** The sale with this posting id when it is this terminal's and this card's. */
    private Mono<Optional<ConsumptionRecord>> sale(long postingId, CardRecord card, TerminalAuth auth) {
        return consumptions.find(postingId).map(listed -> listed.consumption())
                .filter(c -> auth.code().equals(c.terminalNo()) && c.cardId() != null && c.cardId() == card.id())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    private Mono<Answer> sendBack(IsoMessage request, PurchaseRequest act, TerminalAuth auth, ConsumptionRecord sale,
                                  String note) {
        return sales.keyOf(sale.postingId()).flatMap(ledger::firstAnswer).flatMap(original -> original instanceof Posted p
                ? reversal.sendBack(act.key(), note + sale.postingId(), auth, p, sale,
                        replies.claimForApproval(request, act))
                : refused(ResultCode.SALE_NOT_FOUND));
    }

    private static Mono<Answer> refused(ResultCode code) {
        return Mono.just(Answer.refused(code));
    }
}
