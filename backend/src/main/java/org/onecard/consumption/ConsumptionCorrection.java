package org.onecard.consumption;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.Payers.Payer;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.domain.CorrectionPlan;
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
import org.onecard.rules.Parameters;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Correction (更正/纠错) of a consumption to the amount that should have been charged, within the
 * correction window after it happened: one new CORRECTION posting for the difference, once per
 * consumption.
 */
@Service
public class ConsumptionCorrection {

    private final ConsumptionStore store;
    private final Payers payers;
    private final Ledger ledger;
    private final Parameters parameters;
    private final BusinessClock clock;

    ConsumptionCorrection(ConsumptionStore store, Payers payers, Ledger ledger, Parameters parameters, BusinessClock clock) {
        this.store = store;
        this.payers = payers;
        this.ledger = ledger;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The last moment a consumption can be corrected. */
    public Mono<Instant> correctableUntil(ConsumptionRecord c) {
        return parameters.current().map(p -> c.occurredAt().plus(Duration.ofHours(p.correctionWindowHours())));
    }

    public Mono<Listed> correct(long postingId, long correctFen, String key, CurrentUser user) {
        String fullKey = "correction:" + key;
        return ledger.firstAnswer(fullKey).flatMap(first -> replay(first, postingId))
                .switchIfEmpty(Mono.defer(() -> found(postingId).flatMap(listed -> book(listed.consumption(),
                        correctFen, fullKey, user))));
    }

    private Mono<Listed> book(ConsumptionRecord c, long correctFen, String fullKey, CurrentUser user) {
        if (c.corrected()) {
            return Mono.error(new ApiException(ResultCode.CONSUMPTION_ALREADY_CORRECTED,
                    "Consumption " + c.postingId() + " was corrected to " + c.correctedAmountFen() + " fen"));
        }
        if (correctFen == c.amountFen()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "amountFen is what was charged"));
        }
        if (c.kind() == ConsumptionKind.MICROPAY) {
            // the payer's money is at WeChat / Alipay, not in a wallet: a terminal reversal refunds it there
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED,
                    "Consumption " + c.postingId() + " was paid with a WeChat / Alipay payment code; it cannot be corrected here"));
        }
        return correctableUntil(c).flatMap(until -> clock.now().isAfter(until)
                ? Mono.error(new ApiException(ResultCode.CORRECTION_WINDOW_PASSED, "Corrections were possible until "
                        + until))
                : Mono.zip(payers.outletRevenue(c.outletId(), user), payers.of(c.personId(), user)))
                .flatMap(t -> {
                    Payer payer = t.getT2();
                    CorrectionPlan plan = CorrectionPlan.of(c.consumed(), correctFen, payer.cashFen(),
                            payer.subsidyFen());
                    if (!plan.covered()) {
                        return Mono.error(new ApiException(ResultCode.INSUFFICIENT_FUNDS,
                                "The wallets cannot cover the further " + plan.deltaFen() + " fen"));
                    }
                    PostingRequest request = new PostingRequest(fullKey, legs(plan, payer, t.getT1()), user.id(),
                            c.terminalNo(), null, null, false, "correction of " + c.postingId());
                    return ledger.post(request, posted -> store.markCorrected(c.postingId(), correctFen,
                                    posted.postingId(), clock.now(), user.id())
                                    .flatMap(done -> done ? Mono.empty() : Mono.error(new ApiException(
                                            ResultCode.CONSUMPTION_ALREADY_CORRECTED, "Corrected meanwhile"))))
                            .flatMap(outcome -> replay(outcome, c.postingId()));
                });
    }

    private static List<TransferLeg> legs(CorrectionPlan plan, Payer payer, long revenue) {
        List<TransferLeg> legs = new ArrayList<>();
        boolean refund = plan.deltaFen() < 0;
        if (plan.cashFen() > 0) {
            legs.add(refund ? new TransferLeg(revenue, payer.cashWallet(), plan.cashFen(), TransferCode.CORRECTION)
                    : new TransferLeg(payer.cashWallet(), revenue, plan.cashFen(), TransferCode.CORRECTION));
        }
        if (plan.subsidyFen() > 0) {
            legs.add(refund ? new TransferLeg(revenue, payer.subsidyWallet(), plan.subsidyFen(), TransferCode.CORRECTION)
                    : new TransferLeg(payer.subsidyWallet(), revenue, plan.subsidyFen(), TransferCode.CORRECTION));
        }
        return legs;
    }

    Mono<Listed> found(long postingId) {
        return store.find(postingId).switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.NOT_FOUND,
                "Consumption " + postingId + " not found")));
    }

    private Mono<Listed> replay(PostingOutcome outcome, long postingId) {
        if (outcome instanceof Declined d) {
            return Mono.error(new ApiException(d.reason(), d.detail()));
        }
        long correction = ((Posted) outcome).postingId();
        return found(postingId).flatMap(listed -> Long.valueOf(correction).equals(listed.consumption()
                .correctionPostingId()) ? Mono.just(listed) : Mono.error(new ApiException(
                ResultCode.IDEMPOTENCY_CONFLICT, "The key was used to correct another consumption")));
    }
}
