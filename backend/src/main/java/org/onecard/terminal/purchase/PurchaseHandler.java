package org.onecard.terminal.purchase;

import java.time.Instant;
import java.util.Optional;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Ascii;
import org.onecard.common.time.BusinessClock;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.Authoriser;
import org.onecard.terminal.authz.Decision;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.live.application.TransactionMonitor;
import org.onecard.terminal.operators.TerminalOperators;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0200: processing code 000000 purchase in any work mode (the entry in fields 4 and 48, §2.2.1),
 * 310000 balance enquiry, 170000 subsidy claim ({@link SubsidyClaimAtTerminal}), 200000 void and
 * 220000 correction ({@link SaleVoids}), 450000 points redemption ({@link PointsRedemptionAtTerminal}), 210000 recharge and 010000 cash-out at a terminal that takes money in
 * ({@link TerminalRecharges}), 610000 fuel sale and 620000 grey lock at a dispenser ({@link FuelAtDispenser}), others "12". In order: required fields ("30"), field 42
 * the terminal's outlet ("03"), a key seen before answered with its first reply (a refusal kept in
 * {@link TerminalReplies}, else the ledger's record), the credential ("14" when unknown; a scanned pay code in field 62 is used up here, refused
 * as forged, expired, used or replaced; a WeChat / Alipay payment code there is charged at its gateway
 * instead, {@link MicropayPurchases}), the
 * authoriser, the cardholder's PIN when the card type asks for one ({@link CardholderPins}), the
 * booking, which records the operator signed on at the connection. A refusal before booking is kept
 * under the key. See openapi/terminal-protocol.md §2.2 and §2.8.
 */
@Component
public class PurchaseHandler implements MessageHandler {

    public static final String PURCHASE = "000000";
    public static final String BALANCE_ENQUIRY = "310000";

    private final TerminalCards cards;
    private final PurchaseFacts facts;
    private final PurchaseBooking booking;
    private final TerminalReplies replies;
    private final BusinessClock clock;
    private final SubsidyClaimAtTerminal subsidyClaims;
    private final TransactionMonitor monitor;
    private final SaleVoids voids;
    private final CardholderPins pins;
    private final ApprovalBatcher batcher;
    private final TerminalRecharges recharges;
    private final MicropayPurchases micropay;
    private final TerminalOperators operators;
    private final PointsRedemptionAtTerminal points;
    private final FuelAtDispenser fuel;

    PurchaseHandler(TerminalCards cards, PurchaseFacts facts, PurchaseBooking booking,
                    TerminalReplies replies, BusinessClock clock, SubsidyClaimAtTerminal subsidyClaims,
                    TransactionMonitor monitor, SaleVoids voids, CardholderPins pins, ApprovalBatcher batcher,
                    TerminalRecharges recharges, MicropayPurchases micropay, TerminalOperators operators,
                    PointsRedemptionAtTerminal points, FuelAtDispenser fuel) {
        this.points = points;
        this.fuel = fuel;
        this.recharges = recharges;
        this.operators = operators;
        this.micropay = micropay;
        this.cards = cards;
        this.facts = facts;
        this.booking = booking;
        this.replies = replies;
        this.clock = clock;
        this.subsidyClaims = subsidyClaims;
        this.monitor = monitor;
        this.voids = voids;
        this.pins = pins;
        this.batcher = batcher;
    }

    @Override
    public boolean handles(String mti) {
        return "0200".equals(mti);
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        return answer(request, session).doOnNext(reply -> monitor.observed(session, request, reply));
    }

    private Mono<IsoMessage> answer(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        String processing = request.text(3);
        if (BALANCE_ENQUIRY.equals(processing)) {
            return enquiry(request);
        }
        if (SubsidyClaimAtTerminal.PROCESSING.equals(processing)) {
            return claimSubsidies(request, auth);
        }
        if (SaleVoids.VOID.equals(processing) || SaleVoids.CORRECTION.equals(processing)) {
            return voids.answer(request, auth);
        }
        if (PointsRedemptionAtTerminal.PROCESSING.equals(processing)) {
            return points.answer(request, session);
        }
        if (FuelAtDispenser.handles(processing)) {
            return fuel.answer(request, session);
        }
        if (TerminalRecharges.handles(processing)) {
            return recharges.answer(request, session);
        }
        if (!PURCHASE.equals(processing)) {
            return reply(request, ResponseCodes.INVALID_TRANSACTION);
        }
        Instant now = clock.now();
        Optional<PurchaseRequest> parsed = PurchaseRequest.parse(request, auth.code(),
                clock.accountingDate(now), clock.zone());
        if (parsed.isEmpty()) {
            return reply(request, ResponseCodes.FORMAT_ERROR);
        }
        PurchaseRequest purchase = parsed.get();
        if (!purchase.outletIs(auth.outletId())) {
            return reply(request, ResponseCodes.UNKNOWN_TERMINAL);
        }
        return replies.first(request, purchase)
                .switchIfEmpty(Mono.defer(() -> booking.replay(purchase, auth)
                        .map(answer -> PurchaseReplies.of(request, answer))))
                .switchIfEmpty(Mono.defer(() -> decide(request, purchase, session, now)));
    }

    private Mono<IsoMessage> decide(IsoMessage request, PurchaseRequest purchase, TerminalSession session,
                                    Instant now) {
        TerminalAuth auth = session.terminal().orElseThrow();
        if (session.operatorId() != null) {
            return sell(request, purchase, session, now);
        }
        return operators.cashierRequired(auth.id()).flatMap(required -> required
                ? refuse(request, purchase, auth, ResultCode.OPERATOR_NOT_SIGNED_ON)
                : sell(request, purchase, session, now));
    }

