package org.onecard.terminal.offline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onecard.cards.CredentialResolver;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Credentials.Match;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.offline.OfflinePayers.Payer;
import org.onecard.terminal.offline.OfflineStore.Stored;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Takes an offline record once by its key, whichever way it arrives. The money was spent already,
 * so no rule is applied again: the card that carried the credential then (whatever its state now)
 * pays in its deduction order, overdrawing the cash wallet when the wallets no longer cover it
 * (the posting and the record are flagged overdrawn). One CONSUMPTION_OFFLINE posting, its OFFLINE
 * consumption row and the record land in one transaction. A credential naming no card is kept as
 * REJECTED for the card centre; a record under a key that holds other content is answered 1007 and
 * not kept.
 */
@Service
public class OfflineIntake {

    /** What became of a record: OK when booked (overdrawn maybe), else the reason it was not. */
    public record Taken(ResultCode code, Long postingId, boolean overdrawn) {
    }

    /** The record's key was taken meanwhile by a twin: the booking rolls back and the twin's outcome stands. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("offline record key taken", null, false, false);
        }
    }

    private final OfflineStore store;
    private final OfflinePayers payers;
    private final CardStore cards;
    private final CredentialResolver credentials;
    private final Ledger ledger;
    private final ConsumptionStore consumptions;
    private final BusinessClock clock;

    OfflineIntake(OfflineStore store, OfflinePayers payers, CardStore cards, CredentialResolver credentials,
                  Ledger ledger, ConsumptionStore consumptions, BusinessClock clock) {
        this.store = store;
        this.payers = payers;
        this.cards = cards;
        this.credentials = credentials;
        this.ledger = ledger;
        this.consumptions = consumptions;
        this.clock = clock;
    }

    public Mono<Taken> take(OfflineRecord r, TerminalAuth auth) {
        return store.find(r.key()).map(s -> replay(s, r))
                .switchIfEmpty(Mono.defer(() -> card(r).flatMap(card -> card.isPresent()
                        ? book(r, auth, card.get())
                        : reject(r, ResultCode.CARD_NOT_ON_WHITELIST))));
    }

    /** The card that carried the serial when the record was made, else what the credential names now. */
    Mono<Optional<CardRecord>> card(OfflineRecord r) {
        return cards.findBySerialAt(r.credential(), r.occurredAt()).map(Optional::of)
                .switchIfEmpty(Mono.defer(() -> credentials.resolve(r.credential()).map(found ->
                        found instanceof Outcome.Done<Match> done ? Optional.of(done.value().card())
                                : Optional.<CardRecord>empty())));
    }

    private Mono<Taken> book(OfflineRecord r, TerminalAuth auth, CardRecord card) {
        return payers.of(card, auth.outletId()).flatMap(payer -> {
            WalletSplit split = WalletSplit.overdrawing(r.amountFen(), payer.cashFen(), payer.subsidyFen(),
                    payer.order());
            return ledger.post(posting(r, auth, payer, split), posted -> store.insert(stored(r, OfflineStore.BOOKED,
                                    ResultCode.OK, posted.postingId(), card, posted.overdrawn(), clock.now()))
                            .flatMap(inserted -> inserted ? consumptions.insert(consumption(r, auth, card, payer, split,
                                    posted.postingId(), posted.accountingDate()))
                                    : Mono.error(new KeyTaken())))
                    .flatMap(outcome -> outcome(outcome, r))
                    .onErrorResume(KeyTaken.class, e -> store.find(r.key()).map(s -> replay(s, r)));
        });
    }

    static PostingRequest posting(OfflineRecord r, TerminalAuth auth, Payer payer, WalletSplit split) {
        List<TransferLeg> legs = new ArrayList<>();
        if (split.fromCashFen() > 0) {
            legs.add(new TransferLeg(payer.cashWallet(), payer.revenue(), split.fromCashFen(),
                    TransferCode.CONSUMPTION_OFFLINE));
        }
        if (split.fromSubsidyFen() > 0) {
            legs.add(new TransferLeg(payer.subsidyWallet(), payer.revenue(), split.fromSubsidyFen(),
                    TransferCode.CONSUMPTION_OFFLINE));
        }
        return new PostingRequest(r.key(), legs, null, auth.code(), r.occurredAt(), null, true, note(r));
    }

    ConsumptionRecord consumption(OfflineRecord r, TerminalAuth auth, CardRecord card, Payer payer,
                                  WalletSplit split, long postingId, LocalDate accountingDate) {
        Integer meal = payer.schedule().at(LocalTime.ofInstant(r.occurredAt(), clock.zone()))
                .map(MealPeriod::id).orElse(null);
        return new ConsumptionRecord(postingId, card.personId(), card.id(), auth.outletId(), auth.code(),
                ConsumptionKind.OFFLINE, r.amountFen(), split.fromCashFen(), split.fromSubsidyFen(), payer.order(),
                r.occurredAt(), accountingDate, meal, null, note(r), null, null, null, null);
    }

    private static String note(OfflineRecord r) {
        return "offline " + r.source().name().toLowerCase() + " batch " + r.batchNo();
    }

    private Mono<Taken> outcome(PostingOutcome outcome, OfflineRecord r) {
        if (outcome instanceof Declined d) {
            // e.g. an online request took the key with other content
            return reject(r, d.reason());
        }
        Posted posted = (Posted) outcome;
        return posted.replayed() ? store.find(r.key()).map(s -> replay(s, r))
                : Mono.just(new Taken(ResultCode.OK, posted.postingId(), posted.overdrawn()));
    }

    private Mono<Taken> reject(OfflineRecord r, ResultCode reason) {
        return store.insert(stored(r, OfflineStore.REJECTED, reason, null, null, false, clock.now()))
                .flatMap(inserted -> inserted ? Mono.just(new Taken(reason, null, false))
                        : store.find(r.key()).map(s -> replay(s, r)));
    }

    static Stored stored(OfflineRecord r, String status, ResultCode code, Long postingId, CardRecord card,
                         boolean overdrawn, Instant receivedAt) {
        return new Stored(r.key(), r.terminalCode(), r.trace(), r.batchNo(), r.source().name(), r.credential(),
                r.amountFen(), r.occurredAt(), receivedAt, r.hash(), status, code.code(), postingId,
                card == null ? null : card.id(), card == null ? null : card.personId(), overdrawn);
    }

    static Taken replay(Stored s, OfflineRecord r) {
        if (!s.hash().equals(r.hash())) {
            return new Taken(ResultCode.IDEMPOTENCY_CONFLICT, null, false);
        }
        return new Taken(ResultCode.fromCode(s.resultCode()), s.postingId(), s.overdrawn());
    }
}
