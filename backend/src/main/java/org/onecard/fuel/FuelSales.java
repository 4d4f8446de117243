package org.onecard.fuel;

import java.time.Instant;
import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.domain.FuelPricing;
import org.onecard.fuel.domain.FuelProfile;
import org.onecard.fuel.persistence.FuelSaleStore;
import org.onecard.fuel.persistence.FuelSaleStore.Sale;
import org.onecard.fuel.persistence.FuelStore;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.domain.DeductionOrder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A sale at a dispenser, priced here with the card's level at the station at the server's time
 * (the price of the day), booked by the card's mode in one posting under the sender's key with its
 * {@code fuel_sale} row and its consumption row (so a reversal or void sends it back like any sale):
 * PREPAID_AMOUNT cash wallet → station (CONSUMPTION); PREPAID_VOLUME volume wallet → volume issued
 * (FUEL_VOLUME_USED, no money: it was paid when bought); CREDIT_AMOUNT credit line → station;
 * CREDIT_VOLUME credit-volume line → volume issued and fleet receivable → station. A short wallet or
 * line is 3001, 8043 or 8042 and books nothing. A sale naming a grey-card lock applies it in the same
 * transaction, once (8051 when it was applied already under another key).
 */
@Service
public class FuelSales {

    /** What a dispenser (or an unlock at the counter) asks: exactly one of {@code volume} and {@code amountFen}. */
    public record SaleRequest(String key, CardRecord card, long terminalId, String terminalCode, long outletId,
                              int nozzleNo, Long volume, Long amountFen, Instant occurredAt, Long lockId, Long operatorId) {
    }

    /** OK with the sale and the balance after in the mode's wallet or line, or a refusal. */
    public record Result(ResultCode code, String detail, Sale sale, Long balanceAfter, boolean replayed) {

        static Result refused(ResultCode code, String detail) {
            return new Result(code, detail, null, null, false);
        }
    }

    private static final class LockGone extends RuntimeException {
        LockGone() {
            super("lock applied already", null, false, false);
        }
    }

    private final Ledger ledger;
    private final FuelStore fuel;
    private final FuelSaleStore sales;
    private final FuelAccounts accounts;
    private final StandardAccounts standard;
    private final ConsumptionStore consumptions;
    private final BusinessClock clock;

    FuelSales(Ledger ledger, FuelStore fuel, FuelSaleStore sales, FuelAccounts accounts, StandardAccounts standard,
              ConsumptionStore consumptions, BusinessClock clock) {
        this.ledger = ledger;
        this.fuel = fuel;
        this.sales = sales;
        this.accounts = accounts;
        this.standard = standard;
        this.consumptions = consumptions;
        this.clock = clock;
    }

    /** Whether the nozzle number is one a message may carry (the nozzle registry belongs to shifts). */
    public static boolean validNozzle(int nozzleNo) {
        return nozzleNo >= 1 && nozzleNo <= 99;
    }

    public Mono<Result> sell(SaleRequest r) {
        if (!validNozzle(r.nozzleNo())) {
            return refused(ResultCode.FUEL_NOZZLE_INVALID, "Nozzle " + r.nozzleNo() + " is not 1 to 99");
        }
        boolean byVolume = r.volume() != null;
        if (byVolume == (r.amountFen() != null)
                || (byVolume ? !FuelPricing.validVolume(r.volume()) : !FuelPricing.validAmount(r.amountFen()))) {
            return refused(ResultCode.FUEL_VOLUME_INVALID, "Give either a volume or an amount, positive");
        }
        return ledger.firstAnswer(r.key()).flatMap(first -> replay(first, r))
                .switchIfEmpty(Mono.defer(() -> fuel.profile(r.card().id()).flatMap(profile -> fuel.priceAt(r.outletId(),
                                profile.priceLevel(), clock.now()).flatMap(price -> priced(r, profile, price))
                        .switchIfEmpty(Mono.defer(() -> refused(ResultCode.FUEL_PRICE_MISSING, "No price at outlet "
                                + r.outletId() + " for level " + profile.priceLevel()))))));
    }

    private Mono<Result> priced(SaleRequest r, FuelProfile profile, long price) {
        long volume = r.volume() != null ? r.volume() : FuelPricing.volumeFor(r.amountFen(), price);
        long amount = r.volume() != null ? FuelPricing.amountFen(volume, price) : r.amountFen();
        if (volume <= 0 || amount <= 0) {
            return refused(ResultCode.FUEL_VOLUME_INVALID, "The amount buys less than 0.01 at " + price + " fen");
        }
        Long vehicle = r.card().vehicle() == null ? null : r.card().vehicle().vehicleId();
        Mono<Long> fleet = vehicle == null ? Mono.just(0L) : sales.fleetOf(vehicle).defaultIfEmpty(0L);
        return Mono.zip(legs(profile.mode(), r.card().personId(), r.outletId(), volume, amount), fleet)
                .flatMap(t -> {
                    Sale sale = new Sale(0, r.terminalId(), r.nozzleNo(), r.outletId(), r.card().id(), r.card().personId(),
                            vehicle, vehicle == null ? null : r.card().vehicle().plate(), t.getT2() == 0 ? null : t.getT2(),
                            r.card().cardTypeId(), profile.mode(), profile.priceLevel(), price, volume, amount,
                            r.occurredAt(), null, r.lockId());
                    return book(r, sale, t.getT1());
                });
    }

