package org.onecard.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.excel.rows.RowResult;
import org.onecard.identity.CurrentUser;
import org.onecard.imports.domain.Holder;
import org.onecard.imports.persistence.ImportLookups;
import org.onecard.imports.persistence.ImportVersionStore;
import org.onecard.imports.persistence.ImportVersionStore.NewVersion;
import org.onecard.imports.persistence.ImportVersionStore.VersionRaceException;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerBatches.BatchOutcome;
import org.onecard.ledger.LedgerTransactions;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Phase 2 of the money imports: one posting per row that moves money, keyed
 * {@code import:{kind}:{personId}:{version}}, all of them and the new import versions in one
 * transaction ({@link LedgerBatches}). Whatever changed since phase 1 (a version raised by
 * another import, a wallet spent meanwhile) fails the whole file, and nothing is applied.
 */
@Component
class MoneyPostings {

    /** An accepted row with the person it names and the import version phase 2 writes over. */
    record Prepared(int rowNumber, MoneyRow row, long personId, Long previousVersion) {

        String key(String kind) {
            return "import:" + kind.toLowerCase() + ":" + personId + ":" + row.version();
        }
    }

    /** The legs of one row (empty: the row moves no money through the ledger, e.g. subsidy only). */
    interface Legs {
        List<TransferLeg> of(Prepared row, Wallets.Ids wallets);
    }

    private final ImportLookups lookups;
    private final ImportVersionStore versions;
    private final LedgerBatches batches;
    private final Wallets wallets;
    private final TransactionalOperator tx;

    MoneyPostings(ImportLookups lookups, ImportVersionStore versions, LedgerBatches batches, Wallets wallets,
                  LedgerTransactions transactions) {
        this.lookups = lookups;
        this.versions = versions;
        this.batches = batches;
        this.wallets = wallets;
        this.tx = transactions.readCommitted();
    }

    /**
     * @param walletKinds   the wallets the legs use, opened first where missing
     * @param afterPostings runs inside the transaction after the postings and versions (subsidies)
     */
    Mono<Void> apply(String kind, List<RowResult.Accepted<MoneyRow>> rows, CurrentUser user, Progress progress,
                     List<AccountKind> walletKinds, Legs legs, Function<List<Prepared>, Mono<Void>> afterPostings) {
        return prepare(kind, rows).flatMap(prepared -> wallets.open(
                        prepared.stream().map(Prepared::personId).toList(), walletKinds)
                .flatMap(ids -> {
                    List<Planned> planned = new ArrayList<>();
                    for (Prepared p : prepared) {
                        List<TransferLeg> l = legs.of(p, ids);
                        if (!l.isEmpty()) {
                            planned.add(new Planned(p, new PostingRequest(p.key(kind), l, user.id(), null, null, null,
                                    false, "import " + kind.toLowerCase() + " row " + p.rowNumber())));
                        }
                    }
                    return book(kind, prepared, planned, progress, afterPostings);
                }));
    }

    private record Planned(Prepared row, PostingRequest request) {
    }

    private Mono<Void> book(String kind, List<Prepared> prepared, List<Planned> planned, Progress progress,
                            Function<List<Prepared>, Mono<Void>> afterPostings) {
        List<Prepared> posted = planned.stream().map(Planned::row).toList();
        List<PostingRequest> requests = planned.stream().map(Planned::request).toList();
        Mono<Void> rest = versions.record(kind, prepared.stream()
                        .map(p -> new NewVersion(p.personId(), p.row().version(), p.previousVersion())).toList())
                .then(Mono.defer(() -> afterPostings.apply(prepared)))
                .onErrorMap(VersionRaceException.class, e -> changed(e.getMessage(), 0));
        if (requests.isEmpty()) {
            return tx.transactional(rest).doOnSuccess(v -> progress.advance(prepared.size()));
        }
        return batches.postAll(requests, () -> progress.advance(1), booked -> rest)
                .flatMap(outcome -> outcome instanceof BatchOutcome.NotDone notDone
                        ? Mono.error(refused(notDone, posted))
                        : Mono.<Void>empty().doOnSuccess(v -> progress.advance(prepared.size() - requests.size())));
    }

    /** The rows with their people, and the versions phase 2 writes over, read again now. */
    private Mono<List<Prepared>> prepare(String kind, List<RowResult.Accepted<MoneyRow>> rows) {
        List<String> numbers = rows.stream().map(r -> r.value().employeeNo()).toList();
        return lookups.holders(numbers).flatMap(holders -> {
            List<Long> ids = holders.values().stream().map(Holder::personId).toList();
            return versions.lastVersions(kind, ids).flatMap(last -> prepared(rows, holders, last));
        });
    }

    private static Mono<List<Prepared>> prepared(List<RowResult.Accepted<MoneyRow>> rows, Map<String, Holder> holders,
                                                 Map<Long, Long> last) {
        Map<String, Holder> byNumber = new HashMap<>();
        holders.values().forEach(h -> byNumber.put(h.employeeNo().toUpperCase(Locale.ROOT), h));
        List<Prepared> out = new ArrayList<>(rows.size());
        for (RowResult.Accepted<MoneyRow> r : rows) {
            Holder h = byNumber.get(r.value().employeeNo().toUpperCase(Locale.ROOT));
            if (h == null) {
                return Mono.error(changed("The person of row " + r.rowNumber() + " is gone", r.rowNumber()));
            }
            Long previous = last.get(h.personId());
            if (previous != null && previous >= r.value().version()) {
                return Mono.error(changed("Row " + r.rowNumber() + "'s version was imported meanwhile", r.rowNumber()));
            }
            out.add(new Prepared(r.rowNumber(), r.value(), h.personId(), previous));
        }
        return Mono.just(out);
    }

    private static ImportFailure refused(BatchOutcome.NotDone notDone, List<Prepared> posted) {
        var refused = notDone.refused();
        int row = refused.index() < posted.size() ? posted.get(refused.index()).rowNumber() : 0;
        ResultCode code = refused.declined().reason() == ResultCode.INSUFFICIENT_FUNDS
                ? ResultCode.INSUFFICIENT_FUNDS : ResultCode.IMPORT_CHANGED_MEANWHILE;
        return new ImportFailure(code, "Row " + row + ": " + refused.declined().detail()
                + "; nothing was imported", row);
    }

    private static ImportFailure changed(String detail, int row) {
        return new ImportFailure(ResultCode.IMPORT_CHANGED_MEANWHILE, detail + "; nothing was imported, upload again",
                row);
    }
}
