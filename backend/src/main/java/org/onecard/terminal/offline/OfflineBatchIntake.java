package org.onecard.terminal.offline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerBatches.BatchOutcome;
import org.onecard.ledger.LedgerBatches.Booked;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.offline.OfflineIntake.Taken;
import org.onecard.terminal.offline.OfflinePayers.Payer;
import org.onecard.terminal.offline.OfflineStore.Stored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * Takes the records of one batch upload together: a record seen before replays, a credential that
 * names no card is kept as rejected, and the new records with a card are booked in one transaction
 * ({@link LedgerBatches#postAll}: their postings, records and consumption rows with a few
 * statements and one commit), each paying from what the payer's earlier records in the upload
 * left, as {@link OfflineIntake} would have booked them one after the other. When they cannot
 * stand together (a key taken meanwhile), each is taken on its own by {@link OfflineIntake}.
 */
@Service
class OfflineBatchIntake {

    private static final Logger log = LoggerFactory.getLogger(OfflineBatchIntake.class);

    /** A new record whose credential names a card: it can be booked with the others. */
    private record Fresh(int index, OfflineRecord record, CardRecord card) {
    }

    /** One record's part in a booking: its payer and how its amount is split over the wallets. */
    private record Part(Fresh fresh, Payer payer, WalletSplit split) {
    }

    /** The booking could not be made as decided: nothing was booked. */
    private static final class NotBookedTogether extends RuntimeException {
        NotBookedTogether(ResultCode reason) {
            super("offline records not booked together: " + reason, null, false, false);
        }
    }

    private final OfflineIntake intake;
    private final OfflineStore store;
    private final OfflinePayers payers;
    private final LedgerBatches batches;
    private final ConsumptionStore consumptions;
    private final BusinessClock clock;

    OfflineBatchIntake(OfflineIntake intake, OfflineStore store, OfflinePayers payers, LedgerBatches batches,
                       ConsumptionStore consumptions, BusinessClock clock) {
        this.intake = intake;
        this.store = store;
        this.payers = payers;
        this.batches = batches;
        this.consumptions = consumptions;
        this.clock = clock;
    }

    /** What became of each record, in the order given. */
    Mono<List<Taken>> takeAll(List<OfflineRecord> records, TerminalAuth auth) {
        if (records.stream().map(OfflineRecord::key).distinct().count() < records.size()) {
            // a record sent twice in one upload: the second must see the first's outcome
            return oneByOne(records, auth);
        }
        return Flux.fromIterable(records)
                .flatMapSequential(r -> store.find(r.key()).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .zipWhen(seen -> seen.isPresent() ? Mono.just(Optional.<CardRecord>empty()) : intake.card(r)))
                .collectList()
                .flatMap(looked -> {
                    List<Fresh> fresh = new ArrayList<>();
                    for (int i = 0; i < records.size(); i++) {
                        Tuple2<Optional<Stored>, Optional<CardRecord>> t = looked.get(i);
                        if (t.getT1().isEmpty() && t.getT2().isPresent()) {
                            fresh.add(new Fresh(i, records.get(i), t.getT2().get()));
                        }
                    }
                    Mono<Map<Integer, Taken>> together = fresh.size() < 2 ? Mono.just(Map.of())
                            : book(fresh, auth).onErrorResume(e -> e instanceof NotBookedTogether
                                    || e instanceof DataIntegrityViolationException, e -> {
                                        log.debug("offline records of {} taken one by one: {}", auth.code(), e.toString());
                                        return Mono.just(Map.of());
                                    });
                    return together.flatMap(done -> Flux.range(0, records.size())
                            .concatMap(i -> done.containsKey(i) ? Mono.just(done.get(i))
                                    : looked.get(i).getT1().map(s -> Mono.just(OfflineIntake.replay(s, records.get(i))))
                                            .orElseGet(() -> intake.take(records.get(i), auth)))
                            .collectList());
                });
    }

    private Mono<List<Taken>> oneByOne(List<OfflineRecord> records, TerminalAuth auth) {
        return Flux.fromIterable(records).concatMap(r -> intake.take(r, auth)).collectList();
    }

    private Mono<Map<Integer, Taken>> book(List<Fresh> fresh, TerminalAuth auth) {
        return Flux.fromIterable(fresh).flatMapSequential(f -> payers.of(f.card(), auth.outletId())).collectList()
                .flatMap(found -> {
                    List<Part> parts = split(fresh, found);
                    List<PostingRequest> postings = parts.stream()
                            .map(p -> OfflineIntake.posting(p.fresh().record(), auth, p.payer(), p.split())).toList();
                    Instant now = clock.now();
                    return batches.postAll(postings, () -> { }, booked -> store.insertAll(stored(parts, booked, now))
                                    .then(consumptions.insertAll(consumptions(parts, booked, auth))))
                            .flatMap(outcome -> outcome instanceof BatchOutcome.Done done
                                    ? Mono.just(taken(parts, done.booked()))
                                    : Mono.error(new NotBookedTogether(
                                            ((BatchOutcome.NotDone) outcome).refused().declined().reason())));
                });
    }

    /** Each record's split from its payer's wallets as the records before it in the upload left them. */
    private static List<Part> split(List<Fresh> fresh, List<Payer> found) {
        Map<Long, Long> left = new HashMap<>();
        List<Part> parts = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Payer p = found.get(i);
            long cash = left.getOrDefault(p.cashWallet(), p.cashFen());
            long subsidy = left.getOrDefault(p.subsidyWallet(), p.subsidyFen());
            WalletSplit split = WalletSplit.overdrawing(fresh.get(i).record().amountFen(), cash, subsidy, p.order());
            left.put(p.cashWallet(), Math.subtractExact(cash, split.fromCashFen()));
            left.put(p.subsidyWallet(), Math.subtractExact(subsidy, split.fromSubsidyFen()));
            parts.add(new Part(fresh.get(i), p, split));
        }
        return parts;
    }

    private static List<Stored> stored(List<Part> parts, Booked booked, Instant now) {
        List<Stored> rows = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            long postingId = booked.postingIds().get(i);
            Fresh f = parts.get(i).fresh();
            rows.add(OfflineIntake.stored(f.record(), OfflineStore.BOOKED, ResultCode.OK, postingId, f.card(),
                    booked.overdrawn().contains(postingId), now));
        }
        return rows;
    }

    private List<ConsumptionRecord> consumptions(List<Part> parts, Booked booked, TerminalAuth auth) {
        List<ConsumptionRecord> rows = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            rows.add(intake.consumption(p.fresh().record(), auth, p.fresh().card(), p.payer(), p.split(),
                    booked.postingIds().get(i), booked.accountingDate()));
        }
        return rows;
    }

    private static Map<Integer, Taken> taken(List<Part> parts, Booked booked) {
        Map<Integer, Taken> taken = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            long postingId = booked.postingIds().get(i);
            taken.put(parts.get(i).fresh().index(), new Taken(ResultCode.OK, postingId,
                    booked.overdrawn().contains(postingId)));
        }
        return taken;
    }
}
