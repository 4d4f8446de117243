package org.onecard.terminal.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Ascii;
import org.onecard.common.time.BusinessClock;
import org.onecard.fuel.FuelSales;
import org.onecard.fuel.FuelSales.Result;
import org.onecard.fuel.FuelSales.SaleRequest;
import org.onecard.fuel.GreyLocks;
import org.onecard.fuel.domain.CardMode;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.authz.AccessRules;
import org.onecard.terminal.authz.Decision.Refused;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0200 at a DISPENSER terminal (terminal-protocol §2.11): processing code 610000 a fuel sale, field 48
 * {@code NZ<nozzle 2>} with {@code VL<volume in hundredths, 1–9 digits>} or field 4 the amount, priced
 * and booked by {@link FuelSales}; 620000 locks the card for the nozzle before fuelling
 * ({@link GreyLocks}: 37 of the reply names the lock, which the sale sends back in its 37 to apply it).
 * In order: required fields ("30"), the terminal's purpose (5081 "58"), field 42 ("03"), a refusal kept
 * under the key, the card ("14"), its state, the vehicle's cylinder date (8011), the grey lock (8044).
 * Refusals are kept under the purchase key {@code term:<41>:<11>:<date>}; approvals are the ledger's,
 * so a reversal (0400) or void (200000) sends a sale back like any.
 */
@Component
class FuelAtDispenser {

    static final String SALE = "610000";
    static final String LOCK = "620000";
    private static final Pattern FIELD_48 = Pattern.compile("NZ(\\d{2})(?:VL(\\d{1,9}))?");

    private final TerminalCards cards;
    private final TerminalReplies replies;
    private final FuelSales sales;
    private final GreyLocks locks;
    private final BusinessClock clock;

    FuelAtDispenser(TerminalCards cards, TerminalReplies replies, FuelSales sales, GreyLocks locks, BusinessClock clock) {
        this.cards = cards;
        this.replies = replies;
        this.sales = sales;
        this.locks = locks;
        this.clock = clock;
    }

    static boolean handles(String processing) {
        return SALE.equals(processing) || LOCK.equals(processing);
    }

    /** What field 48 and 37 say: the nozzle, the volume (null: by the amount in 4), the lock named. */
    private record Fuel(int nozzle, Long volume, Long lockId) {
    }

    Mono<IsoMessage> answer(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        Instant now = clock.now();
        Optional<PurchaseRequest> parsed = PurchaseRequest.parse(request.toBuilder().remove(48).build(), auth.code(),
                clock.accountingDate(now), clock.zone());
        Fuel fuel = fuel(request);
        if (parsed.isEmpty() || fuel == null || parsed.get().scanned()) {
            return Mono.just(Replies.to(request, ResponseCodes.FORMAT_ERROR).build());
        }
        PurchaseRequest act = parsed.get();
        if (auth.purpose() != TerminalPurpose.DISPENSER) {
            return Mono.just(PurchaseReplies.of(request, Answer.refused(ResultCode.WRONG_TERMINAL_PURPOSE)));
        }
        if (!act.outletIs(auth.outletId())) {
            return Mono.just(Replies.to(request, ResponseCodes.UNKNOWN_TERMINAL).build());
        }
        return replies.first(request, act).switchIfEmpty(Mono.defer(() -> cards.card(act.credential()).flatMap(found -> {
            if (found instanceof Outcome.Refused<CardRecord> no) {
                return refuse(request, act, no.code());
            }
            CardRecord card = ((Outcome.Done<CardRecord>) found).value();
            ResultCode usable = usable(card);
            if (usable != ResultCode.OK) {
                return refuse(request, act, usable);
            }
            return LOCK.equals(request.text(3)) ? lock(request, act, auth, card, fuel) : sell(request, act, auth, card, fuel);
        })));
    }