    private Mono<IsoMessage> sell(IsoMessage request, PurchaseRequest purchase, TerminalSession session,
                                  Instant now) {
        TerminalAuth auth = session.terminal().orElseThrow();
        Optional<PaymentChannel> gateway = purchase.gateway();
        if (gateway.isPresent()) {
            return paidAtGateway(request, purchase, gateway.get(), session, now);
        }
        return cards.card(purchase).flatMap(found -> {
            if (found instanceof Outcome.Refused<CardRecord> no) {
                return refuse(request, purchase, auth, no.code());
            }
            CardRecord card = ((Outcome.Done<CardRecord>) found).value();
            return facts.gather(auth, card, purchase, now).flatMap(g -> {
                Decision decision = Authoriser.decide(g.request());
                if (decision instanceof Decision.Refused refused) {
                    return refuse(request, purchase, auth, refused.code());
                }
                return pins.check(request, card, g.request().card().type()).flatMap(pin -> pin != ResultCode.OK
                        ? refuse(request, purchase, auth, pin)
                        : batcher.book(new Approval(request, purchase, auth, card, g, (Decision.Approved) decision,
                                        session.operatorId()))
                                .map(answer -> PurchaseReplies.of(request, answer))
                                // a twin's refusal was kept first: nothing was booked, and the kept reply is the answer
                                .onErrorResume(TerminalReplies.KeyTaken.class, e -> firstAnswer(request, purchase, auth)));
            });
        });
    }

    /** A WeChat / Alipay payment code: its refusals are kept like any; no answer of its own means the key's answer. */
    private Mono<IsoMessage> paidAtGateway(IsoMessage request, PurchaseRequest purchase, PaymentChannel gateway,
                                           TerminalSession session, Instant now) {
        TerminalAuth auth = session.terminal().orElseThrow();
        return micropay.answer(request, purchase, gateway, session, now).flatMap(result -> {
            if (result.answer() == null) {
                // a twin still waiting for its payer has no answer yet: the terminal reverses or retries
                return firstAnswer(request, purchase, auth).switchIfEmpty(Mono.fromSupplier(() -> PurchaseReplies.of(
                        request, Answer.refused(ResultCode.MICROPAY_GATEWAY_FAILED))));
            }
            return result.keep() ? refuse(request, purchase, auth, result.answer().code())
                    : Mono.just(PurchaseReplies.of(request, result.answer()));
        });
    }

    /** A refusal before booking, kept under the key so a repeat gets it again (or what a concurrent twin kept). */
    private Mono<IsoMessage> refuse(IsoMessage request, PurchaseRequest purchase, TerminalAuth auth, ResultCode code) {
        return replies.keep(request, purchase, PurchaseReplies.of(request, Answer.refused(code)))
                .switchIfEmpty(Mono.defer(() -> firstAnswer(request, purchase, auth)));
    }

    /** What the key already answered: a kept refusal, or the approval the ledger replays. */
    private Mono<IsoMessage> firstAnswer(IsoMessage request, PurchaseRequest purchase, TerminalAuth auth) {
        return replies.first(request, purchase)
                .switchIfEmpty(Mono.defer(() -> booking.replay(purchase, auth)
                        .map(answer -> PurchaseReplies.of(request, answer))));
    }

    private Mono<Outcome<CardRecord>> card(String credential) {
        return cards.card(credential);
    }

    /** 310000: the card's balances in 54, or why the card cannot pay. */
    private Mono<IsoMessage> enquiry(IsoMessage request) {
        String credential = PurchaseRequest.credential(request);
        if (credential == null) {
            return reply(request, ResponseCodes.FORMAT_ERROR);
        }
        return card(credential).flatMap(found -> {
            if (found instanceof Outcome.Refused<CardRecord> no) {
                return Mono.just(Answer.refused(no.code()));
            }
            CardRecord card = ((Outcome.Done<CardRecord>) found).value();
            if (Lifecycle.acceptsMoney(card.state(), clock.accountingDate(clock.now())) instanceof Transition.Refused no) {
                return Mono.just(Answer.refused(no.code()));
            }
            return facts.wallets(card.personId()).map(w -> new Answer(ResultCode.OK, null, 0, w.cash().balance(),
                    w.subsidy().balance()));
        }).map(answer -> PurchaseReplies.of(request, answer));
    }

    /** 170000: the card's distributed subsidies claimed now; 4 = how much the subsidy wallet grew, 54 = balances. */
    private Mono<IsoMessage> claimSubsidies(IsoMessage request, TerminalAuth auth) {
        String credential = PurchaseRequest.credential(request);
        if (credential == null) {
            return reply(request, ResponseCodes.FORMAT_ERROR);
        }
        return card(credential).flatMap(found -> found instanceof Outcome.Refused<CardRecord> no
                        ? Mono.just(Answer.refused(no.code()))
                        : subsidyClaims.claim(((Outcome.Done<CardRecord>) found).value(), auth))
                .map(answer -> {
                    IsoMessage reply = PurchaseReplies.of(request, answer);
                    return answer.code() == ResultCode.OK
                            ? reply.toBuilder().set(4, Ascii.zeroPadded(answer.chargedFen(), 12)).build() : reply;
                });
    }

    private static Mono<IsoMessage> reply(IsoMessage request, String responseCode) {
        return Mono.just(Replies.to(request, responseCode).build());
    }
}
