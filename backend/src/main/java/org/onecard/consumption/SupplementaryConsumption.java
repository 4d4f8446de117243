package org.onecard.consumption;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.Payers.Payer;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.consumption.persistence.ConsumptionStore.Listed;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.MealPeriods;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.WalletSplit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Supplementary consumption (补单): a meal or purchase the terminal did not record, entered at
 * the card centre without the card. It is charged like an online payment (the wallets must cover
 * it, in the deduction order), at the time it happened, to the outlet's revenue.
 */
@Service
public class SupplementaryConsumption {

    /** How far back a supplementary entry may go. */
    static final Duration MAX_AGE = Duration.ofDays(31);
    /** Clocks differ a little: a time this far ahead of the server still counts as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public record Entry(long personId, long outletId, String terminalNo, Instant occurredAt, long amountFen,
                        String note) {
    }

    private final Payers payers;
    private final Ledger ledger;
    private final ConsumptionStore store;
    private final MealPeriods meals;
    private final BusinessClock clock;

    SupplementaryConsumption(Payers payers, Ledger ledger,
                             ConsumptionStore store, MealPeriods meals, BusinessClock clock) {
        this.payers = payers;
        this.ledger = ledger;
        this.store = store;
        this.meals = meals;
        this.clock = clock;
    }

    public Mono<Listed> enter(Entry entry, String key, CurrentUser user) {
        String fullKey = "supplement:" + key;
        return ledger.firstAnswer(fullKey).flatMap(first -> replay(first, entry))
                .switchIfEmpty(Mono.defer(() -> book(entry, fullKey, user)));
    }

    private Mono<Listed> book(Entry entry, String fullKey, CurrentUser user) {
        Instant now = clock.now();
        if (entry.occurredAt().isAfter(now.plus(CLOCK_SKEW)) || entry.occurredAt().isBefore(now.minus(MAX_AGE))) {
            return Mono.error(new ApiException(ResultCode.SUPPLEMENT_TIME_INVALID,
                    "The time must be in the last " + MAX_AGE.toDays() + " days, not in the future"));
        }
        return Mono.zip(payers.outletRevenue(entry.outletId(), user), payers.of(entry.personId(), user), meals.schedule())
                .flatMap(t -> {
                    Payer payer = t.getT2();
                    WalletSplit split = WalletSplit.of(entry.amountFen(), payer.cashFen(), payer.subsidyFen(),
                            payer.order());
                    if (!split.covered()) {
                        return Mono.error(new ApiException(ResultCode.INSUFFICIENT_FUNDS, "The wallets hold "
                                + (payer.cashFen() + payer.subsidyFen()) + " fen in " + payer.order() + " order"));
                    }
                    Integer meal = t.getT3().at(entry.occurredAt().atZone(clock.zone()).toLocalTime())
                            .map(MealPeriod::id).orElse(null);
                    PostingRequest request = new PostingRequest(fullKey, legs(payer, split, t.getT1()), user.id(),
                            entry.terminalNo(), entry.occurredAt(), null, false, entry.note());
                    return ledger.post(request, posted -> store.insert(new ConsumptionRecord(posted.postingId(),
                                    entry.personId(), payer.cardId(), entry.outletId(), entry.terminalNo(),
                                    ConsumptionKind.SUPPLEMENT, entry.amountFen(), split.fromCashFen(),
                                    split.fromSubsidyFen(), payer.order(), entry.occurredAt(), posted.accountingDate(),
                                    meal, user.id(), entry.note(), null, null, null, null)))
                            .flatMap(outcome -> replay(outcome, entry));
                });
    }

    private static List<TransferLeg> legs(Payer payer, WalletSplit split, long revenue) {
        List<TransferLeg> legs = new ArrayList<>();
        if (split.fromCashFen() > 0) {
            legs.add(new TransferLeg(payer.cashWallet(), revenue, split.fromCashFen(),
                    TransferCode.CONSUMPTION_SUPPLEMENT));
        }
        if (split.fromSubsidyFen() > 0) {
            legs.add(new TransferLeg(payer.subsidyWallet(), revenue, split.fromSubsidyFen(),
                    TransferCode.CONSUMPTION_SUPPLEMENT));
        }
        return legs;
    }

    /** The answer to the key: the booked consumption when it is the same entry, 1007 when it is another. */
    private Mono<Listed> replay(PostingOutcome outcome, Entry entry) {
        if (outcome instanceof Declined d) {
            return Mono.error(new ApiException(d.reason(), d.detail()));
        }
        return store.find(((Posted) outcome).postingId()).flatMap(listed -> {
            ConsumptionRecord c = listed.consumption();
            boolean same = c.personId() == entry.personId() && c.outletId() == entry.outletId()
                    && c.amountFen() == entry.amountFen() && c.occurredAt().equals(entry.occurredAt())
                    && Objects.equals(c.terminalNo(), entry.terminalNo());
            return same ? Mono.just(listed) : Mono.error(new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                    "The key was used for another supplementary entry"));
        });
    }
}