    private Mono<IsoMessage> sell(IsoMessage request, PurchaseRequest act, TerminalAuth auth, CardRecord card, Fuel fuel) {
        Long amount = fuel.volume() == null ? act.amountFen() : null;
        SaleRequest sale = new SaleRequest(act.key(), card, auth.id(), auth.code(), auth.outletId(), fuel.nozzle(),
                fuel.volume(), amount, act.occurredAt(), fuel.lockId(), null);
        return locks.greyFor(card.id(), fuel.lockId(), auth.id()).flatMap(grey -> grey != ResultCode.OK
                ? refuse(request, act, grey)
                : sales.sell(sale).flatMap(result -> switch (result.code()) {
                    case OK -> Mono.just(approved(request, result));
                    // the key holds an approval for other content: answered, never kept over it
                    case IDEMPOTENCY_CONFLICT -> Mono.just(PurchaseReplies.of(request, Answer.refused(result.code())));
                    default -> refuse(request, act, result.code());
                }));
    }

    private Mono<IsoMessage> lock(IsoMessage request, PurchaseRequest act, TerminalAuth auth, CardRecord card, Fuel fuel) {
        if (!FuelSales.validNozzle(fuel.nozzle())) {
            return refuse(request, act, ResultCode.FUEL_NOZZLE_INVALID);
        }
        return locks.lock(act.key(), card.id(), auth.id(), fuel.nozzle()).flatMap(locked -> locked instanceof
                Outcome.Done<Long> done ? Mono.just(Replies.posting(PurchaseReplies.of(request, Answer.refused(ResultCode.OK))
                        .toBuilder(), done.value()).build())
                : refuse(request, act, ((Outcome.Refused<Long>) locked).code()));
    }

    /** The card and cylinder rules of any purchase ({@link AccessRules}); the grey lock is the sale's own. */
    private ResultCode usable(CardRecord card) {
        LocalDate today = clock.accountingDate(clock.now());
        return AccessRules.card(card.state(), today).or(() -> AccessRules.cylinder(card.cylinderDueOn(), today))
                .map(Refused::code).orElse(ResultCode.OK);
    }

    /** 0210 of an approved sale: 4 the amount, 37/38 the posting, 48 the nozzle, volume and price, 54 the mode's balance. */
    private static IsoMessage approved(IsoMessage request, Result result) {
        var sale = result.sale();
        IsoMessage reply = PurchaseReplies.of(request, new Answer(ResultCode.OK, sale.postingId(), sale.amountFen(), null, null));
        String data = "NZ" + Ascii.zeroPadded(sale.nozzleNo(), 2) + "VL" + Ascii.zeroPadded(sale.volume(), 9)
                + "PR" + Ascii.zeroPadded(sale.unitPriceFen(), 8) + "LV" + sale.priceLevel();
        long after = result.balanceAfter() == null ? 0 : result.balanceAfter();
        return reply.toBuilder().set(48, data).set(54, accountType(sale.mode()) + "02" + (sale.mode().countsVolume()
                ? "000" : "156") + (after < 0 ? "D" : "C") + Ascii.zeroPadded(Math.abs(after), 12)).build();
    }

    /** Field 54 account type of the wallet or line a mode's sale took from. */
    static String accountType(CardMode mode) {
        return switch (mode) {
            case PREPAID_AMOUNT -> PurchaseReplies.CASH;
            case PREPAID_VOLUME -> "40";
            case CREDIT_AMOUNT -> "50";
            case CREDIT_VOLUME -> "51";
        };
    }

    /** Field 48 (and 37 naming a lock); null when unreadable. */
    private static Fuel fuel(IsoMessage m) {
        if (!m.has(48)) {
            return null;
        }
        Matcher match = FIELD_48.matcher(m.text(48));
        if (!match.matches()) {
            return null;
        }
        boolean sale = SALE.equals(m.text(3));
        Long volume = match.group(2) == null ? null : Long.parseLong(match.group(2));
        if (!sale && volume != null || sale && (volume == null) == !m.has(4)) {
            return null;
        }
        Long lock = null;
        if (sale && m.has(37)) {
            try {
                lock = Long.parseLong(m.text(37).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Fuel(Integer.parseInt(match.group(1)), volume, lock);
    }

    private Mono<IsoMessage> refuse(IsoMessage request, PurchaseRequest act, ResultCode code) {
        return replies.keep(request, act, PurchaseReplies.of(request, Answer.refused(code)))
                .switchIfEmpty(Mono.defer(() -> replies.first(request, act)));
    }
}