    private Mono<Result> book(SaleRequest r, Sale sale, List<TransferLeg> legs) {
        PostingRequest posting = new PostingRequest(r.key(), legs, r.operatorId(), r.terminalCode(), r.occurredAt(),
                null, false, "fuel sale nozzle " + r.nozzleNo() + " card " + r.card().cardNo());
        return ledger.post(posting, posted -> alsoBook(posted, sale, r))
                .flatMap(outcome -> outcome instanceof Declined d ? refused(shortOf(sale.mode(), d.reason()), d.detail())
                        : answer((Posted) outcome, sale.personId()))
                .onErrorResume(LockGone.class, e -> refused(ResultCode.FUEL_LOCK_NOT_PENDING,
                        "Lock " + r.lockId() + " was applied already"));
    }

    private Mono<?> alsoBook(Posted posted, Sale s, SaleRequest r) {
        Sale booked = new Sale(posted.postingId(), s.terminalId(), s.nozzleNo(), s.outletId(), s.cardId(), s.personId(),
                s.vehicleId(), s.plate(), s.fleetId(), s.cardTypeId(), s.mode(), s.priceLevel(), s.unitPriceFen(),
                s.volume(), s.amountFen(), s.occurredAt(), posted.accountingDate(), s.lockId());
        // the money the cardholder's side paid now: a prepaid-volume sale's money was taken when the volume was bought
        long paid = s.mode() == CardMode.PREPAID_VOLUME ? 0 : s.amountFen();
        ConsumptionRecord consumption = new ConsumptionRecord(posted.postingId(), s.personId(), s.cardId(), s.outletId(),
                r.terminalCode(), ConsumptionKind.ONLINE, paid, s.mode() == CardMode.PREPAID_AMOUNT ? paid : 0, 0,
                DeductionOrder.CASH_ONLY, s.occurredAt(), posted.accountingDate(), null, null,
                "加气 " + s.nozzleNo() + " 号枪", null, null, null, r.operatorId());
        Mono<Void> lock = r.lockId() == null ? Mono.empty() : sales.release(r.lockId(), posted.postingId())
                .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(new LockGone()));
        return sales.insertSale(booked).then(consumptions.insert(consumption)).then(lock).thenReturn(true);
    }

    /** The sale's legs: from the wallet or line of the mode ({@link #walletOf}) to what it pays. */
    private Mono<List<TransferLeg>> legs(CardMode mode, long person, long outlet, long volume, long amount) {
        return walletOf(mode, person).flatMap(wallet -> switch (mode) {
            case PREPAID_AMOUNT, CREDIT_AMOUNT -> standard.outletRevenue(outlet)
                    .map(revenue -> List.of(new TransferLeg(wallet, revenue, amount, TransferCode.CONSUMPTION)));
            case PREPAID_VOLUME -> accounts.volumeIssued()
                    .map(issued -> List.of(new TransferLeg(wallet, issued, volume, TransferCode.FUEL_VOLUME_USED)));
            case CREDIT_VOLUME -> Mono.zip(accounts.volumeIssued(), accounts.receivable(person),
                            standard.outletRevenue(outlet))
                    .map(a -> List.of(new TransferLeg(wallet, a.getT1(), volume, TransferCode.FUEL_VOLUME_USED),
                            new TransferLeg(a.getT2(), a.getT3(), amount, TransferCode.CONSUMPTION)));
        });
    }

    /** The wallet or line a mode's sale takes from. */
    Mono<Long> walletOf(CardMode mode, long person) {
        return switch (mode) {
            case PREPAID_AMOUNT -> standard.cashWallet(person);
            case PREPAID_VOLUME -> accounts.volumeWallet(person);
            case CREDIT_AMOUNT -> accounts.creditLine(person);
            case CREDIT_VOLUME -> accounts.creditVolumeLine(person);
        };
    }

    private static ResultCode shortOf(CardMode mode, ResultCode reason) {
        if (reason != ResultCode.INSUFFICIENT_FUNDS) {
            return reason;
        }
        return switch (mode) {
            case PREPAID_AMOUNT -> ResultCode.INSUFFICIENT_FUNDS;
            case PREPAID_VOLUME -> ResultCode.FUEL_VOLUME_INSUFFICIENT;
            case CREDIT_AMOUNT, CREDIT_VOLUME -> ResultCode.FUEL_CREDIT_LIMIT_EXCEEDED;
        };
    }

    /**
     * The first answer under the key, compared with what is asked now by card, nozzle and the volume or
     * amount asked (not by legs: the price of the day may have changed since, and a retry must still replay).
     */
    private Mono<Result> replay(PostingOutcome first, SaleRequest r) {
        if (first instanceof Declined d) {
            return fuel.profile(r.card().id()).map(p -> Result.refused(shortOf(p.mode(), d.reason()), d.detail()));
        }
        Posted p = ((Posted) first).asReplay();
        return sales.sale(p.postingId()).filter(sale -> sale.cardId() == r.card().id() && sale.nozzleNo() == r.nozzleNo()
                        && (r.volume() != null ? r.volume() == sale.volume() : r.amountFen() == sale.amountFen()))
                .flatMap(sale -> answer(p, r.card().personId()))
                .switchIfEmpty(Mono.defer(() -> refused(ResultCode.IDEMPOTENCY_CONFLICT,
                        "The key was used for another request")));
    }

    /** The sale booked as the posting, with the balance after in the wallet it took from. */
    private Mono<Result> answer(Posted p, long person) {
        return sales.sale(p.postingId()).flatMap(sale -> walletOf(sale.mode(), person).map(wallet ->
                new Result(ResultCode.OK, null, sale, p.walletBalancesAfter().get(wallet), p.replayed())));
    }

    private static Mono<Result> refused(ResultCode code, String detail) {
        return Mono.just(Result.refused(code, detail));
    }
}
